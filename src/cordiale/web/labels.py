"""Words the pages show for the codes of the casework and the engine (stages, roles, fact
kinds, enumerations), in the user's language. The models keep plain codes; the labels live
here so that every one of them is in the French catalogue."""

from __future__ import annotations

import re

from django.utils.functional import Promise
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

STAGES: dict[str, Promise] = {
    "intake": _("Intake"),
    "determination": _("Determination"),
    "request_sent": _("Request sent"),
    "request_received": _("Request received"),
    "accepted": _("Accepted"),
    "refused": _("Refused"),
    "re_examination": _("Re-examination"),
    "transfer_decided": _("Transfer decided"),
    "appeal": _("Appeal"),
    "transferred": _("Transferred"),
    "examined_here": _("Examined here"),
    "closed": _("Closed"),
}

ROLES: dict[str, Promise] = {
    "caseworker": _("Caseworker"),
    "supervisor": _("Supervisor"),
    "uk_liaison": _("UK liaison"),
    "adviser": _("Legal-aid adviser"),
    "analyst": _("Analyst"),
    "auditor": _("Auditor"),
    "administrator": _("Administrator"),
}

TEAM_KINDS: dict[str, Promise] = {
    "dublin_unit": _("Dublin unit"),
    "uk_liaison": _("UK liaison"),
    "ngo": _("NGO (legal aid)"),
    "analysis": _("Analysis"),
    "audit": _("Audit / data protection"),
    "administration": _("Administration"),
}

REGIMES: dict[str, Promise] = {
    "dublin3": _("Dublin III (Regulation 604/2013)"),
    "ammr": _("AMMR (Regulation 2024/1351)"),
}

STATUSES: dict[str, Promise] = {
    "determined": _("Determined"),
    "needs_decision": _("Needs a decision"),
    "insufficient_facts": _("Insufficient facts"),
}

TRACKS: dict[str, Promise] = {
    "take_charge": _("Take charge"),
    "take_back": _("Take back"),
    "none": _("No request"),
}

# Outcome of a step of the engine's trace.
OUTCOMES: dict[str, Promise] = {
    "applies": _("Applies"),
    "not_applicable": _("Does not apply"),
    "pending": _("Waiting for an answer"),
    "info": pgettext_lazy("trace outcome", "Note"),
}

# Status of a time limit or a service-level target.
DEADLINE_STATUSES: dict[str, Promise] = {
    "open": pgettext_lazy("time limit", "Open"),
    "met": pgettext_lazy("time limit", "Met"),
    "missed": pgettext_lazy("time limit", "Missed"),
    "not_started": pgettext_lazy("time limit", "Not started"),
    "not_applicable": pgettext_lazy("time limit", "Not applicable"),
    "overdue": pgettext_lazy("time limit", "Overdue"),
}

KINDS: dict[str, Promise] = {
    "notes": _("Notes"),
    "applicant": _("Applicant"),
    "applications": _("Applications"),
    "entries": _("Entries"),
    "stays": _("Stays"),
    "absences": _("Absences"),
    "documents": _("Documents and visas"),
    "diplomas": _("Diplomas"),
    "eurodac_hits": _("Eurodac hits"),
    "vis_hits": _("VIS hits"),
    "family": _("Family members"),
    "dependencies": _("Dependency"),
    "detentions": _("Detention"),
    "imprisonments": _("Imprisonment"),
    "abscondings": _("Absconding"),
    "security_findings": _("Security findings"),
    "requests": _("Requests between States"),
    "replies": _("Replies"),
    "transfer_decisions": _("Transfer decisions"),
    "appeals": _("Appeals"),
    "transfers": _("Transfers"),
    "answers": _("Answers to questions"),
    "local_authority_assessments": _("Local-authority assessments"),
    "uk_arrival": _("Arrival in the UK"),
    "admission": _("Admission (UK-France 2025)"),
    "historic": _("Historic schemes"),
}

# One item of a kind ("an entry"), for headings such as "Add an entry".
KIND_ITEM: dict[str, Promise] = {
    "applicant": _("the applicant"),
    "applications": _("an application"),
    "entries": _("an entry"),
    "stays": _("a stay"),
    "documents": _("a document or visa"),
    "eurodac_hits": _("a Eurodac hit"),
    "family": _("a family member"),
    "dependencies": _("a dependency"),
    "detentions": _("a detention"),
}

EVIDENCE: dict[str, Promise] = {
    "proof": _("Proof (list A)"),
    "circumstantial": _("Circumstantial evidence (list B)"),
    "statement": _("The applicant's statement"),
}

REQUEST_KINDS: dict[str, Promise] = {
    "take_charge": _("Take charge request"),
    "take_back": _("Take back request"),
    "take_back_notification": _("Take back notification"),
    "humanitarian": _("Humanitarian request (Art 17(2))"),
    "re_examination": _("Request for re-examination"),
    "information": _("Request for information"),
    "readmission": _("Readmission request (UK-France 2025)"),
}

REPLY_OUTCOMES: dict[str, Promise] = {
    "accept": _("Accept"),
    "refuse": _("Refuse"),
    "postpone": _("Postpone (urgent request)"),
    "request_information": _("Ask for information"),
    "information": _("Information given"),
}

STEPS: dict[str, Promise] = {
    "start_determination": _("Start the determination"),
    "send_request": _("Send a request"),
    "receive_request": _("Record a request received"),
    "record_reply": _("Record a reply"),
    "request_re_examination": _("Ask for re-examination"),
    "notify_transfer_decision": _("Notify the transfer decision"),
    "lodge_appeal": _("Record an appeal"),
    "decide_appeal": _("Record the appeal's decision"),
    "record_transfer": _("Record the transfer"),
    "record_absconding": _("Record an absconding"),
    "record_imprisonment": _("Record an imprisonment"),
    "examine_here": _("Examine the application here"),
    "close": _("Close the case"),
}

ANSWER_OPTIONS: dict[str, Promise] = {
    "yes": _("Yes"),
    "no": _("No"),
}

# Values of the enumerations of the fact forms.
CHOICES: dict[str, dict[str, Promise]] = {
    "sex": {
        "female": _("Female"),
        "male": _("Male"),
        "other": _("Other"),
        "unknown": _("Not known"),
    },
    "marital_status": {
        "single": _("Single"),
        "married": _("Married"),
        "partnership": _("Registered partnership"),
        "divorced": _("Divorced"),
        "widowed": _("Widowed"),
        "unknown": _("Not known"),
    },
    "place": {
        "territory": _("On the territory"),
        "border": _("At the border"),
        "airport_transit_area": _("In an airport transit area"),
        "juxtaposed_control": _("At a UK control zone in France"),
    },
    "withdrawal": {"explicit": _("Explicit"), "tacit": _("Tacit")},
    "withdrawal_stage": {
        "determination": _("During the Dublin procedure"),
        "examination": _("During the examination"),
    },
    "mode": {
        "irregular": _("Irregular crossing"),
        "visa": _("With a visa"),
        "visa_waived": _("Visa waived"),
        "airport_transit": _("Airport transit"),
        "tolerated_humanitarian": _("Tolerated on humanitarian grounds"),
        "search_and_rescue": _("Disembarked after search and rescue"),
        "unknown": _("Not known"),
    },
    "kind": {
        "residence_document": _("Residence document"),
        "visa": _("Visa"),
    },
    "visa_type": {
        "long_stay": _("Long stay"),
        "short_stay": _("Short stay"),
        "airport_transit": _("Airport transit"),
    },
    "issued_during": {
        "determination": _("During the Dublin procedure"),
        "asylum_examination": _("During the examination of an asylum application"),
        "permit_application": _("During an application for a residence permit"),
    },
    "category": {
        "1": _("Category 1: applicant for protection"),
        "2": _("Category 2: irregular crossing of an external border"),
        "3": _("Category 3: found staying illegally"),
        "sar": _("Disembarked after search and rescue"),
    },
    "relation": {
        "spouse": _("Spouse"),
        "unmarried_partner": _("Unmarried partner"),
        "child": _("Child of the applicant"),
        "parent": _("Father or mother"),
        "responsible_adult": _("Adult responsible"),
        "sibling": _("Brother or sister"),
        "aunt_uncle": _("Aunt or uncle"),
        "grandparent": _("Grandparent"),
    },
    "status": {
        "beneficiary_international_protection": _("Beneficiary of international protection"),
        "applicant": _("Applicant for international protection"),
        "legally_resident": _("Legally resident"),
        "legally_present": _("Legally present"),
        "citizen": _("Citizen"),
        "long_term_resident": _("Long-term resident"),
        "naturalised_former_beneficiary": _("Naturalised former beneficiary"),
        "irregular": _("Irregular"),
        "unknown": _("Not known"),
    },
    "family_formed": {
        "in_country_of_origin": _("In the country of origin"),
        "in_transit": _("In transit"),
        "after_arrival": _("After arrival"),
        "unknown": _("Not known"),
    },
    "ground": {
        "pregnancy": _("Pregnancy"),
        "newborn": _("Newborn child"),
        "serious_illness": _("Serious illness"),
        "severe_disability": _("Severe disability"),
        "severe_trauma": _("Severe trauma"),
        "old_age": _("Old age"),
    },
    "dependent": {
        "applicant": _("The applicant"),
        "family_member": _("The family member"),
    },
}

# Labels of the fields of the fact forms (the case-file names, docs/case-file.md).
FIELDS: dict[str, Promise] = {
    "id": _("Identifier"),
    "text": _("Text"),
    "state": _("State"),
    "date_of_birth": _("Date of birth"),
    "sex": _("Sex"),
    "nationalities": _("Nationalities"),
    "stateless": _("Stateless"),
    "marital_status": _("Marital status"),
    "unaccompanied": _("Unaccompanied"),
    "made_on": _("Wish to apply expressed on"),
    "lodged_on": _("Lodged on"),
    "registered_on": _("Registered on"),
    "place": _("Place of application"),
    "present_in": _("Present in (if another State)"),
    "border_procedure": _("Border procedure"),
    "withdrawn_on": _("Withdrawn on"),
    "withdrawal": _("Withdrawal"),
    "withdrawal_stage": _("Stage of the withdrawal"),
    "on": _("Date"),
    "mode": _("How"),
    "from_third_country": _("Coming from a third country"),
    "from_state": _("Coming from (State)"),
    "start": _("Start"),
    "end": _("End"),
    "continuous": _("Continuous"),
    "kind": _("Kind"),
    "visa_type": _("Type of visa"),
    "issuing_state": _("Issuing State"),
    "issued_on_behalf_of": _("Issued on behalf of"),
    "valid_from": _("Valid from"),
    "valid_until": _("Valid until"),
    "enabled_entry": _("Enabled entry"),
    "issued_on_false_identity": _("Issued on a false identity"),
    "fraud_after_issue": _("Fraud after issue"),
    "issued_during": _("Issued during"),
    "category": _("Category"),
    "taken_on": _("Fingerprints taken on"),
    "received_on": _("Received on"),
    "relation": _("Relation to the applicant"),
    "status": _("Status"),
    "present_since": _("Present since"),
    "adult": _("Adult"),
    "married": _("Married"),
    "minor": _("Minor"),
    "first_decision_on_substance": _("First decision on the substance"),
    "family_formed": _("Family formed"),
    "consent_applicant": _("The applicant consents in writing"),
    "consent_member": _("The family member consents in writing"),
    "evidence_produced_on": _("Evidence of the link produced on"),
    "family_member": _("Family member"),
    "dependent": _("Who is dependent"),
    "ground": _("Ground"),
    "consent_in_writing": _("Consent in writing"),
    "applicant_unable_to_travel": _("The applicant cannot travel"),
    # Fields of the kinds edited as YAML, named when the engine refuses one.
    "to_state": _("Requested State"),
    "sent_on": _("Sent on"),
    "basis": _("Legal basis"),
    "urgent": _("Urgent"),
    "eurodac_based": _("Based on a Eurodac hit"),
    "request": _("Request"),
    "outcome": _("Outcome"),
    "reasons": _("Reasons"),
    "carried_out_on": _("Carried out on"),
    "notified_on": _("Notified on"),
    "issued_on": _("Issued on"),
    "left_on": _("Left on"),
    "returned_on": _("Returned on"),
    "ended_on": _("Ended on"),
    "decisions": _("Decisions"),
    "assessed_age": _("Age assessment"),
    "assessed_on": _("Assessed on"),
    "age_years": _("Age in years"),
    "uncertainty_years": _("Uncertainty in years"),
    "question": _("Question"),
    "value": _("Answer"),
    "provenance": _("Provenance"),
    "source": _("Source"),
    "evidence": _("Evidence category"),
    "annex_item": _("Item of Annex II"),
    "document": _("Document"),
    "reference": _("Case reference"),
    "determining_state": _("Determining State"),
}


_SEGMENT = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def path_label(path: str) -> str:
    """A case-file path in words, for a refusal that names no box of the form:
    'entries[2].on' -> 'Entries, item 3 › Date'. A name without a label is shown as written."""
    parts: list[str] = []
    for name, index in _SEGMENT.findall(path):
        if index:
            number = int(index) + 1
            if parts:
                parts[-1] = gettext("%(name)s, item %(number)s") % {
                    "name": parts[-1],
                    "number": number,
                }
            else:
                parts.append(str(number))
            continue
        first = not parts
        found = (KINDS.get(name) or FIELDS.get(name)) if first else FIELDS.get(name)
        parts.append(str(found) if found is not None else name)
    return " › ".join(parts) or path


def label(table: dict[str, Promise], code: object) -> str:
    """The label of a code; the code itself when there is none (never fails a page)."""
    if code is None or code == "":
        return ""
    found = table.get(str(code))
    return str(found) if found is not None else str(code)
