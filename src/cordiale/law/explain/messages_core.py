"""Messages shared by every regime: regime choice, statuses, generic warnings."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "status.determined": ("Determined", "Déterminé"),
    "status.needs_decision": ("Needs a decision", "Décision requise"),
    "status.insufficient_facts": ("Insufficient facts", "Faits insuffisants"),
    "regime.dublin3.before_cutover": (
        "Dublin III applies: the first application was lodged on {date}, before the AMMR "
        "cut-over of {cutover} (AMMR Art 84(2)); Dublin III applies to applications lodged "
        "from 1 January 2014 (Art 49).",
        "Le règlement Dublin III s'applique : la première demande a été introduite le {date}, "
        "avant la date de bascule vers le RGAM du {cutover} (art. 84, § 2, RGAM) ; Dublin III "
        "s'applique aux demandes introduites à partir du 1er janvier 2014 (art. 49).",
    ),
    "regime.dublin3.forced": (
        "Dublin III applied on request (comparison run), whatever the dates of the case.",
        "Dublin III appliqué à la demande (comparaison), quelles que soient les dates du dossier.",
    ),
    "regime.ammr.after_cutover": (
        "The AMMR (Regulation 2024/1351) applies: the first application was registered on "
        "{date}, on or after the cut-over of {cutover} (AMMR Art 84(1)).",
        "Le RGAM (règlement 2024/1351) s'applique : la première demande a été enregistrée le "
        "{date}, à la date de bascule du {cutover} ou après (art. 84, § 1, RGAM).",
    ),
    "regime.before_dublin3": (
        "The first application was lodged on {date}, before 1 January 2014: the Dublin II "
        "criteria (Regulation 343/2003) decide responsibility (Dublin III Art 49); cordiale "
        "does not implement them.",
        "La première demande a été introduite le {date}, avant le 1er janvier 2014 : les "
        "critères de Dublin II (règlement 343/2003) s'appliquent (art. 49 de Dublin III) ; "
        "cordiale ne les met pas en œuvre.",
    ),
    "regime.no_application": (
        "No application for international protection is recorded: there is nothing to "
        "determine yet.",
        "Aucune demande de protection internationale n'est enregistrée : rien à déterminer "
        "pour l'instant.",
    ),
    "deadline_name.take_charge_request": (
        "Take charge request",
        "Requête aux fins de prise en charge",
    ),
    "deadline_name.take_charge_reply": (
        "Reply to the take charge request",
        "Réponse à la requête aux fins de prise en charge",
    ),
    "deadline_name.take_back_request": (
        "Take back request",
        "Requête aux fins de reprise en charge",
    ),
    "deadline_name.take_back_reply": (
        "Reply to the take back request",
        "Réponse à la requête aux fins de reprise en charge",
    ),
    "deadline_name.re_examination_request": ("Request for re-examination", "Demande de réexamen"),
    "deadline_name.re_examination_reply": ("Reply to re-examination", "Réponse au réexamen"),
    "deadline_name.transfer": ("Transfer", "Transfert"),
    "deadline_name.humanitarian_reply": (
        "Reply to the humanitarian request",
        "Réponse à la requête humanitaire",
    ),
    "deadline_name.information_reply": (
        "Reply to the information request",
        "Réponse à la demande d'informations",
    ),
    "deadline_name.detention_request": (
        "Request while in detention",
        "Requête pendant la rétention",
    ),
    "deadline_name.detention_reply": (
        "Reply while in detention",
        "Réponse pendant la rétention",
    ),
    "deadline_name.detention_transfer": (
        "Transfer while in detention",
        "Transfert pendant la rétention",
    ),
    "warning.deadline_spans_cutover": (
        "These Dublin III time limits were still running at the AMMR cut-over of {cutover}: "
        "{deadlines}. Art 84(2) keeps the Dublin III criteria but no transitional rule for its "
        "procedure and time limits was found; a person decides how they are handled.",
        "Ces délais de Dublin III couraient encore à la date de bascule vers le RGAM du "
        "{cutover} : {deadlines}. L'article 84, § 2, maintient les critères de Dublin III, mais "
        "aucune règle transitoire n'a été trouvée pour sa procédure et ses délais ; une "
        "personne décide de leur traitement.",
    ),
    "warning.setting_used": (
        "This result relies on a configurable reading of the law: {setting} = {value}.",
        "Ce résultat repose sur une lecture paramétrable du droit : {setting} = {value}.",
    ),
    "warning.answer_invalid": (
        "The answer {value} to question {question} is not one of its options ({options}): it "
        "is ignored and the question stays open. Correct the answer in the case file.",
        "La réponse {value} à la question {question} ne fait pas partie des réponses possibles "
        "({options}) : elle est ignorée et la question reste ouverte. Corrigez la réponse dans "
        "le dossier.",
    ),
}

# Enumeration values that appear inside messages, shown in the reader's language.
VOCABULARY: dict[str, tuple[str, str]] = {
    "residence_document": ("residence document", "titre de séjour"),
    "visa": ("visa", "visa"),
    "spouse": ("spouse", "conjoint"),
    "unmarried_partner": ("unmarried partner", "partenaire non marié"),
    "child": ("child", "enfant"),
    "parent": ("parent", "père ou mère"),
    "responsible_adult": ("responsible adult", "adulte responsable"),
    "sibling": ("sibling", "frère ou sœur"),
    "aunt_uncle": ("aunt or uncle", "oncle ou tante"),
    "grandparent": ("grandparent", "grand-parent"),
    "beneficiary_international_protection": (
        "beneficiary of international protection",
        "bénéficiaire d'une protection internationale",
    ),
    "applicant": ("applicant", "demandeur"),
    "legally_resident": ("legally resident", "résident légal"),
    "legally_present": ("legally present", "présent légalement"),
    "legally resident": ("legally resident", "résidence légale"),
    "legally present": ("legally present", "présence légale"),
    "citizen": ("citizen", "ressortissant"),
    "irregular": ("irregular", "en situation irrégulière"),
    "unknown": ("unknown", "inconnu"),
    "family_member": ("the family member", "le membre de la famille"),
    "pregnancy": ("pregnancy", "grossesse"),
    "newborn": ("newborn child", "enfant nouveau-né"),
    "serious_illness": ("serious illness", "maladie grave"),
    "severe_disability": ("severe disability", "handicap grave"),
    "severe_trauma": ("severe trauma", "traumatisme grave"),
    "old_age": ("old age", "vieillesse"),
    "determination": ("determination", "détermination"),
    "asylum_examination": ("asylum examination", "examen de la demande d'asile"),
    "permit_application": ("residence permit application", "demande de titre de séjour"),
}
