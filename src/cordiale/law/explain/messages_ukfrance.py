"""Messages of the UK-France rules (written by cordiale.law.ukfrance).

French follows the vocabulary of the French texts: zone de contrôle britannique, contrôles
juxtaposés, traité du Touquet, traité de Sandhurst, accord franco-britannique de 2025,
réadmission, admission, mineur non accompagné, intérêt supérieur de l'enfant.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- juxtaposed controls ----------------------------------------------------------------
    "juxtaposed.recorded_in_uk": (
        "Application {application} (lodged {date}) was made at the UK control zone of {zone}, "
        "in France. A claim made there is France's to examine, not a UK asylum claim (Le "
        "Touquet Treaty Art 9, article number unverified; {instrument} for this zone): it is "
        "treated as an application lodged in France on the same date.",
        "La demande {application} (introduite le {date}) a été faite dans la zone de contrôle "
        "britannique de {zone}, en France. Une demande faite à cet endroit relève de la France, "
        "ce n'est pas une demande d'asile au Royaume-Uni (traité du Touquet, art. 9, numéro "
        "d'article non vérifié ; {instrument} pour cette zone) : elle est traitée comme une "
        "demande introduite en France à la même date.",
    ),
    "juxtaposed.recorded_in_france": (
        "Application {application} (lodged {date}) was made at the UK control zone of {zone}, "
        "in France, and is recorded as lodged in France, as the juxtaposed-controls treaties "
        "provide (Le Touquet Treaty Art 9, article number unverified; {instrument} for this "
        "zone).",
        "La demande {application} (introduite le {date}) a été faite dans la zone de contrôle "
        "britannique de {zone}, en France, et elle est enregistrée comme introduite en France, "
        "comme le prévoient les traités sur les contrôles juxtaposés (traité du Touquet, "
        "art. 9, numéro d'article non vérifié ; {instrument} pour cette zone).",
    ),
    # --- Brexit ---------------------------------------------------------------------------
    "brexit.not_dublin_request": (
        "Request {request}, sent on {date}, is not a Dublin request: {state} no longer "
        "applied the Dublin rules on that date (the United Kingdom: requests made until "
        "31 December 2020). It opens no Dublin time limit and no acceptance can follow from "
        "silence.",
        "La requête {request}, envoyée le {date}, n'est pas une requête Dublin : {state} "
        "n'appliquait plus les règles de Dublin à cette date (Royaume-Uni : requêtes faites "
        "jusqu'au 31 décembre 2020). Elle ne fait courir aucun délai Dublin et aucune "
        "acceptation ne peut résulter du silence.",
    ),
    # --- Sandhurst service-level targets --------------------------------------------------
    "service_target.note": (
        "A service-level target, not a legal time limit: missing it shifts no responsibility "
        "and ends no obligation; the binding Dublin time limits are listed with the time "
        "limits.",
        "Un objectif de service, pas un délai légal : son dépassement ne transfère aucune "
        "responsabilité et ne met fin à aucune obligation ; les délais contraignants de Dublin "
        "figurent avec les délais.",
    ),
    "service_target_name.sandhurst_uk_decision": (
        "UK decision (Sandhurst target)",
        "Décision britannique (objectif de Sandhurst)",
    ),
    "service_target_name.sandhurst_transfer": (
        "Transfer of the child (Sandhurst target)",
        "Transfert de l'enfant (objectif de Sandhurst)",
    ),
    "sandhurst.before_treaty": (
        "Request {request} was sent on {date}, before the Sandhurst Treaty (18 January 2018): "
        "no service-level target applies.",
        "La requête {request} a été envoyée le {date}, avant le traité de Sandhurst "
        "(18 janvier 2018) : aucun objectif de service ne s'applique.",
    ),
    "sandhurst.uk_not_dublin": (
        "Request {request} was sent on {date}, after the United Kingdom stopped applying "
        "Dublin III (31 December 2020): it is not a Dublin request and no Sandhurst target "
        "applies.",
        "La requête {request} a été envoyée le {date}, après que le Royaume-Uni a cessé "
        "d'appliquer Dublin III (31 décembre 2020) : ce n'est pas une requête Dublin et aucun "
        "objectif de Sandhurst ne s'applique.",
    ),
    "sandhurst.uk_decision": (
        "The UK is to give France its decision on request {request} within 10 working days "
        "after the local-authority assessment of the relative (family member: {member}) was "
        "concluded on {assessed} (UK answer HL4954 on the Sandhurst Treaty).",
        "Le Royaume-Uni doit rendre sa décision sur la requête {request} à la France dans les "
        "10 jours ouvrables suivant la fin de l'évaluation du proche par l'autorité locale "
        "(membre de la famille : {member}), conclue le {assessed} (réponse britannique HL4954 "
        "sur le traité de Sandhurst).",
    ),
    "sandhurst.uk_decision.not_started": (
        "No concluded local-authority assessment of the relative in the UK is recorded for "
        "request {request}: the 10-working-day target for the UK decision starts when it is "
        "concluded.",
        "Aucune évaluation du proche par une autorité locale britannique n'est enregistrée "
        "comme conclue pour la requête {request} : l'objectif de 10 jours ouvrables pour la "
        "décision britannique court à partir de sa conclusion.",
    ),
    "sandhurst.uk_decision.before_assessment": (
        "The UK decided on request {request} before any recorded local-authority assessment "
        "was concluded: the 10-working-day target did not start.",
        "Le Royaume-Uni a statué sur la requête {request} avant la conclusion de toute "
        "évaluation enregistrée par une autorité locale : l'objectif de 10 jours ouvrables n'a "
        "pas commencé à courir.",
    ),
    "sandhurst.transfer": (
        "France aims to transfer the child within 15 working days after the UK accepted "
        "request {request} on {accepted} (UK answer HL4954 on the Sandhurst Treaty).",
        "La France vise à transférer l'enfant dans les 15 jours ouvrables suivant "
        "l'acceptation de la requête {request} par le Royaume-Uni le {accepted} (réponse "
        "britannique HL4954 sur le traité de Sandhurst).",
    ),
    "sandhurst.transfer.not_started": (
        "The UK has not accepted request {request}: the 15-working-day transfer target starts "
        "at an explicit acceptance.",
        "Le Royaume-Uni n'a pas accepté la requête {request} : l'objectif de transfert de "
        "15 jours ouvrables court à partir d'une acceptation explicite.",
    ),
    # --- UK-France Agreement 2025: returns leg ------------------------------------------
    "deadline_name.readmission_request": (
        "UK readmission request (UK-France 2025)",
        "Demande de réadmission britannique (accord franco-britannique de 2025)",
    ),
    "deadline_name.readmission_reply": (
        "French reply to the readmission request",
        "Réponse française à la demande de réadmission",
    ),
    "deadline_name.readmission_process": (
        "Whole readmission process, arrival to transfer",
        "Procédure de réadmission complète, de l'arrivée au transfert",
    ),
    "ukfr2025.warning.in_force": (
        "The arrival on {date} falls where the reported dates of entry into force of the "
        "UK-France Agreement of 2025 disagree (4, 5 or 6 August 2025; the engine uses {in_force}, "
        "setting ukfr_2025_in_force): check the official text.",
        "L'arrivée du {date} tombe là où les dates d'entrée en vigueur rapportées de l'accord "
        "franco-britannique de 2025 divergent (4, 5 ou 6 août 2025 ; le moteur retient le "
        "{in_force}, paramètre ukfr_2025_in_force) : vérifiez le texte officiel.",
    ),
    "ukfr2025.before_in_force": (
        "The person arrived in the UK on {date}, before the UK-France Agreement of 2025 "
        "applied ({in_force}): the readmission rules do not apply.",
        "La personne est arrivée au Royaume-Uni le {date}, avant l'application de l'accord "
        "franco-britannique de 2025 ({in_force}) : les règles de réadmission ne s'appliquent "
        "pas.",
    ),
    "ukfr2025.after_end": (
        "The person arrived in the UK on {date}, after the UK-France Agreement of 2025 ceased "
        "to apply ({end}, setting ukfr_2025_extension_end): the readmission rules do not "
        "apply.",
        "La personne est arrivée au Royaume-Uni le {date}, après la fin de l'application de "
        "l'accord franco-britannique de 2025 ({end}, paramètre ukfr_2025_extension_end) : les "
        "règles de réadmission ne s'appliquent pas.",
    ),
    "ukfr2025.warning.extension": (
        "The arrival on {date} is after the end of the pilot as signed ({end}). The pilot was "
        "extended into the autumn of 2026 but its end date is unverified: the engine treats it "
        "as still in force (setting ukfr_2025_extension_end).",
        "L'arrivée du {date} est postérieure à la fin du projet pilote tel que signé ({end}). "
        "Le projet a été prolongé jusqu'à l'automne 2026, mais sa date de fin n'est pas "
        "vérifiée : le moteur le considère comme toujours en vigueur (paramètre "
        "ukfr_2025_extension_end).",
    ),
    "ukfr2025.not_small_boat": (
        "The arrival in the UK on {date} was not by small boat: outside the scope of the "
        "UK-France Agreement of 2025 (Art 3).",
        "L'arrivée au Royaume-Uni le {date} ne s'est pas faite par petite embarcation : hors "
        "du champ de l'accord franco-britannique de 2025 (art. 3).",
    ),
    "ukfr2025.not_from_france": (
        "The crossing that ended in the UK on {date} started from {state}, not France: outside "
        "the scope of the UK-France Agreement of 2025 (Art 3).",
        "La traversée arrivée au Royaume-Uni le {date} est partie de {state}, non de la "
        "France : hors du champ de l'accord franco-britannique de 2025 (art. 3).",
    ),
    "ukfr2025.in_scope": (
        "Arrival in the UK on {date} after a small-boat crossing from France: within the scope "
        "of the UK-France Agreement of 2025 (Art 3); the UK may ask France to readmit the "
        "person.",
        "Arrivée au Royaume-Uni le {date} après une traversée en petite embarcation depuis la "
        "France : dans le champ de l'accord franco-britannique de 2025 (art. 3) ; le "
        "Royaume-Uni peut demander à la France de réadmettre la personne.",
    ),
    "q.ukfr2025.minor": (
        "Was the person under 18 on arrival in the UK on {date}? Unaccompanied minors are "
        "excluded from readmission (Art 4(1)).",
        "La personne avait-elle moins de 18 ans à son arrivée au Royaume-Uni le {date} ? Les "
        "mineurs non accompagnés sont exclus de la réadmission (art. 4, § 1).",
    ),
    "q.ukfr2025.unaccompanied": (
        "Was the person unaccompanied on arrival in the UK on {date}? Unaccompanied minors are "
        "excluded from readmission (Art 4(1)).",
        "La personne était-elle non accompagnée à son arrivée au Royaume-Uni le {date} ? Les "
        "mineurs non accompagnés sont exclus de la réadmission (art. 4, § 1).",
    ),
    "ukfr2025.uam_excluded": (
        "An unaccompanied minor on arrival in the UK ({date}): excluded from readmission to "
        "France (Art 4(1)); no readmission time limit applies.",
        "Mineur non accompagné à son arrivée au Royaume-Uni ({date}) : exclu de la "
        "réadmission vers la France (art. 4, § 1) ; aucun délai de réadmission ne s'applique.",
    ),
    "ukfr2025.uam_open": (
        "Whether the person was an unaccompanied minor on arrival ({date}) is open: if so, "
        "readmission is excluded (Art 4(1)) and the time limits below lapse.",
        "La question de savoir si la personne était un mineur non accompagné à son arrivée "
        "({date}) est ouverte : si oui, la réadmission est exclue (art. 4, § 1) et les délais "
        "ci-dessous tombent.",
    ),
    "ukfr2025.claim_pending": (
        "A protection claim made in the UK on {date} is pending: France must readmit only once "
        "it is withdrawn or declared inadmissible (Art 4(1)).",
        "Une demande de protection faite au Royaume-Uni le {date} est en cours : la France "
        "n'est tenue de réadmettre qu'une fois celle-ci retirée ou déclarée irrecevable "
        "(art. 4, § 1).",
    ),
    "ukfr2025.claim_ended": (
        "The protection claim made in the UK on {date} was withdrawn or declared inadmissible: "
        "it does not bar readmission (Art 4(1)).",
        "La demande de protection faite au Royaume-Uni le {date} a été retirée ou déclarée "
        "irrecevable : elle ne fait pas obstacle à la réadmission (art. 4, § 1).",
    ),
    "q.ukfr2025.public_order": (
        "Is the person a threat to public order or national security (Art 4(1))? If so, "
        "France need not readmit.",
        "La personne constitue-t-elle une menace pour l'ordre public ou la sécurité nationale "
        "(art. 4, § 1) ? Si oui, la France n'est pas tenue de la réadmettre.",
    ),
    "q.ukfr2025.human_rights_claim": (
        "Is a human rights claim outstanding in the UK (Art 4(1))? If so, France need not "
        "readmit while it is.",
        "Une demande fondée sur les droits de l'homme est-elle pendante au Royaume-Uni "
        "(art. 4, § 1) ? Si oui, la France n'est pas tenue de réadmettre tant qu'elle l'est.",
    ),
    "q.ukfr2025.suspensive_remedy": (
        "Is a suspensive remedy, court order or injunction against the transfer pending "
        "(Art 4(1))? If so, France need not readmit while it is.",
        "Un recours suspensif, une décision de justice ou une injonction contre le transfert "
        "est-il pendant (art. 4, § 1) ? Si oui, la France n'est pas tenue de réadmettre tant "
        "qu'il l'est.",
    ),
    "ukfr2025.barred": (
        "France need not readmit: {condition} (Art 4(1)), as answered in the case file.",
        "La France n'est pas tenue de réadmettre : {condition} (art. 4, § 1), selon la réponse "
        "au dossier.",
    ),
    "ukfr2025.no_bar": (
        "No threat to public order, outstanding human rights claim or suspensive remedy, as "
        "answered in the case file: none of these bars readmission (Art 4(1)).",
        "Ni menace pour l'ordre public, ni demande fondée sur les droits de l'homme pendante, "
        "ni recours suspensif, selon les réponses au dossier : rien de cela ne fait obstacle à "
        "la réadmission (art. 4, § 1).",
    ),
    "ukfr2025.start.arrival": (
        "Arrival in the UK on {date}.",
        "Arrivée au Royaume-Uni le {date}.",
    ),
    "ukfr2025.start.request": (
        "Readmission request {request} received by France on {date}.",
        "Demande de réadmission {request} reçue par la France le {date}.",
    ),
    "ukfr2025.consequence.request": (
        "France need not readmit the person: the UK must ask within 14 days of arrival (Art 4(1)).",
        "La France n'est pas tenue de réadmettre la personne : le Royaume-Uni doit la demander "
        "dans les 14 jours suivant l'arrivée (art. 4, § 1).",
    ),
    "ukfr2025.consequence.reply": (
        "France replies as soon as possible, aiming for 14 days (28 in exceptional cases). The "
        "effect of no French reply is UNVERIFIED: nothing is inferred from silence and "
        "nothing shifts; a person decides.",
        "La France répond dès que possible, en visant 14 jours (28 dans les cas "
        "exceptionnels). L'effet d'une absence de réponse française n'est PAS VÉRIFIÉ : rien "
        "n'est déduit du silence et rien n'est transféré ; une personne décide.",
    ),
    "ukfr2025.consequence.process": (
        "After 3 months from arrival France need not accept the person (Art 1: the whole "
        "process, arrival to transfer, takes at most 3 months).",
        "Au-delà de 3 mois après l'arrivée, la France n'est pas tenue d'accepter la personne "
        "(art. 1 : la procédure complète, de l'arrivée au transfert, dure au plus 3 mois).",
    ),
    "ukfr2025.accepted": (
        "France accepted readmission request {request} (reply received {date}).",
        "La France a accepté la demande de réadmission {request} (réponse reçue le {date}).",
    ),
    "ukfr2025.refused": (
        "France refused readmission request {request} (reply received {date}).",
        "La France a refusé la demande de réadmission {request} (réponse reçue le {date}).",
    ),
    "ukfr2025.warning.no_reply": (
        "France has not replied to readmission request {request}, due {due}. The agreement's "
        "effect of a non-reply is unverified: no acceptance is inferred; a person decides.",
        "La France n'a pas répondu à la demande de réadmission {request}, attendue le {due}. "
        "L'effet d'une absence de réponse n'est pas vérifié : aucune acceptation n'est "
        "déduite ; une personne décide.",
    ),
    # --- admissions leg: UK/European Applicant Transfer Scheme --------------------------
    "screening_name.ukeats_admission": (
        "UK/European Applicant Transfer Scheme (admissions, UK-France 2025)",
        "Dispositif britannique de transfert de demandeurs européens (admissions, accord "
        "franco-britannique de 2025)",
    ),
    "admission.not_checked": (
        "Not checked under the criteria in force (setting ukfr_admission).",
        "Non vérifié selon les critères en vigueur (paramètre ukfr_admission).",
    ),
    "q.admission.present_in_france": (
        "Was the person physically in France when the expression of interest was made?",
        "La personne se trouvait-elle physiquement en France lors de la manifestation d'intérêt ?",
    ),
    "admission.present_in_france.met": (
        "In France when the expression of interest was made.",
        "En France lors de la manifestation d'intérêt.",
    ),
    "admission.present_in_france.not_met": (
        "Not in France when the expression of interest was made: the scheme requires it.",
        "Pas en France lors de la manifestation d'intérêt : le dispositif l'exige.",
    ),
    "admission.age.met": ("Aged {min} or over.", "Âgé de {min} ans ou plus."),
    "q.admission.age": (
        "Was the person aged {min} or over on {date}? The recorded age does not settle it.",
        "La personne avait-elle {min} ans ou plus le {date} ? L'âge enregistré ne permet pas "
        "de le dire.",
    ),
    "q.admission.family_group": (
        "The person is under {min}: is he or she in a family group with a parent aged {min} "
        "or over (Art 12(3))?",
        "La personne a moins de {min} ans : fait-elle partie d'un groupe familial avec un "
        "parent âgé de {min} ans ou plus (art. 12, § 3) ?",
    ),
    "admission.age.family_group": (
        "Under {min}, in a family group with a parent aged {min} or over (Art 12(3)).",
        "Moins de {min} ans, dans un groupe familial avec un parent âgé de {min} ans ou plus "
        "(art. 12, § 3).",
    ),
    "admission.age.not_met": (
        "Under {min} and not in a family group with an adult parent: not eligible alone.",
        "Moins de {min} ans et pas dans un groupe familial avec un parent majeur : pas "
        "éligible seul.",
    ),
    "admission.eea.met": ("Not an EEA national.", "Pas ressortissant de l'EEE."),
    "admission.eea.not_met": (
        "An EEA national ({states}): the scheme is not open to EEA nationals.",
        "Ressortissant de l'EEE ({states}) : le dispositif n'est pas ouvert aux ressortissants "
        "de l'EEE.",
    ),
    "q.admission.protection_elsewhere": (
        "Has the person been granted international protection or statelessness status in "
        "another State?",
        "La personne a-t-elle obtenu une protection internationale ou le statut d'apatride "
        "dans un autre État ?",
    ),
    "admission.protection_elsewhere.met": (
        "No international protection or statelessness status granted elsewhere.",
        "Aucune protection internationale ni statut d'apatride obtenu ailleurs.",
    ),
    "admission.protection_elsewhere.not_met": (
        "Granted international protection or statelessness status elsewhere: excluded.",
        "Protection internationale ou statut d'apatride obtenu ailleurs : exclu.",
    ),
    "q.admission.permission_in_france": (
        "Does the person hold an immigration permission (right of residence) in France?",
        "La personne détient-elle un droit au séjour en France ?",
    ),
    "admission.permission_in_france.met": (
        "No immigration permission in France.",
        "Aucun droit au séjour en France.",
    ),
    "admission.permission_in_france.not_met": (
        "Holds an immigration permission in France: excluded.",
        "Détient un droit au séjour en France : exclu.",
    ),
    "q.admission.previously_returned": (
        "Was the person previously returned to France under the UK-France Agreement of 2025?",
        "La personne a-t-elle déjà été renvoyée en France au titre de l'accord "
        "franco-britannique de 2025 ?",
    ),
    "admission.previously_returned.met": (
        "Not previously returned to France under the agreement.",
        "Jamais renvoyée en France au titre de l'accord.",
    ),
    "admission.previously_returned.not_met": (
        "Previously returned to France under the agreement: reported as barred.",
        "Déjà renvoyée en France au titre de l'accord : exclusion rapportée.",
    ),
    "q.admission.previous_irregular_entry": (
        "Did the person previously enter, or attempt to enter, the UK irregularly?",
        "La personne est-elle déjà entrée, ou a-t-elle tenté d'entrer, irrégulièrement au "
        "Royaume-Uni ?",
    ),
    "admission.previous_irregular_entry.met": (
        "No previous irregular entry or attempt to enter the UK (rule text unverified).",
        "Aucune entrée ni tentative d'entrée irrégulière antérieure au Royaume-Uni (texte de la "
        "règle non vérifié).",
    ),
    "admission.previous_irregular_entry.not_met": (
        "A previous irregular entry or attempt to enter the UK: excluded under the Home Office "
        "wording (rule text unverified).",
        "Entrée ou tentative d'entrée irrégulière antérieure au Royaume-Uni : exclu selon la "
        "formulation du Home Office (texte de la règle non vérifié).",
    ),
    "q.admission.security_check": (
        "Has the person passed the UK security, suitability (Part 9) and eligibility checks?",
        "La personne a-t-elle satisfait aux contrôles britanniques de sécurité, de moralité "
        "(partie 9) et d'éligibilité ?",
    ),
    "admission.security_check.met": (
        "UK security and suitability checks passed, as answered in the case file.",
        "Contrôles britanniques de sécurité et de moralité satisfaits, selon la réponse au "
        "dossier.",
    ),
    "admission.security_check.not_met": (
        "UK security or suitability checks not passed, as answered in the case file.",
        "Contrôles britanniques de sécurité ou de moralité non satisfaits, selon la réponse au "
        "dossier.",
    ),
    "admission.priority.family_link": (
        "Priority: a family link in the UK.",
        "Priorité : un lien familial au Royaume-Uni.",
    ),
    "admission.priority.nationality": (
        "Priority: nationality on the configured priority list ({states}).",
        "Priorité : nationalité figurant sur la liste prioritaire configurée ({states}).",
    ),
    "admission.warning.priority_list": (
        "Prioritisation by nationality is reported but the list is not published (unverified): "
        "no nationality is configured (setting ukfr_admission.priority_nationalities).",
        "Une priorité par nationalité est rapportée mais la liste n'est pas publiée (non "
        "vérifié) : aucune nationalité n'est configurée (paramètre "
        "ukfr_admission.priority_nationalities).",
    ),
    # --- section 67 of the Immigration Act 2016 ------------------------------------------
    "screening_name.s67_calais_clearance": (
        "Section 67 (Dubs), Calais camp clearance (guidance v2.0, 8 November 2016)",
        "Article 67 (amendement Dubs), démantèlement du camp de Calais (lignes directrices "
        "v2.0, 8 novembre 2016)",
    ),
    "screening_name.s67_referral": (
        "Section 67 (Dubs), referrals 2017-2020",
        "Article 67 (amendement Dubs), signalements 2017-2020",
    ),
    "s67.not_unaccompanied": (
        "Not an unaccompanied child: section 67 concerns unaccompanied refugee children.",
        "Pas un enfant non accompagné : l'article 67 concerne les enfants réfugiés non "
        "accompagnés.",
    ),
    "s67.adult": (
        "Aged 18 or over on {date}: section 67 concerns children.",
        "Âgé de 18 ans ou plus le {date} : l'article 67 concerne les enfants.",
    ),
    "s67.unaccompanied_child": (
        "An unaccompanied child on {date}.",
        "Un enfant non accompagné le {date}.",
    ),
    "s67.unaccompanied_child.answered": (
        "An unaccompanied child, as answered in the case file.",
        "Un enfant non accompagné, selon la réponse au dossier.",
    ),
    "q.s67.unaccompanied_child": (
        "Was the person an unaccompanied child on the relevant date (age or accompaniment not "
        "established)?",
        "La personne était-elle un enfant non accompagné à la date pertinente (âge ou absence "
        "d'accompagnement non établis) ?",
    ),
    "s67.priority.age12": (
        "Priority group: aged 12 or under on {date}.",
        "Groupe prioritaire : 12 ans ou moins le {date}.",
    ),
    "s67.priority.age15_nationality": (
        "Priority group: aged 15 or under on {date} and of a nationality with a UK grant rate "
        "of at least 75% ({states}).",
        "Groupe prioritaire : 15 ans ou moins le {date} et d'une nationalité dont le taux "
        "d'octroi britannique atteint 75 % ({states}).",
    ),
    "s67.priority.age_answered": (
        "Priority group by age on {date}, as answered in the case file.",
        "Groupe prioritaire par l'âge au {date}, selon la réponse au dossier.",
    ),
    "q.s67.priority_age": (
        "On {date}, was the child aged 12 or under, or aged 15 or under and Sudanese or "
        "Syrian? The recorded age does not settle it.",
        "Le {date}, l'enfant avait-il 12 ans ou moins, ou 15 ans ou moins en étant soudanais ou "
        "syrien ? L'âge enregistré ne permet pas de le dire.",
    ),
    "s67.priority.sexual_exploitation": (
        "Priority group: referred by the French authorities as at high risk of sexual "
        "exploitation.",
        "Groupe prioritaire : signalé par les autorités françaises comme exposé à un risque "
        "élevé d'exploitation sexuelle.",
    ),
    "q.s67.sexual_exploitation": (
        "Did the French authorities refer the child as at high risk of sexual exploitation?",
        "Les autorités françaises ont-elles signalé l'enfant comme exposé à un risque élevé "
        "d'exploitation sexuelle ?",
    ),
    "s67.priority.sibling": (
        "Priority group: the accompanying sibling of a child in the priority group.",
        "Groupe prioritaire : frère ou sœur accompagnant un enfant du groupe prioritaire.",
    ),
    "q.s67.sibling": (
        "Is the child the accompanying sibling of a child in the priority group?",
        "L'enfant accompagne-t-il un frère ou une sœur du groupe prioritaire ?",
    ),
    "s67.priority.open": (
        "Priority group not settled: open questions {questions}.",
        "Groupe prioritaire non établi : questions ouvertes {questions}.",
    ),
    "s67.priority.not_met": (
        "Not in the priority group on {date}: over 12, not Sudanese or Syrian aged 15 or "
        "under, not referred as at high risk of sexual exploitation, and not the sibling of "
        "such a child.",
        "Hors du groupe prioritaire le {date} : plus de 12 ans, pas soudanais ou syrien de "
        "15 ans ou moins, pas signalé comme exposé à un risque élevé d'exploitation sexuelle, "
        "et pas frère ou sœur d'un tel enfant.",
    ),
    "q.s67.best_interests": (
        "Is the transfer to the UK in the child's best interests (Best Interest Determination)?",
        "Le transfert au Royaume-Uni est-il dans l'intérêt supérieur de l'enfant "
        "(détermination de l'intérêt supérieur) ?",
    ),
    "s67.best_interests.met": (
        "The transfer is in the child's best interests, as answered in the case file.",
        "Le transfert est dans l'intérêt supérieur de l'enfant, selon la réponse au dossier.",
    ),
    "s67.best_interests.not_met": (
        "The transfer is not in the child's best interests, as answered in the case file.",
        "Le transfert n'est pas dans l'intérêt supérieur de l'enfant, selon la réponse au dossier.",
    ),
    "s67.camp.met": (
        "Recorded resident in the Calais camp on {date}, on or before {cutoff}.",
        "Enregistré comme résidant dans le camp de Calais le {date}, au plus tard le {cutoff}.",
    ),
    "q.s67.calais_camp": (
        "Was the child resident in the Calais camp on or before {cutoff}?",
        "L'enfant résidait-il dans le camp de Calais au plus tard le {cutoff} ?",
    ),
    "s67.camp.answered": (
        "Resident in the Calais camp on or before {cutoff}, as answered in the case file.",
        "Résidait dans le camp de Calais au plus tard le {cutoff}, selon la réponse au dossier.",
    ),
    "s67.camp.not_met": (
        "Not resident in the Calais camp on or before {cutoff}, as answered in the case file.",
        "Ne résidait pas dans le camp de Calais au plus tard le {cutoff}, selon la réponse au "
        "dossier.",
    ),
    "q.s67.arrival_in_europe": (
        "No entry is recorded: did the child arrive in Europe before {cutoff}?",
        "Aucune entrée n'est enregistrée : l'enfant est-il arrivé en Europe avant le {cutoff} ?",
    ),
    "s67.arrival.answered": (
        "Arrived in Europe before {cutoff}, as answered in the case file.",
        "Arrivé en Europe avant le {cutoff}, selon la réponse au dossier.",
    ),
    "s67.arrival.not_met_answered": (
        "Did not arrive in Europe before {cutoff}, as answered in the case file.",
        "N'est pas arrivé en Europe avant le {cutoff}, selon la réponse au dossier.",
    ),
    "s67.arrival.met": (
        "First recorded entry into Europe: {state} on {date}, before {cutoff}.",
        "Première entrée enregistrée en Europe : {state} le {date}, avant le {cutoff}.",
    ),
    "s67.arrival.not_met": (
        "First recorded entry into Europe: {state} on {date}, not before {cutoff}.",
        "Première entrée enregistrée en Europe : {state} le {date}, pas avant le {cutoff}.",
    ),
    "s67.other_route.answered_yes": (
        "The child qualifies by another route, as answered in the case file: section 67 is for "
        "children who do not.",
        "L'enfant relève d'une autre voie, selon la réponse au dossier : l'article 67 concerne "
        "les enfants qui n'en relèvent pas.",
    ),
    "s67.other_route.answered_no": (
        "The child qualifies by no other route, as answered in the case file.",
        "L'enfant ne relève d'aucune autre voie, selon la réponse au dossier.",
    ),
    "s67.other_route.dublin": (
        "The child qualifies under Dublin III Art {basis} to join family in the UK: that route "
        "comes first; section 67 is for children who qualify by no other route.",
        "L'enfant relève de l'article {basis} de Dublin III pour rejoindre sa famille au "
        "Royaume-Uni : cette voie prime ; l'article 67 concerne les enfants qui ne relèvent "
        "d'aucune autre voie.",
    ),
    "q.s67.other_route": (
        "Does the child qualify by another route? The Dublin III questions about the UK are "
        "still open: {questions}.",
        "L'enfant relève-t-il d'une autre voie ? Les questions Dublin III concernant le "
        "Royaume-Uni sont encore ouvertes : {questions}.",
    ),
    "s67.other_route.none": (
        "Dublin III does not designate the UK on these facts: no other route found.",
        "Dublin III ne désigne pas le Royaume-Uni sur ces faits : aucune autre voie trouvée.",
    ),
    "s67.referral.priority_hint": (
        "France was asked to prioritise children likely to be granted refugee status and the "
        "most vulnerable (e.g. at high risk of trafficking or sexual exploitation, torture "
        "survivors).",
        "La France était invitée à donner la priorité aux enfants susceptibles d'obtenir le "
        "statut de réfugié et aux plus vulnérables (par exemple exposés à un risque élevé de "
        "traite ou d'exploitation sexuelle, victimes de torture).",
    ),
}

# Enumeration values that appear inside these messages, shown in the reader's language.
VOCABULARY: dict[str, tuple[str, str]] = {
    "calais_port": ("the port of Calais", "le port de Calais"),
    "dunkirk_port": ("the port of Dunkirk", "le port de Dunkerque"),
    "boulogne_port": ("the port of Boulogne", "le port de Boulogne"),
    "coquelles_tunnel": (
        "the Channel Tunnel terminal at Coquelles",
        "le terminal du tunnel sous la Manche à Coquelles",
    ),
    "eurostar_paris_nord": ("Paris Gare du Nord (Eurostar)", "Paris-Gare du Nord (Eurostar)"),
    "eurostar_lille": ("Lille Europe (Eurostar)", "Lille-Europe (Eurostar)"),
    "eurostar_calais_frethun": ("Calais-Fréthun (Eurostar)", "Calais-Fréthun (Eurostar)"),
    "other_fr": ("a UK control point in France", "un point de contrôle britannique en France"),
    "le_touquet_2003": ("the Le Touquet Treaty (2003)", "le traité du Touquet (2003)"),
    "sangatte_1991": ("the Sangatte Protocol (1991)", "le protocole de Sangatte (1991)"),
    "additional_protocol_2000": (
        "the Additional Protocol of 2000 to the Sangatte Protocol",
        "le protocole additionnel de 2000 au protocole de Sangatte",
    ),
    "juxtaposed_treaties": (
        "the juxtaposed-controls treaty that covers it",
        "le traité sur les contrôles juxtaposés qui la couvre",
    ),
    "ukfr_public_order": (
        "a threat to public order or national security",
        "une menace pour l'ordre public ou la sécurité nationale",
    ),
    "ukfr_human_rights_claim": (
        "a human rights claim is outstanding",
        "une demande fondée sur les droits de l'homme est pendante",
    ),
    "ukfr_suspensive_remedy": (
        "a suspensive remedy or court order against the transfer is pending",
        "un recours suspensif ou une décision de justice contre le transfert est pendant",
    ),
}
