"""Messages of the Dublin III criteria and routing, in English and French.

The French follows the vocabulary of the French text of Regulation 604/2013 ("État membre
responsable", "requête aux fins de prise en charge", "mineur non accompagné", "membre de la
famille", "proche", "titre de séjour"...).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- routing (Arts 18-20) -------------------------------------------------------------
    "route.take_charge": (
        "No earlier application in another Member State is known: {state} determines "
        "responsibility and, if another State is responsible, sends a take charge request.",
        "Aucune demande antérieure dans un autre État membre n'est connue : {state} détermine "
        "l'État responsable et, si c'est un autre État, lui adresse une requête aux fins de "
        "prise en charge.",
    ),
    "route.take_back": (
        "An earlier application was lodged in {state}: {state} must take the applicant back; "
        "the criteria are not examined again (C-582/17 H. and R.). {current} sends a take back "
        "request.",
        "Une demande antérieure a été introduite en {state} : {state} doit reprendre en charge "
        "le demandeur ; les critères ne sont pas réexaminés (C-582/17 H. et R.). {current} "
        "adresse une requête aux fins de reprise en charge.",
    ),
    "route.uam_no_take_back": (
        "The applicant, an unaccompanied minor, also applied in {state}: a minor is not taken "
        "back; Art 8 applies and, failing family, {current}, where the minor is present after "
        "lodging an application, is responsible (C-648/11 MA).",
        "Le demandeur, mineur non accompagné, a aussi introduit une demande en {state} : un "
        "mineur n'est pas repris en charge ; l'article 8 s'applique et, à défaut de famille, "
        "{current}, où le mineur se trouve après y avoir introduit une demande, est responsable "
        "(C-648/11 MA).",
    ),
    "route.take_back.hit_only": (
        "A Eurodac category 1 hit shows an earlier application in {state}: take back request "
        "from {current} to {state}.",
        "Un résultat positif Eurodac de catégorie 1 révèle une demande antérieure en {state} : "
        "requête aux fins de reprise en charge de {current} vers {state}.",
    ),
    "route.beneficiary_elsewhere": (
        "The applicant was granted international protection in {state} on {date}: he or she is "
        "no longer an applicant there, and the take back rules of Art 18 do not apply.",
        "Le demandeur a obtenu une protection internationale en {state} le {date} : il n'y est "
        "plus demandeur et les règles de reprise en charge de l'article 18 ne s'appliquent pas.",
    ),
    "route.ceased.absence": (
        "The obligations of {state} have ceased: the applicant left the territory of the Member "
        "States for at least 3 months. The later application is a new application and the "
        "criteria are applied to it (C-155/15 Karim).",
        "Les obligations de {state} ont cessé : le demandeur a quitté le territoire des États "
        "membres pendant au moins trois mois. La demande ultérieure est une nouvelle demande, "
        "à laquelle les critères s'appliquent (C-155/15 Karim).",
    ),
    "route.ceased.removal": (
        "The obligations of {state} have ceased: the applicant left in compliance with a return "
        "decision or removal order issued by {state}. The later application is a new "
        "application.",
        "Les obligations de {state} ont cessé : le demandeur est parti en exécution d'une "
        "décision de retour ou d'une mesure d'éloignement prise par {state}. La demande "
        "ultérieure est une nouvelle demande.",
    ),
    "route.ceased.document": (
        "The obligations of {state} under Art 20(5) have ceased: another Member State issued "
        "the applicant a residence document.",
        "Les obligations de {state} au titre de l'article 20, § 5, ont cessé : un autre État "
        "membre a délivré un titre de séjour au demandeur.",
    ),
    "route.art19_1": (
        "{state} issued the applicant a residence document after the application in "
        "{previous}: the obligations of Art 18(1) pass to {state}.",
        "{state} a délivré un titre de séjour au demandeur après la demande introduite en "
        "{previous} : les obligations de l'article 18, § 1, lui sont transférées.",
    ),
    "route.h_and_r": (
        "The first application in {previous} was withdrawn before the determination was "
        "completed, and a family member who is a beneficiary of international protection is in "
        "{state} ({members}): Art 9 is examined first and designates {state} (C-582/17 H. and R.).",
        "La première demande en {previous} a été retirée avant la fin de la détermination, et "
        "un membre de la famille bénéficiaire d'une protection internationale se trouve en "
        "{state} ({members}) : l'article 9 est examiné en premier et désigne {state} "
        "(C-582/17 H. et R.).",
    ),
    "warning.withdrawal_stage_unknown": (
        "The stage at which the application in {state} was withdrawn is not recorded: Art 20(5) "
        "applies if it was withdrawn during the determination, Art 18(1)(c) if during the "
        "examination. Both designate {state}; the request must cite the right one.",
        "Le stade du retrait de la demande en {state} n'est pas enregistré : l'article 20, § 5, "
        "s'applique si elle a été retirée pendant la détermination, l'article 18, § 1, point c), "
        "si elle l'a été pendant l'examen. Les deux désignent {state} ; la requête doit citer le "
        "bon fondement.",
    ),
    "warning.pending_elsewhere": (
        "The application in {state} is recorded as pending: Art 18(1)(b) if {state} had "
        "accepted responsibility, Art 20(5) if its determination was still running.",
        "La demande en {state} est enregistrée comme pendante : article 18, § 1, point b), si "
        "{state} avait reconnu sa responsabilité, article 20, § 5, si la détermination y était "
        "encore en cours.",
    ),
    "warning.several_previous": (
        "Earlier applications were lodged in several States ({states}); the take back request "
        "goes to the State of the first one unless another State has since become responsible.",
        "Des demandes antérieures ont été introduites dans plusieurs États ({states}) ; la "
        "requête de reprise en charge vise l'État de la première, sauf si un autre État est "
        "devenu responsable depuis.",
    ),
    "warning.art20_4": (
        "The application was handed to the authorities of {handed_to} while the applicant was "
        "on the territory of {present_in}: {present_in} determines responsibility and is "
        "treated as the State where the application was lodged (Art 20(4)).",
        "La demande a été présentée aux autorités de {handed_to} alors que le demandeur se "
        "trouvait sur le territoire de {present_in} : {present_in} détermine l'État responsable "
        "et est réputé être l'État où la demande a été introduite (art. 20, § 4).",
    ),
    "transition.ammr_procedure": (
        "The application in {state} was registered on {date}, after the AMMR cut-over of "
        "{cutover}: the criteria stay those of Dublin III because the first application was "
        "registered before it (AMMR Art 84(2)), but Dublin III is repealed (Art 83), so the "
        "requests, notifications, replies and transfer follow the AMMR and its time limits.",
        "La demande en {state} a été enregistrée le {date}, après la bascule vers le RGAM du "
        "{cutover} : les critères restent ceux de Dublin III, la première demande ayant été "
        "enregistrée avant (art. 84, § 2, RGAM), mais Dublin III est abrogé (art. 83) : les "
        "requêtes, notifications, réponses et le transfert suivent le RGAM et ses délais.",
    ),
    "warning.cutover_day": (
        "The first application was registered on the day of the AMMR cut-over: Art 84 speaks of "
        "applications registered before and after that date, not on it. A person confirms "
        "which rules apply.",
        "La première demande a été enregistrée le jour de la bascule vers le RGAM : l'article 84 "
        "vise les demandes enregistrées avant et après cette date, pas ce jour-là. Une personne "
        "confirme les règles applicables.",
    ),
    # --- Art 8 ----------------------------------------------------------------------------
    "art8.pending_minority": (
        "Whether the applicant is an unaccompanied minor must be settled first.",
        "Il faut d'abord établir si le demandeur est un mineur non accompagné.",
    ),
    "art8.not_uam": (
        "The applicant is not an unaccompanied minor at the first lodging (Art 2(i)-(j), "
        "Art 7(2)).",
        "Le demandeur n'est pas un mineur non accompagné à la date de la première demande "
        "(art. 2, points i) et j), art. 7, § 2).",
    ),
    "art8.1.none": (
        "No family member or sibling of the minor is legally present in a Member State.",
        "Aucun membre de la famille ni frère ou sœur du mineur ne se trouve légalement dans un "
        "État membre.",
    ),
    "art8.1.pending": (
        "Whether a family member or sibling of the minor is legally present in a Member State "
        "depends on the open questions.",
        "La présence légale d'un membre de la famille ou d'un frère ou d'une sœur du mineur "
        "dépend des questions ouvertes.",
    ),
    "art8.several": (
        "Family members are in several Member States ({states}): the child's best interests "
        "decide (Art 8(3)).",
        "Des membres de la famille se trouvent dans plusieurs États membres ({states}) : "
        "l'intérêt supérieur de l'enfant décide (art. 8, § 3).",
    ),
    "art8.awaiting_best_interests": (
        "{state} is designated if this is in the child's best interests ({members}).",
        "{state} est désigné si c'est dans l'intérêt supérieur de l'enfant ({members}).",
    ),
    "art8.not_best_interests": (
        "A caseworker found that being brought together in {state} is not in the child's best "
        "interests.",
        "Un agent a estimé que le rapprochement en {state} n'est pas dans l'intérêt supérieur "
        "de l'enfant.",
    ),
    "art8.applies": (
        "The unaccompanied minor has family in {state} ({members}), legally present there, and "
        "it is in the child's best interests: {state} is responsible.",
        "Le mineur non accompagné a de la famille en {state} ({members}), qui s'y trouve "
        "légalement, et c'est dans l'intérêt supérieur de l'enfant : {state} est responsable.",
    ),
    "art8.2.none": (
        "No adult relative (aunt, uncle, grandparent) of the minor is recorded.",
        "Aucun proche adulte (oncle, tante, grand-parent) du mineur n'est enregistré.",
    ),
    "art8.2.pending": (
        "Whether a relative can take care of the minor must be decided.",
        "Il reste à décider si un proche peut s'occuper du mineur.",
    ),
    "art8.2.cannot_take_care": (
        "A caseworker found that the relative {member} cannot take care of the minor.",
        "Un agent a estimé que le proche {member} ne peut pas s'occuper du mineur.",
    ),
    "art8.4.awaiting": (
        "With no family member, sibling or relative, {state}, where the minor lodged the "
        "application, is responsible if this is in the child's best interests.",
        "En l'absence de membre de la famille, de frère, de sœur ou de proche, {state}, où le "
        "mineur a introduit sa demande, est responsable si c'est dans l'intérêt supérieur de "
        "l'enfant.",
    ),
    "art8.4.applies": (
        "No family member, sibling or relative can receive the minor: {state}, where the minor "
        "lodged the application, is responsible.",
        "Aucun membre de la famille, frère, sœur ou proche ne peut accueillir le mineur : "
        "{state}, où le mineur a introduit sa demande, est responsable.",
    ),
    "art8.4.several": (
        "The minor applied in several Member States and has no family member, sibling or "
        "relative there: {state}, where the minor is present after lodging an application, is "
        "responsible (C-648/11 MA).",
        "Le mineur a introduit des demandes dans plusieurs États membres et n'y a ni famille ni "
        "proche : {state}, où il se trouve après y avoir introduit une demande, est responsable "
        "(C-648/11 MA).",
    ),
    # --- Art 2(g) and family criteria -----------------------------------------------------
    "family.not_in_member_state": (
        "{member} is in {state}, which did not apply Dublin III on {date}.",
        "{member} se trouve en {state}, qui n'appliquait pas Dublin III le {date}.",
    ),
    "family.arrived_after_t0": (
        "{member} has been present only since {date}, after the first application (Art 7(2)).",
        "{member} n'est présent que depuis le {date}, après la première demande (art. 7, § 2).",
    ),
    "family.late_evidence": (
        "The evidence about {member}, produced on {date}, came after another State accepted a "
        "request or after a first decision on the substance: it cannot be taken into account "
        "(Art 7(3)).",
        "Les éléments concernant {member}, produits le {date}, sont postérieurs à l'acceptation "
        "d'une requête par un autre État ou à une première décision sur le fond : ils ne peuvent "
        "être pris en compte (art. 7, § 3).",
    ),
    "family.not_family_member": (
        "{member} ({relation}) is not a family member in the sense of Art 2(g).",
        "{member} ({relation}) n'est pas un membre de la famille au sens de l'article 2, point g).",
    ),
    "family.no_written_consent": (
        "The applicant and {member} have not both stated their wish in writing.",
        "Le demandeur et {member} n'ont pas tous deux exprimé leur souhait par écrit.",
    ),
    "family.several": (
        "Family members meeting the criterion are in several Member States ({states}).",
        "Des membres de la famille remplissant le critère se trouvent dans plusieurs États "
        "membres ({states}).",
    ),
    "art9.none": (
        "No family member is a beneficiary of international protection.",
        "Aucun membre de la famille n'est bénéficiaire d'une protection internationale.",
    ),
    "art9.none_usable": (
        "No family member beneficiary of international protection meets all the conditions.",
        "Aucun membre de la famille bénéficiaire d'une protection internationale ne remplit "
        "toutes les conditions.",
    ),
    "art9.pending": (
        "Art 9 depends on the open questions.",
        "L'article 9 dépend des questions ouvertes.",
    ),
    "art9.applies": (
        "A family member ({members}) is allowed to reside in {state} as a beneficiary of "
        "international protection, and both persons consent in writing: {state} is responsible, "
        "whether or not the family was formed in the country of origin.",
        "Un membre de la famille ({members}) est autorisé à résider en {state} en qualité de "
        "bénéficiaire d'une protection internationale, et les intéressés l'ont souhaité par "
        "écrit : {state} est responsable, que la famille ait été ou non constituée dans le pays "
        "d'origine.",
    ),
    "art10.none": (
        "No family member is an applicant for international protection.",
        "Aucun membre de la famille n'est demandeur de protection internationale.",
    ),
    "art10.none_usable": (
        "No family member who is an applicant meets all the conditions.",
        "Aucun membre de la famille demandeur ne remplit toutes les conditions.",
    ),
    "art10.pending": (
        "Art 10 depends on the open questions.",
        "L'article 10 dépend des questions ouvertes.",
    ),
    "art10.applies": (
        "A family member ({members}) has applied in {state} and no first decision on the "
        "substance has been taken; both persons consent in writing: {state} is responsible.",
        "Un membre de la famille ({members}) a demandé une protection en {state} sans qu'une "
        "première décision sur le fond ait été prise ; les intéressés l'ont souhaité par écrit : "
        "{state} est responsable.",
    ),
    "art10.already_decided": (
        "The application of {member} has already had a first decision on the substance.",
        "La demande de {member} a déjà fait l'objet d'une première décision sur le fond.",
    ),
    "art11.none": (
        "No family members applied together with the applicant in the same Member State.",
        "Aucun membre de la famille n'a introduit de demande avec le demandeur dans le même État "
        "membre.",
    ),
    "art11.question": (
        "Family members ({members}) applied in the same Member State; Art 11 applies only if "
        "applying the criteria separately would split them.",
        "Des membres de la famille ({members}) ont introduit une demande dans le même État "
        "membre ; l'article 11 ne s'applique que si l'application séparée des critères les "
        "séparerait.",
    ),
    "art11.not_separated": (
        "The criteria do not separate the family members ({members}).",
        "Les critères ne séparent pas les membres de la famille ({members}).",
    ),
    "art11.pending": (
        "The State responsible for the family group must be given.",
        "L'État responsable du groupe familial doit être indiqué.",
    ),
    "art11.applies": (
        "Family procedure: {state} is responsible for the largest number of the family members, "
        "or for the oldest of them.",
        "Procédure familiale : {state} est responsable du plus grand nombre des membres de la "
        "famille, ou du plus âgé d'entre eux.",
    ),
    # --- Art 12 ---------------------------------------------------------------------------
    "art12.none": (
        "No residence document or visa is recorded.",
        "Aucun titre de séjour ni visa n'est enregistré.",
    ),
    "art12.excluded_permit": (
        "{doc} was issued during a {during} procedure: it is not a residence document (Art 2(l)).",
        "{doc} a été délivré pendant une procédure ({during}) : ce n'est pas un titre de séjour "
        "(art. 2, point l)).",
    ),
    "art12.fraud_after_issue": (
        "{state} established that the fraud behind {doc} came after it was issued (Art 12(5)).",
        "{state} a établi que la fraude concernant {doc} est postérieure à sa délivrance "
        "(art. 12, § 5).",
    ),
    "art12.applies": (
        "On {date} the applicant held a valid {kind} issued by {issuer} (valid until "
        "{valid_until}): {state} is responsible.",
        "Le {date}, le demandeur détenait un document valide ({kind}) délivré par {issuer} "
        "(valable jusqu'au {valid_until}) : {state} est responsable.",
    ),
    "art12.applies_represented": (
        "On {date} the applicant held a valid visa issued by {issuer} on behalf of {state} "
        "(valid until {valid_until}): the represented State, {state}, is responsible.",
        "Le {date}, le demandeur détenait un visa valide délivré par {issuer} au nom de {state} "
        "(valable jusqu'au {valid_until}) : l'État représenté, {state}, est responsable.",
    ),
    "art12.applies_expired": (
        "The applicant holds only expired documents; the {kind} issued by {issuer} expired on "
        "{valid_until}, less than 2 years (residence document) or 6 months (visa) before {date}, "
        "enabled entry, and the applicant has not left: {state} is responsible.",
        "Le demandeur ne détient que des documents périmés ; le document ({kind}) délivré par "
        "{issuer}, périmé le {valid_until}, moins de deux ans (titre de séjour) ou six mois "
        "(visa) avant le {date}, a permis l'entrée, et le demandeur n'a pas quitté le "
        "territoire : {state} est responsable.",
    ),
    "art12.false_identity_still_counts": (
        "The document was issued on a false identity or forged papers; it still designates "
        "{state}, which has not established that the fraud came after issue (Art 12(5)).",
        "Le document a été délivré sur la base d'une fausse identité ou de faux documents ; il "
        "désigne néanmoins {state}, qui n'a pas établi que la fraude est postérieure à la "
        "délivrance (art. 12, § 5).",
    ),
    "art12.pending": (
        "Whether an expired document enabled entry must be settled.",
        "Il reste à établir si un document périmé a permis l'entrée.",
    ),
    "art12.expired_no_entry": (
        "The applicant holds only expired documents, none of which enabled entry.",
        "Le demandeur ne détient que des documents périmés, dont aucun n'a permis l'entrée.",
    ),
    "art12.left_territory": (
        "The applicant left the territory of the Member States after the document was used: "
        "Art 12(4) no longer applies.",
        "Le demandeur a quitté le territoire des États membres après l'utilisation du document : "
        "l'article 12, § 4, ne s'applique plus.",
    ),
    "art12.old_expired": (
        "The applicant holds only documents expired more than 2 years (residence document) or "
        "6 months (visa) before {date}, which enabled entry, and has not left: {state}, where "
        "the application is lodged, is responsible.",
        "Le demandeur ne détient que des documents périmés depuis plus de deux ans (titre de "
        "séjour) ou six mois (visa) au {date}, qui ont permis l'entrée, et n'a pas quitté le "
        "territoire : {state}, où la demande est introduite, est responsable.",
    ),
    # --- Art 13 ---------------------------------------------------------------------------
    "art13.1.none": (
        "No irregular crossing of an external border is established.",
        "Aucun franchissement irrégulier d'une frontière extérieure n'est établi.",
    ),
    "art13.1.several": (
        "Several irregular crossings are known ({crossings}); which one counts must be decided.",
        "Plusieurs franchissements irréguliers sont connus ({crossings}) ; il faut décider "
        "lequel compte.",
    ),
    "art13.1.applies": (
        "The applicant crossed the border of {state} irregularly from a third country on "
        "{crossed}; the first application ({date}) came before the 12 months ended on {end}: "
        "{state} is responsible.",
        "Le demandeur a franchi irrégulièrement la frontière de {state} en provenance d'un pays "
        "tiers le {crossed} ; la première demande ({date}) est antérieure à la fin du délai de "
        "douze mois, le {end} : {state} est responsable.",
    ),
    "art13.1.expired": (
        "The applicant crossed into {state} irregularly on {crossed}, but the responsibility of "
        "{state} ended 12 months later, on {end}, before the first application ({date}).",
        "Le demandeur est entré irrégulièrement en {state} le {crossed}, mais la responsabilité "
        "de {state} a pris fin douze mois plus tard, le {end}, avant la première demande "
        "({date}).",
    ),
    "warning.art13_extension": (
        "The 12 months after the crossing into {state} ended on {end}, a non-working day; if "
        "Reg 1182/71 Art 3(4) applied, they would end on {extended} and {state} would still be "
        "responsible (unsettled: spec Q1).",
        "Les douze mois suivant l'entrée en {state} ont pris fin le {end}, jour non ouvrable ; "
        "si l'article 3, § 4, du règlement 1182/71 s'appliquait, ils prendraient fin le "
        "{extended} et {state} resterait responsable (point non tranché).",
    ),
    "art13.2.regular_entry": (
        "The applicant did not enter irregularly and the circumstances of entry are known: "
        "Art 13(2) does not apply.",
        "Le demandeur n'est pas entré irrégulièrement et les conditions d'entrée sont connues : "
        "l'article 13, § 2, ne s'applique pas.",
    ),
    "art13.2.none": (
        "No continuous stay of at least 5 months in a Member State before the application is "
        "established.",
        "Aucun séjour continu d'au moins cinq mois dans un État membre avant la demande n'est "
        "établi.",
    ),
    "art13.2.pending": (
        "Whether a stay was continuous must be decided.",
        "Il reste à décider si un séjour a été continu.",
    ),
    "art13.2.applies": (
        "The applicant lived continuously for at least 5 months in {state} before applying "
        "(until {end}): {state} is responsible.",
        "Le demandeur a séjourné de manière continue pendant au moins cinq mois en {state} "
        "avant sa demande (jusqu'au {end}) : {state} est responsable.",
    ),
    "art13.2.applies_most_recent": (
        "The applicant lived for 5 months or more in several Member States; the most recent is "
        "{state} (until {end}): {state} is responsible.",
        "Le demandeur a séjourné au moins cinq mois dans plusieurs États membres ; le plus "
        "récent est {state} (jusqu'au {end}) : {state} est responsable.",
    ),
    # --- Arts 14, 15, 3(2), 16, 17 --------------------------------------------------------
    "art14.none": (
        "No visa-waived entry is recorded.",
        "Aucune entrée sous exemption de visa n'est enregistrée.",
    ),
    "art14.pending": (
        "Whether the State of the application also waives the visa must be settled.",
        "Il reste à établir si l'État de la demande exempte aussi le demandeur de visa.",
    ),
    "art14.1.applies": (
        "The applicant entered {state} on {date} where the need for a visa is waived: {state} "
        "is responsible.",
        "Le demandeur est entré le {date} en {state}, qui l'exempte de l'obligation de visa : "
        "{state} est responsable.",
    ),
    "art14.2.applies": (
        "The application was lodged in {state}, which also waives the visa requirement for the "
        "applicant: {state} is responsible.",
        "La demande a été introduite en {state}, qui exempte également le demandeur de "
        "l'obligation de visa : {state} est responsable.",
    ),
    "art15.none": (
        "The application was not made in the international transit area of an airport.",
        "La demande n'a pas été présentée dans la zone de transit international d'un aéroport.",
    ),
    "art15.applies": (
        "The application was made in the international transit area of an airport of {state}: "
        "{state} is responsible.",
        "La demande a été présentée dans la zone de transit international d'un aéroport de "
        "{state} : {state} est responsable.",
    ),
    "art3.2.default": (
        "No criterion designates a State: {state}, the first Member State where an application "
        "was lodged ({date}), is responsible.",
        "Aucun critère ne désigne un État : {state}, premier État membre où une demande a été "
        "introduite ({date}), est responsable.",
    ),
    "route.take_back.systemic_flaws": (
        "A transfer to {state} is impossible (systemic flaws, Art 3(2) 2nd subpara): the "
        "criteria are examined to find another responsible Member State.",
        "Un transfert vers {state} est impossible (défaillances systémiques, art. 3, § 2, "
        "al. 2) : les critères sont examinés pour désigner un autre État membre responsable.",
    ),
    "warning.acceptance_differs": (
        "{state} accepted responsibility, but the criteria designate {proposed}: the applicant "
        "may challenge a transfer decision for a wrong application of the criteria (C-63/15 "
        "Ghezelbash).",
        "{state} a accepté la responsabilité, mais les critères désignent {proposed} : le "
        "demandeur peut contester une décision de transfert fondée sur une application erronée "
        "des critères (C-63/15 Ghezelbash).",
    ),
    "warning.not_third_country_national": (
        "The applicant has the nationality of {states}, an EU or associated State: Dublin III "
        "applies to third-country nationals and stateless persons only (Art 2(a)). Check the "
        "nationality before relying on this result.",
        "Le demandeur a la nationalité de {states}, État de l'UE ou associé : Dublin III ne "
        "s'applique qu'aux ressortissants de pays tiers et aux apatrides (art. 2, point a)). "
        "Vérifier la nationalité avant de se fonder sur ce résultat.",
    ),
    "q.h9": (
        "The applicant is an unaccompanied minor and the time limit {deadline} was missed, "
        "which shifts responsibility to {state} (Shiri). IR 1560/2003 Art 12 says the length of "
        "placement procedures is not necessarily an obstacle: treat responsibility as shifted, "
        "or continue the procedure?",
        "Le demandeur est un mineur non accompagné et le délai {deadline} a été dépassé, ce qui "
        "transfère la responsabilité à {state} (Shiri). L'art. 12 du règlement 1560/2003 "
        "prévoit que la durée des procédures de placement ne fait pas nécessairement obstacle : "
        "considérer la responsabilité comme transférée, ou poursuivre la procédure ?",
    ),
    "art3.2.systemic_flaws": (
        "A transfer to {state} is impossible (systemic flaws, a real risk under Charter Art 4): "
        "the examination of the criteria continues.",
        "Un transfert vers {state} est impossible (défaillances systémiques, risque réel au sens "
        "de l'article 4 de la Charte) : l'examen des critères se poursuit.",
    ),
    "art3.2.shift_barred": (
        "{state} became responsible on {date} (an acceptance, explicit or tacit), but a "
        "transfer to {state} is impossible (systemic flaws, a real risk under Charter Art 4): "
        "the acceptance cannot be acted on, whatever its form (C-578/16 C.K.; C-163/17 Jawo), "
        "and the outcome of the criteria, which passed over {state}, stands.",
        "{state} est devenu responsable le {date} (acceptation expresse ou implicite), mais un "
        "transfert vers {state} est impossible (défaillances systémiques, risque réel au sens "
        "de l'article 4 de la Charte) : il ne peut être donné suite à cette acceptation, quelle "
        "qu'en soit la forme (C-578/16 C.K. ; C-163/17 Jawo), et le résultat des critères, qui "
        "a écarté {state}, demeure.",
    ),
    "art3.2.determining_state": (
        "No other Member State can be designated: {state}, the determining State, is responsible.",
        "Aucun autre État membre ne peut être désigné : {state}, État procédant à la "
        "détermination, devient responsable.",
    ),
    "art16.relation": (
        "Dependency on {member} ({relation}) is outside Art 16(1), which covers a child, sibling "
        "or parent only (C-745/21 L.G.).",
        "La dépendance à l'égard de {member} ({relation}) ne relève pas de l'article 16, § 1, "
        "limité à l'enfant, au frère ou à la sœur et au père ou à la mère (C-745/21 L.G.).",
    ),
    "art16.ground": (
        "Severe trauma is a ground of dependency under the AMMR, not under Dublin III Art 16 "
        "({member}).",
        "Le traumatisme grave est un motif de dépendance au titre du RGAM, pas de l'article 16 "
        "de Dublin III ({member}).",
    ),
    "art16.no_consent": (
        "The persons concerned have not expressed their wish in writing ({member}).",
        "Les personnes concernées n'ont pas exprimé leur souhait par écrit ({member}).",
    ),
    "art16.conditions": (
        "The conditions of Art 16 are not met for {member} (family ties in the country of "
        "origin, legal residence).",
        "Les conditions de l'article 16 ne sont pas remplies pour {member} (liens familiaux "
        "dans le pays d'origine, résidence légale).",
    ),
    "art16.pending": (
        "The dependency on or of {member} must be assessed.",
        "La dépendance à l'égard de {member}, ou de celui-ci, doit être appréciée.",
    ),
    "art16.no_dependency": (
        "A caseworker found no dependency with {member} within the meaning of Art 16.",
        "Un agent n'a pas retenu de dépendance avec {member} au sens de l'article 16.",
    ),
    "art16.applies": (
        "Dependency with {member}, who is legally resident in {state}: they are kept together "
        "or brought together, and {state} is responsible.",
        "Dépendance avec {member}, qui réside légalement en {state} : ils sont maintenus ou "
        "rapprochés, et {state} est responsable.",
    ),
    "art16.unable_to_travel": (
        "The applicant's health prevents travel for a significant period: {state}, where the "
        "applicant is, is responsible (Art 16(2)).",
        "L'état de santé du demandeur l'empêche de voyager pendant une période significative : "
        "{state}, où il se trouve, est responsable (art. 16, § 2).",
    ),
    "art17.1.applies": (
        "{state} decided to examine the application itself (sovereignty clause): {state} is "
        "responsible.",
        "{state} a décidé d'examiner lui-même la demande (clause de souveraineté) : {state} est "
        "responsable.",
    ),
    # --- questions -------------------------------------------------------------------------
    "q.h1.best_interests": (
        "Is it in the child's best interests to be brought together with {members} in {state}? "
        "Consider family reunification, well-being and social development, safety (risk of "
        "trafficking) and the child's views (Art 6(3)).",
        "Est-il dans l'intérêt supérieur de l'enfant d'être réuni avec {members} en {state} ? "
        "Tenir compte des possibilités de regroupement familial, du bien-être et du "
        "développement social, de la sûreté (risque de traite) et de l'avis de l'enfant "
        "(art. 6, § 3).",
    ),
    "q.h1.choose": (
        "The minor has family in several Member States ({states}): which State is in the "
        "child's best interests (Art 8(3))?",
        "Le mineur a de la famille dans plusieurs États membres ({states}) : quel État "
        "correspond à l'intérêt supérieur de l'enfant (art. 8, § 3) ?",
    ),
    "q.h1.art8_4": (
        "Is it in the child's best interests that {state}, where the minor applied, examines "
        "the application (Art 8(4))?",
        "Est-il dans l'intérêt supérieur de l'enfant que {state}, où le mineur a demandé une "
        "protection, examine la demande (art. 8, § 4) ?",
    ),
    "q.h2": (
        "After an individual examination, can the relative {member} in {state} take care of "
        "the minor (Art 8(2); IR 1560/2003 Art 12)?",
        "Après un examen individuel, le proche {member} en {state} peut-il s'occuper du mineur "
        "(art. 8, § 2 ; art. 12 du règlement 1560/2003) ?",
    ),
    "q.h3": (
        "Is there dependency ({ground}; dependent: {dependent}) with {member}, and can the "
        "helper actually give the care? Use objective evidence such as medical certificates, "
        "otherwise convincing statements (IR 1560/2003 Art 11).",
        "Y a-t-il dépendance ({ground} ; personne dépendante : {dependent}) avec {member}, et "
        "l'aidant peut-il effectivement apporter l'aide ? S'appuyer sur des éléments objectifs "
        "tels que des certificats médicaux, à défaut sur des déclarations convaincantes "
        "(art. 11 du règlement 1560/2003).",
    ),
    "q.h4": (
        "Does {state} decide to examine the application itself under the sovereignty clause? "
        "Purely discretionary (C-661/17 M.A.), unless national law requires it (C-745/21 L.G.).",
        "{state} décide-t-il d'examiner lui-même la demande au titre de la clause de "
        "souveraineté ? Décision discrétionnaire (C-661/17 M.A.), sauf si le droit national "
        "l'impose (C-745/21 L.G.).",
    ),
    "q.h5": (
        "Are there substantial grounds to believe that a transfer to {state} would expose the "
        "applicant to inhuman or degrading treatment (systemic flaws; extreme material poverty, "
        "C-163/17 Jawo; individual health risk, C-578/16 C.K.)? A suspension of transfers alone "
        "is not enough (C-185/24 Tudmur).",
        "Existe-t-il des motifs sérieux de croire qu'un transfert vers {state} exposerait le "
        "demandeur à un traitement inhumain ou dégradant (défaillances systémiques ; dénuement "
        "matériel extrême, C-163/17 Jawo ; risque individuel pour la santé, C-578/16 C.K.) ? "
        "Une suspension des transferts ne suffit pas à elle seule (C-185/24 Tudmur).",
    ),
    "q.h6.minor": (
        "The age assessment puts the applicant between {low} and {high} years old on {date}, "
        "when the application was first lodged (Art 7(2)): was the applicant a minor on that "
        "date (Art 2(i))?",
        "L'évaluation de l'âge situe le demandeur entre {low} et {high} ans au {date}, date "
        "d'introduction de la première demande (art. 7, § 2) : le demandeur était-il mineur à "
        "cette date (art. 2, point i)) ?",
    ),
    "q.h6.age_unknown": (
        "Neither a date of birth nor an age assessment is recorded: was the applicant a minor "
        "(under 18) on {date}, when the application was first lodged (Art 2(i), Art 7(2))?",
        "Ni date de naissance ni évaluation de l'âge ne sont enregistrées : le demandeur "
        "était-il mineur (moins de 18 ans) le {date}, date d'introduction de la première "
        "demande (art. 2, point i), art. 7, § 2) ?",
    ),
    "minority.reference_date": (
        "Minority is judged on {date}, when the application was first lodged: the situation on "
        "that date decides (Art 7(2)); Art 2(i) itself fixes no date. The applicant was {age} "
        "years old on that date.",
        "La minorité s'apprécie au {date}, date d'introduction de la première demande : la "
        "situation à cette date est déterminante (art. 7, § 2) ; l'article 2, point i), ne "
        "fixe lui-même aucune date. Le demandeur avait alors {age} ans.",
    ),
    "minority.reference_date_unknown_age": (
        "Minority is judged on {date}, when the application was first lodged: the situation on "
        "that date decides (Art 7(2)); Art 2(i) itself fixes no date. No date of birth or age "
        "assessment is recorded.",
        "La minorité s'apprécie au {date}, date d'introduction de la première demande : la "
        "situation à cette date est déterminante (art. 7, § 2) ; l'article 2, point i), ne "
        "fixe lui-même aucune date. Aucune date de naissance ni évaluation de l'âge n'est "
        "enregistrée.",
    ),
    "q.h6.unaccompanied": (
        "Did the minor arrive without, and is he or she not effectively in the care of, the "
        "adult responsible for him or her (Art 2(j))?",
        "Le mineur est-il arrivé sans l'adulte qui en est responsable, et n'est-il pas "
        "effectivement pris en charge par un tel adulte (art. 2, point j)) ?",
    ),
    "q.h7": (
        "{member} is in {state} with the status '{status}': does that make him or her "
        "{word} within the meaning of the Regulation?",
        "{member} se trouve en {state} avec le statut « {status} » : est-ce une présence ou "
        "résidence légale (« {word} ») au sens du règlement ?",
    ),
    "q.h8": (
        "Has a first decision on the substance been taken on the application of {member} in "
        "{state}?",
        "Une première décision sur le fond a-t-elle été prise sur la demande de {member} en "
        "{state} ?",
    ),
    "q.h10.crossing": (
        "Several irregular crossings are known ({crossings}): which one counts for Art 13(1)?",
        "Plusieurs franchissements irréguliers sont connus ({crossings}) : lequel compte pour "
        "l'article 13, § 1 ?",
    ),
    "q.h10.continuous": (
        "Was the stay in {state} from {start} to {end} continuous? Weigh the evidence "
        "(Annex II List A item 8, List B item 8).",
        "Le séjour en {state} du {start} au {end} a-t-il été continu ? Apprécier les éléments "
        "(annexe II, liste A, point 8, liste B, point 8).",
    ),
    "q.h10.enabled_entry": (
        "Did the expired document {doc} issued by {state} actually enable entry into the "
        "territory of the Member States (Art 12(4))?",
        "Le document périmé {doc} délivré par {state} a-t-il effectivement permis l'entrée sur "
        "le territoire des États membres (art. 12, § 4) ?",
    ),
    "q.h12.origin": (
        "Did the family with {member} ({relation}) already exist in the country of origin "
        "(Art 2(g))?",
        "La famille avec {member} ({relation}) existait-elle déjà dans le pays d'origine "
        "(art. 2, point g)) ?",
    ),
    "q.h12.partner": (
        "Is the relationship with {member} a stable unmarried partnership, and does {state} "
        "treat unmarried couples comparably to married couples in its aliens law (Art 2(g))?",
        "La relation avec {member} est-elle une relation stable hors mariage, et {state} "
        "traite-t-il les couples non mariés de manière comparable aux couples mariés dans son "
        "droit des étrangers (art. 2, point g)) ?",
    ),
    "q.family.choose": (
        "Family members meeting the criterion are in several Member States ({states}): which "
        "State is designated?",
        "Des membres de la famille remplissant le critère se trouvent dans plusieurs États "
        "membres ({states}) : quel État est désigné ?",
    ),
    "q.art11": (
        "Family members ({members}) applied in {state} with the applicant: would applying the "
        "criteria to each of them separately split the family (Art 11)?",
        "Des membres de la famille ({members}) ont introduit une demande en {state} avec le "
        "demandeur : l'application séparée des critères à chacun séparerait-elle la famille "
        "(art. 11) ?",
    ),
    "q.art11.state": (
        "Which Member State is responsible for the largest number of the family members (or, "
        "failing that, for the oldest of them)?",
        "Quel État membre est responsable du plus grand nombre des membres de la famille (ou, à "
        "défaut, du plus âgé d'entre eux) ?",
    ),
    "q.art14_2": (
        "Does {state}, where the application was lodged, also waive the visa requirement for "
        "this applicant (Art 14(2))?",
        "{state}, où la demande a été introduite, exempte-t-il également ce demandeur de "
        "l'obligation de visa (art. 14, § 2) ?",
    ),
    "q.beneficiary_elsewhere": (
        "The applicant already has international protection in {state}: handle the new "
        "application as inadmissible (Directive 2013/32/EU Art 33(2)(a)) or run a Dublin "
        "determination anyway?",
        "Le demandeur bénéficie déjà d'une protection internationale en {state} : traiter la "
        "nouvelle demande comme irrecevable (art. 33, § 2, point a), de la directive "
        "2013/32/UE) ou procéder malgré tout à une détermination Dublin ?",
    ),
}
