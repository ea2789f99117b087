"""Messages of the case-file checks: the models' own validators (`cordiale.law.facts`) and
the checks across facts (`cordiale.law.validation`).

A validator raises a pydantic error whose type is the key after `field_error.`, with the
English template below; a cross-field check builds its `FieldError` from the template the same
way (`validation._error`). So `FieldError.code` and `params` can be rendered in French too (the
web UI does), and the English `expected` is the English template filled in. Pydantic and
`_error` fill the same `{placeholders}` as `render`.

Each template says what was expected of the field, as `expected` always has: in French, dates
stay as written (ISO) and the field names of the case-file format are named in words.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "field_error.state_code": (
        "an ISO 3166-1 alpha-2 country code such as FR, GB or IT",
        "un code de pays ISO 3166-1 alpha-2, par exemple FR, GB ou IT",
    ),
    "field_error.state_code_alias": (
        "'{code}' is the EU's code for {country}; use the ISO 3166-1 code '{iso}'",
        "« {code} » est le code de l'UE pour {country} ; utilisez le code ISO 3166-1 « {iso} »",
    ),
    # --- checks across facts (cordiale.law.validation) ---------------------------------------
    # The applicant.
    "field_error.future_date": (
        "a date not in the future",
        "une date qui n'est pas dans le futur",
    ),
    "field_error.lodged_before_birth": (
        "a date after the applicant's date of birth ({date_of_birth})",
        "une date postérieure à la date de naissance du demandeur ({date_of_birth})",
    ),
    "field_error.stateless_with_nationality": (
        "false when nationalities are given (a stateless person has no nationality)",
        "false lorsque des nationalités sont indiquées (un apatride n'a pas de nationalité)",
    ),
    # The applications.
    "field_error.made_after_lodged": (
        "a date on or before lodged_on ({lodged_on}): an application is made before it is "
        "lodged (Art 20(2))",
        "une date antérieure ou égale à la date d'introduction ({lodged_on}) : une demande est "
        "présentée avant d'être introduite (art. 20, § 2)",
    ),
    "field_error.before_first_entry": (
        "a date on or after the applicant's first entry ({first_entry})",
        "une date égale ou postérieure à la première entrée du demandeur ({first_entry})",
    ),
    "field_error.before_lodged_on": (
        "a date on or after lodged_on ({lodged_on})",
        "une date égale ou postérieure à la date d'introduction de la demande ({lodged_on})",
    ),
    # Identifiers.
    "field_error.duplicate_application": (
        "a unique id within applications",
        "un identifiant qu'aucune autre demande ne porte",
    ),
    "field_error.duplicate_family_member": (
        "one entry per family member: a person has one relation to the applicant",
        "une seule entrée par membre de la famille : une personne n'a qu'un lien avec le demandeur",
    ),
    "field_error.duplicate_request": (
        "a unique id within requests",
        "un identifiant qu'aucune autre requête ne porte",
    ),
    "field_error.duplicate_answer": (
        "one answer per question",
        "une seule réponse par question",
    ),
    "field_error.unknown_family_member": (
        "the id of a family member ({ids})",
        "l'identifiant d'un membre de la famille ({ids})",
    ),
    "field_error.no_family_member_recorded": (
        "the id of a family member (none recorded)",
        "l'identifiant d'un membre de la famille (aucun n'est enregistré)",
    ),
    # Periods and documents.
    "field_error.end_before_start": (
        "a date on or after {start}",
        "une date égale ou postérieure au début de la période ({start})",
    ),
    "field_error.valid_until_before_valid_from": (
        "a date on or after valid_from ({valid_from})",
        "une date égale ou postérieure au début de la validité ({valid_from})",
    ),
    "field_error.visa_type_missing": (
        "long_stay, short_stay or airport_transit",
        "long_stay (visa de long séjour), short_stay (visa de court séjour) ou airport_transit "
        "(visa de transit aéroportuaire)",
    ),
    # Requests, replies and appeals.
    "field_error.received_before_sent": (
        "a date on or after sent_on ({sent_on})",
        "une date égale ou postérieure à l'envoi de la requête ({sent_on})",
    ),
    "field_error.request_to_own_state": (
        "a State other than from_state",
        "un État autre que l'État requérant",
    ),
    "field_error.unknown_request": (
        "the id of a recorded request",
        "l'identifiant d'une requête enregistrée",
    ),
    "field_error.unknown_request_listed": (
        "the id of a recorded request ({ids})",
        "l'identifiant d'une requête enregistrée ({ids})",
    ),
    "field_error.no_request_recorded": (
        "the id of a recorded request (none recorded)",
        "l'identifiant d'une requête enregistrée (aucune n'est enregistrée)",
    ),
    "field_error.reply_before_request": (
        "a date on or after the request {request} was sent ({sent_on}): a reply cannot come "
        "before its request",
        "une date égale ou postérieure à l'envoi de la requête {request} ({sent_on}) : une "
        "réponse ne peut pas précéder la requête à laquelle elle répond",
    ),
    "field_error.reply_before_receipt": (
        "a date on or after the request {request} was received ({received_on})",
        "une date égale ou postérieure à la réception de la requête {request} ({received_on})",
    ),
    "field_error.appeal_decided_before_lodged": (
        "a date on or after lodged_on ({lodged_on})",
        "une date égale ou postérieure à la date d'introduction du recours ({lodged_on})",
    ),
    # UK-France.
    "field_error.control_zone_state": (
        "FR or GB for an application made at a UK control zone in France",
        "FR ou GB pour une demande faite dans une zone de contrôle britannique en France",
    ),
    "field_error.readmission_direction": (
        "a readmission request goes from GB to FR (UK-France Agreement 2025)",
        "une demande de réadmission est adressée par GB à FR (accord franco-britannique de 2025)",
    ),
    "field_error.exceptional_outside_readmission": (
        "false: only a reply to a readmission request can invoke an exceptional case",
        "false : seule une réponse à une demande de réadmission peut invoquer un cas exceptionnel",
    ),
    "field_error.claim_before_uk_arrival": (
        "a date on or after the arrival in the UK ({arrival_on})",
        "une date égale ou postérieure à l'arrivée au Royaume-Uni ({arrival_on})",
    ),
}

# The countries named by `field_error.state_code_alias`, in the reader's language.
VOCABULARY: dict[str, tuple[str, str]] = {
    "Greece": ("Greece", "la Grèce"),
    "the United Kingdom": ("the United Kingdom", "le Royaume-Uni"),
}
