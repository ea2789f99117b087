"""Messages of the AMMR criteria and routing (Regulation (EU) 2024/1351), in English and French.

Every key starts with "ammr.". The French follows the vocabulary of the French text of the
Regulation, the "règlement relatif à la gestion de l'asile et de la migration (RGAM)": "État
membre responsable", "enregistrement de la demande", "requête aux fins de prise en charge",
"notification aux fins de reprise en charge", "mineur non accompagné", "membre de la famille",
"proche", "titre de séjour", "diplôme ou qualification", "débarquement à la suite d'une
opération de recherche et de sauvetage"...
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- routing (Arts 36-38, 41) and cessation (Art 37) ---------------------------------
    "ammr.route.take_charge": (
        "No earlier application in another Member State is known: {state} determines the "
        "Member State responsible and, if it is another State, sends it a take charge request "
        "(AMMR Art 39).",
        "Aucune demande antérieure dans un autre État membre n'est connue : {state} détermine "
        "l'État membre responsable et, si c'est un autre État, lui adresse une requête aux fins "
        "de prise en charge (art. 39 du RGAM).",
    ),
    "ammr.route.take_back": (
        "An earlier application was registered in {state}: {state} must take the applicant "
        "back and the criteria are not examined again. {current} sends a take back "
        "notification (AMMR Art 41), which {state} can refuse only on the grounds of Art 37 or "
        "a wrong Eurodac indication.",
        "Une demande antérieure a été enregistrée en {state} : {state} doit reprendre en charge "
        "le demandeur et les critères ne sont pas réexaminés. {current} adresse une "
        "notification aux fins de reprise en charge (art. 41 du RGAM), que {state} ne peut "
        "contester qu'au titre de l'article 37 ou d'une erreur d'indication dans Eurodac.",
    ),
    "ammr.route.take_back.hit_only": (
        "A Eurodac hit on an applicant shows an earlier application in {state}: {current} sends "
        "a take back notification to {state} (AMMR Arts 36(1)(b) and 41).",
        "Un résultat positif Eurodac relatif à un demandeur révèle une demande antérieure en "
        "{state} : {current} adresse une notification aux fins de reprise en charge à {state} "
        "(art. 36, § 1, point b), et art. 41 du RGAM).",
    ),
    "ammr.route.uam_no_take_back": (
        "The applicant, an unaccompanied minor, also applied in {state}: a minor is not taken "
        "back (as C-648/11 MA held under Dublin III); Art 25 applies in full in {current}, and "
        "failing family its paragraph 5 designates the State of first registration if that is "
        "in the child's best interests.",
        "Le demandeur, mineur non accompagné, a aussi présenté une demande en {state} : un "
        "mineur n'est pas repris en charge (comme l'a jugé l'arrêt C-648/11 MA sous Dublin III) ; "
        "l'article 25 s'applique pleinement en {current} et, à défaut de famille, son "
        "paragraphe 5 désigne l'État du premier enregistrement si cela est conforme à l'intérêt "
        "supérieur de l'enfant.",
    ),
    "ammr.route.beneficiary_elsewhere": (
        "The applicant was granted international protection in {state} on {date}: he or she "
        "is no longer an applicant, and the take back obligation of AMMR Art 36(1)(b) does not "
        "cover him or her.",
        "Le demandeur a obtenu une protection internationale en {state} le {date} : il n'est "
        "plus demandeur, et l'obligation de reprise en charge de l'article 36, § 1, point b), "
        "du RGAM ne le vise pas.",
    ),
    "ammr.route.take_back.systemic_flaws": (
        "A transfer to {state} is impossible (a real risk of inhuman or degrading treatment, "
        "AMMR Art 16(3)): the criteria are examined to find another Member State responsible.",
        "Un transfert vers {state} est impossible (risque réel de traitement inhumain ou "
        "dégradant, art. 16, § 3, du RGAM) : les critères sont examinés pour désigner un autre "
        "État membre responsable.",
    ),
    "ammr.route.ceased.absence": (
        "The obligations of {state} have ceased: the applicant left the territory of the Member "
        "States for at least nine months (AMMR Art 37(4); three months under Dublin III). The "
        "later application is a new application, and the criteria apply to the situation at "
        "its registration.",
        "Les obligations de {state} ont cessé : le demandeur a quitté le territoire des États "
        "membres pendant au moins neuf mois (art. 37, § 4, du RGAM ; trois mois sous Dublin "
        "III). La demande ultérieure est une nouvelle demande, et les critères s'appliquent à "
        "la situation existant lors de son enregistrement.",
    ),
    "ammr.route.absence_but_document": (
        "The applicant was absent for at least nine months, but holds a valid residence "
        "document issued by {state}: the obligations of {state} do not cease (AMMR Art 37(4)).",
        "Le demandeur a été absent pendant au moins neuf mois, mais détient un titre de séjour "
        "en cours de validité délivré par {state} : les obligations de {state} ne cessent pas "
        "(art. 37, § 4, du RGAM).",
    ),
    "ammr.route.ceased.removal": (
        "The obligations of {state} have ceased: the applicant left the territory of the Member "
        "States under a return decision or removal order issued after the withdrawal or "
        "rejection of the application (AMMR Art 37(5)). The later application is a new "
        "application.",
        "Les obligations de {state} ont cessé : le demandeur a quitté le territoire des États "
        "membres en exécution d'une décision de retour ou d'une mesure d'éloignement prise à la "
        "suite du retrait ou du rejet de la demande (art. 37, § 5, du RGAM). La demande "
        "ultérieure est une nouvelle demande.",
    ),
    "ammr.route.ceased.border_procedure": (
        "The application in {state} was examined in the border procedure and its rejection or "
        "withdrawal decision became final more than 15 months before this registration: the "
        "obligations of {state} have ceased and this is a new application (AMMR Art 37(2)).",
        "La demande en {state} a été examinée dans le cadre de la procédure à la frontière, et "
        "la décision de rejet ou de retrait est devenue définitive plus de 15 mois avant cet "
        "enregistrement : les obligations de {state} ont cessé et il s'agit d'une nouvelle "
        "demande (art. 37, § 2, du RGAM).",
    ),
    "ammr.route.ceased.border_procedure_lapsed": (
        "The 15 months after the final decision in the border procedure in {state} have ended "
        "with no take back procedure pending: the obligations of {state} have ceased (AMMR "
        "Art 37(2)-(3)); the application is determined anew.",
        "Les 15 mois suivant la décision définitive rendue dans le cadre de la procédure à la "
        "frontière en {state} ont expiré sans procédure de reprise en charge en cours : les "
        "obligations de {state} ont cessé (art. 37, § 2 et 3, du RGAM) ; la demande fait "
        "l'objet d'une nouvelle détermination.",
    ),
    "ammr.route.art37_3_pending": (
        "A take back procedure towards {state} was pending when the 15 months of the border "
        "procedure ended on {end}: {state} stays responsible until it is completed or the "
        "transfer time limits expire (AMMR Art 37(3)).",
        "Une procédure de reprise en charge vers {state} était en cours à l'expiration, le "
        "{end}, des 15 mois suivant la procédure à la frontière : {state} reste responsable "
        "jusqu'à son achèvement ou l'expiration des délais de transfert (art. 37, § 3, du "
        "RGAM).",
    ),
    "ammr.route.art37_1": (
        "{state} issued the applicant a residence document after the application in "
        "{previous}: {state} becomes the Member State responsible (AMMR Art 37(1); Art 38(4), "
        "2nd subpara).",
        "{state} a délivré un titre de séjour au demandeur après la demande enregistrée en "
        "{previous} : {state} devient l'État membre responsable (art. 37, § 1, du RGAM ; "
        "art. 38, § 4, deuxième alinéa).",
    ),
    "ammr.warning.not_third_country_national": (
        "The applicant has the nationality of {states}, an EU or associated State: the AMMR "
        "applies to third-country nationals and stateless persons only (Art 2(1)). Check the "
        "nationality before relying on this result.",
        "Le demandeur a la nationalité de {states}, État de l'UE ou associé : le RGAM ne "
        "s'applique qu'aux ressortissants de pays tiers et aux apatrides (art. 2, point 1)). "
        "Vérifier la nationalité avant de se fonder sur ce résultat.",
    ),
    "ammr.warning.several_previous": (
        "Earlier applications were registered in several States ({states}); the take back "
        "notification goes to the State of the first one unless Eurodac shows another State "
        "responsible.",
        "Des demandes antérieures ont été enregistrées dans plusieurs États ({states}) ; la "
        "notification aux fins de reprise en charge vise l'État de la première, sauf si Eurodac "
        "indique un autre État responsable.",
    ),
    "ammr.warning.border_final_date": (
        "The decision in the border procedure in {state} is dated {date}; the case file does "
        "not record when it became final. The 15 months of AMMR Art 37(2) are counted from "
        "that date (end {end}): check the date it became final.",
        "La décision rendue dans le cadre de la procédure à la frontière en {state} est datée "
        "du {date} ; le dossier n'indique pas quand elle est devenue définitive. Les 15 mois de "
        "l'article 37, § 2, du RGAM sont comptés à partir de cette date (fin le {end}) : "
        "vérifier la date à laquelle elle est devenue définitive.",
    ),
    # --- Art 16: security, default, impossibility of transfer ----------------------------
    "ammr.art16.4.none": (
        "No security check found reasonable grounds to consider the applicant a danger to "
        "internal security (AMMR Art 16(4)).",
        "Aucun contrôle de sécurité n'a révélé de motifs raisonnables de considérer le "
        "demandeur comme une menace pour la sécurité intérieure (art. 16, § 4, du RGAM).",
    ),
    "ammr.art16.4.applies": (
        "The security check carried out by {state} on {date} gave reasonable grounds to "
        "consider the applicant a danger to internal security: {state} is responsible, before "
        "any criterion, and no take charge request is made (AMMR Art 16(4)).",
        "Le contrôle de sécurité effectué par {state} le {date} a révélé des motifs raisonnables "
        "de considérer le demandeur comme une menace pour la sécurité intérieure : {state} est "
        "responsable, avant tout critère, et aucune requête aux fins de prise en charge n'est "
        "présentée (art. 16, § 4, du RGAM).",
    ),
    "ammr.art16.4.take_back": (
        "{state} records its responsibility in Eurodac (Art 38(3)(c)); {current} sends it a "
        "take back notification, not a take charge request (Arts 36(1)(b) and 41).",
        "{state} indique sa responsabilité dans Eurodac (art. 38, § 3, point c)) ; {current} "
        "lui adresse une notification aux fins de reprise en charge, et non une requête aux "
        "fins de prise en charge (art. 36, § 1, point b), et art. 41).",
    ),
    "ammr.warning.security_several": (
        "Security checks by several States ({states}) found the applicant a danger to internal "
        "security; the first check, by {state}, decides (AMMR Art 16(4)). A person confirms.",
        "Des contrôles de sécurité effectués par plusieurs États ({states}) ont conclu à une "
        "menace pour la sécurité intérieure ; le premier contrôle, effectué par {state}, "
        "l'emporte (art. 16, § 4, du RGAM). Une personne confirme.",
    ),
    "ammr.art16.2.default": (
        "No criterion designates a State: {state}, the first Member State where the "
        "application was registered ({date}), is responsible (AMMR Art 16(2)).",
        "Aucun critère ne désigne un État : {state}, premier État membre où la demande a été "
        "enregistrée ({date}), est responsable (art. 16, § 2, du RGAM).",
    ),
    "ammr.art16.3.systemic_flaws": (
        "A transfer to {state} is impossible (a real risk of inhuman or degrading treatment "
        "under Charter Art 4): the examination of the criteria continues (AMMR Art 16(3)).",
        "Un transfert vers {state} est impossible (risque réel de traitement inhumain ou "
        "dégradant au sens de l'article 4 de la Charte) : l'examen des critères se poursuit "
        "(art. 16, § 3, du RGAM).",
    ),
    "ammr.art16.3.shift_barred": (
        "{state} became responsible on {date} (an acceptance, explicit or deemed), but a "
        "transfer to {state} is impossible (a real risk of inhuman or degrading treatment "
        "under Charter Art 4): the acceptance cannot be acted on, whatever its form, and the "
        "outcome of the criteria, which passed over {state}, stands (AMMR Art 16(3)).",
        "{state} est devenu responsable le {date} (acceptation expresse ou réputée), mais un "
        "transfert vers {state} est impossible (risque réel de traitement inhumain ou "
        "dégradant au sens de l'article 4 de la Charte) : il ne peut être donné suite à cette "
        "acceptation, quelle qu'en soit la forme, et le résultat des critères, qui a écarté "
        "{state}, demeure (art. 16, § 3, du RGAM).",
    ),
    "ammr.art16.3.determining_state": (
        "No other Member State can be designated: {state}, the determining State, becomes "
        "responsible (AMMR Art 16(3)).",
        "Aucun autre État membre ne peut être désigné : {state}, État membre procédant à la "
        "détermination, devient responsable (art. 16, § 3, du RGAM).",
    ),
    # --- Art 25: unaccompanied minors ------------------------------------------------------
    "ammr.art25.pending_minority": (
        "Whether the applicant is an unaccompanied minor must be settled first.",
        "Il faut d'abord établir si le demandeur est un mineur non accompagné.",
    ),
    "ammr.art25.not_uam": (
        "The applicant was not an unaccompanied minor when the application was first "
        "registered on {date} (AMMR Art 2(10)-(11), Art 24(2)).",
        "Le demandeur n'était pas un mineur non accompagné lors du premier enregistrement de la "
        "demande, le {date} (art. 2, points 10) et 11), et art. 24, § 2, du RGAM).",
    ),
    "ammr.art25.only": (
        "The applicant was an unaccompanied minor at the first registration ({date}): only "
        "the criteria of Art 25 apply, in the order of its paragraphs 2 to 5 (AMMR Art 25(1)).",
        "Le demandeur était un mineur non accompagné lors du premier enregistrement ({date}) : "
        "seuls les critères de l'article 25 s'appliquent, dans l'ordre de ses paragraphes 2 à 5 "
        "(art. 25, § 1, du RGAM).",
    ),
    "ammr.art25.2.none": (
        "No family member or sibling of the minor is legally present in a Member State.",
        "Aucun membre de la famille ni frère ou sœur du mineur n'est présent légalement dans un "
        "État membre.",
    ),
    "ammr.art25.2.pending": (
        "Whether a family member or sibling of the minor is legally present in a Member State "
        "depends on the open questions.",
        "La présence légale d'un membre de la famille, d'un frère ou d'une sœur du mineur "
        "dépend des questions ouvertes.",
    ),
    "ammr.art25.2.married_minor": (
        "The minor is married and the spouse is not legally present: the father, mother, other "
        "responsible adult or sibling is taken into account (AMMR Art 25(2), second sentence).",
        "Le mineur est marié et son conjoint n'est pas présent légalement : le père, la mère, un "
        "autre adulte responsable, un frère ou une sœur est pris en compte (art. 25, § 2, "
        "deuxième phrase, du RGAM).",
    ),
    "ammr.art25.2.applies": (
        "The unaccompanied minor has a family member or sibling legally present in {state} "
        "({members}): {state} is responsible, unless it is shown that this is not in the "
        "child's best interests (AMMR Art 25(2)).",
        "Le mineur non accompagné a un membre de la famille, un frère ou une sœur présent "
        "légalement en {state} ({members}) : {state} est responsable, sauf s'il est démontré "
        "que ce n'est pas dans l'intérêt supérieur de l'enfant (art. 25, § 2, du RGAM).",
    ),
    "ammr.art25.shown_not_best_interests": (
        "A caseworker found that examination in {state} is not in the child's best interests.",
        "Un agent a estimé que l'examen en {state} n'est pas dans l'intérêt supérieur de l'enfant.",
    ),
    "ammr.art25.3.none": (
        "No adult relative (aunt, uncle, grandparent) of the minor is recorded.",
        "Aucun proche adulte (oncle, tante, grand-parent) du mineur n'est enregistré.",
    ),
    "ammr.art25.3.none_usable": (
        "No relative of the minor is legally present and able to take care of the minor.",
        "Aucun proche du mineur n'est présent légalement et en mesure de s'occuper de lui.",
    ),
    "ammr.art25.3.pending": (
        "Whether a relative can take care of the minor must be decided.",
        "Il reste à décider si un proche peut s'occuper du mineur.",
    ),
    "ammr.art25.3.cannot_take_care": (
        "A caseworker found that the relative {member} cannot take care of the minor.",
        "Un agent a estimé que le proche {member} ne peut pas s'occuper du mineur.",
    ),
    "ammr.art25.3.applies": (
        "A relative legally present in {state} ({members}) can take care of the minor: {state} "
        "unites the minor with the relative and is responsible, unless it is shown that this "
        "is not in the child's best interests (AMMR Art 25(3)).",
        "Un proche présent légalement en {state} ({members}) peut s'occuper du mineur : {state} "
        "réunit le mineur et ce proche et est responsable, sauf s'il est démontré que ce n'est "
        "pas dans l'intérêt supérieur de l'enfant (art. 25, § 3, du RGAM).",
    ),
    "ammr.art25.4.several": (
        "Family members, siblings or relatives are in several Member States ({states}): the "
        "child's best interests decide (AMMR Art 25(4)).",
        "Des membres de la famille, frères, sœurs ou proches se trouvent dans plusieurs États "
        "membres ({states}) : l'intérêt supérieur de l'enfant décide (art. 25, § 4, du RGAM).",
    ),
    "ammr.art25.4.chosen": (
        "Of the Member States where the minor has family ({states}), a caseworker found {state} "
        "in the child's best interests: {state} is responsible (AMMR Art 25(4)).",
        "Parmi les États membres où le mineur a de la famille ({states}), un agent a retenu "
        "{state} comme conforme à l'intérêt supérieur de l'enfant : {state} est responsable "
        "(art. 25, § 4, du RGAM).",
    ),
    "ammr.art25.5.awaiting": (
        "With no family member, sibling or relative, {state}, where the minor's application "
        "was first registered, is responsible if this is in line with the child's best "
        "interests (AMMR Art 25(5)).",
        "En l'absence de membre de la famille, de frère, de sœur ou de proche, {state}, où la "
        "demande du mineur a été enregistrée pour la première fois, est responsable si cela est "
        "conforme à l'intérêt supérieur de l'enfant (art. 25, § 5, du RGAM).",
    ),
    "ammr.art25.5.applies": (
        "No family member, sibling or relative can receive the minor: {state}, where the "
        "minor's application was first registered ({date}), is responsible, in line with the "
        "child's best interests (AMMR Art 25(5)).",
        "Aucun membre de la famille, frère, sœur ou proche ne peut accueillir le mineur : "
        "{state}, où sa demande a été enregistrée pour la première fois ({date}), est "
        "responsable, conformément à l'intérêt supérieur de l'enfant (art. 25, § 5, du RGAM).",
    ),
    "ammr.art25.5.kept_here": (
        "Examination in {first}, where the minor's application was first registered, is not in "
        "line with the child's best interests: {state}, where the minor is and which does not "
        "transfer him or her, is responsible (AMMR Art 25(5) and Art 37(1)).",
        "L'examen en {first}, où la demande du mineur a été enregistrée pour la première fois, "
        "n'est pas conforme à l'intérêt supérieur de l'enfant : {state}, où se trouve le mineur "
        "et qui ne le transfère pas, est responsable (art. 25, § 5, et art. 37, § 1, du RGAM).",
    ),
    # --- Art 2(8) and family criteria ------------------------------------------------------
    "ammr.family.not_in_member_state": (
        "{member} is in {state}, which did not apply the Regulation on {date}.",
        "{member} se trouve en {state}, qui n'appliquait pas le règlement le {date}.",
    ),
    "ammr.family.arrived_after_t0": (
        "{member} has been present only since {date}, after the first registration "
        "(AMMR Art 24(2)).",
        "{member} n'est présent que depuis le {date}, après le premier enregistrement "
        "(art. 24, § 2, du RGAM).",
    ),
    "ammr.family.not_family_member": (
        "{member} ({relation}) is not a family member within the meaning of AMMR Art 2(8), or "
        "the family did not exist before arrival on the territory of the Member States.",
        "{member} ({relation}) n'est pas un membre de la famille au sens de l'article 2, "
        "point 8), du RGAM, ou la famille n'existait pas avant l'arrivée sur le territoire des "
        "États membres.",
    ),
    "ammr.family.no_written_consent": (
        "The persons concerned ({member} and the applicant) have not both expressed their "
        "desire in writing.",
        "Les personnes concernées ({member} et le demandeur) n'ont pas toutes deux exprimé "
        "leur souhait par écrit.",
    ),
    "ammr.family.pending": (
        "Art {article} depends on the open questions.",
        "L'article {article} dépend des questions ouvertes.",
    ),
    "ammr.family.none_usable": (
        "No family member meets all the conditions of Art {article}.",
        "Aucun membre de la famille ne remplit toutes les conditions de l'article {article}.",
    ),
    "ammr.family.several": (
        "Family members meeting the criterion are in several Member States ({states}).",
        "Des membres de la famille remplissant le critère se trouvent dans plusieurs États "
        "membres ({states}).",
    ),
    "ammr.warning.late_evidence": (
        "The evidence about {member} was produced on {date}, after the first registration. "
        "Evidence given after the personal interview, or after the date set then, counts only "
        "if it is decisive, in particular for minors and family unity (AMMR Arts 17(3), "
        "18(2)); there is no Dublin III Art 7(3) rule. Check when it was submitted.",
        "Les éléments concernant {member} ont été produits le {date}, après le premier "
        "enregistrement. Les éléments fournis après l'entretien individuel, ou après la date "
        "fixée lors de celui-ci, ne sont pris en compte que s'ils sont déterminants, notamment "
        "pour les mineurs et l'unité familiale (art. 17, § 3, et art. 18, § 2, du RGAM) ; la "
        "règle de l'article 7, § 3, de Dublin III n'existe plus. Vérifier la date de leur "
        "présentation.",
    ),
    "ammr.art26.none": (
        "No family member is a beneficiary of international protection, a long-term resident "
        "or a former beneficiary naturalised in a Member State.",
        "Aucun membre de la famille n'est bénéficiaire d'une protection internationale, "
        "résident de longue durée ou ancien bénéficiaire naturalisé dans un État membre.",
    ),
    "ammr.art26.1.applies": (
        "A family member ({members}) resides in {state} as a beneficiary of international "
        "protection or on a long-term residence permit, and the persons concerned wish it in "
        "writing: {state} is responsible (AMMR Art 26(1)).",
        "Un membre de la famille ({members}) réside en {state} en qualité de bénéficiaire d'une "
        "protection internationale ou sous couvert d'un permis de séjour de résident de longue "
        "durée, et les personnes concernées l'ont souhaité par écrit : {state} est responsable "
        "(art. 26, § 1, du RGAM).",
    ),
    "ammr.art26.2.applies": (
        "A family member ({members}) was a beneficiary of international protection in {state} "
        "and has since become its citizen, and the persons concerned wish it in writing: "
        "{state} is responsible (AMMR Art 26(2)).",
        "Un membre de la famille ({members}) a été bénéficiaire d'une protection internationale "
        "en {state} et en a depuis acquis la nationalité, et les personnes concernées l'ont "
        "souhaité par écrit : {state} est responsable (art. 26, § 2, du RGAM).",
    ),
    "ammr.art27.none": (
        "No family member is an applicant for international protection.",
        "Aucun membre de la famille n'est demandeur de protection internationale.",
    ),
    "ammr.art27.applies": (
        "A family member ({members}) applied in {state} and no first decision on the substance "
        "has been taken; the persons concerned wish it in writing: {state} is responsible "
        "(AMMR Art 27). A family formed before arrival, even in transit, counts (Art 2(8)).",
        "Un membre de la famille ({members}) a présenté une demande en {state} qui n'a pas "
        "encore fait l'objet d'une première décision sur le fond ; les personnes concernées "
        "l'ont souhaité par écrit : {state} est responsable (art. 27 du RGAM). Une famille "
        "constituée avant l'arrivée, même pendant le transit, est prise en compte "
        "(art. 2, point 8)).",
    ),
    "ammr.art27.already_decided": (
        "The application of {member} has already had a first decision on the substance.",
        "La demande de {member} a déjà fait l'objet d'une première décision sur le fond.",
    ),
    "ammr.art28.none": (
        "No family members or minor unmarried siblings registered applications together with "
        "the applicant in the same Member State.",
        "Aucun membre de la famille ni frère ou sœur mineur non marié n'a vu sa demande "
        "enregistrée avec celle du demandeur dans le même État membre.",
    ),
    "ammr.art28.question": (
        "Family members ({members}) applied in the same Member State; Art 28 applies only if "
        "applying the criteria to each of them would separate them.",
        "Des membres de la famille ({members}) ont présenté une demande dans le même État "
        "membre ; l'article 28 ne s'applique que si l'application des critères à chacun "
        "d'eux les séparerait.",
    ),
    "ammr.art28.not_separated": (
        "The criteria do not separate the family members ({members}).",
        "Les critères ne séparent pas les membres de la famille ({members}).",
    ),
    "ammr.art28.pending": (
        "The State responsible for the family group must be given.",
        "L'État responsable du groupe familial doit être indiqué.",
    ),
    "ammr.art28.applies": (
        "Family procedure: {state} is responsible for the largest number of the family "
        "members, or for the oldest of them (AMMR Art 28).",
        "Procédure familiale : {state} est responsable du plus grand nombre des membres de la "
        "famille, ou du plus âgé d'entre eux (art. 28 du RGAM).",
    ),
    # --- Art 29: residence documents and visas ---------------------------------------------
    "ammr.art29.none": (
        "No residence document or visa is recorded.",
        "Aucun titre de séjour ni visa n'est enregistré.",
    ),
    "ammr.art29.excluded_permit": (
        "{doc} was issued during a {during} procedure: it is not a residence document "
        "(AMMR Art 2(13)).",
        "{doc} a été délivré pendant une procédure ({during}) : ce n'est pas un titre de séjour "
        "(art. 2, point 13), du RGAM).",
    ),
    "ammr.art29.fraud_after_issue": (
        "{state} established that the fraud behind {doc} came after it was issued "
        "(AMMR Art 29(5)).",
        "{state} a démontré que la fraude concernant {doc} est postérieure à sa délivrance "
        "(art. 29, § 5, du RGAM).",
    ),
    "ammr.art29.applies": (
        "When the application was first registered ({date}), the applicant held a valid {kind} "
        "issued by {issuer} (valid until {valid_until}): {state} is responsible (AMMR Art 29).",
        "Lors du premier enregistrement de la demande ({date}), le demandeur détenait un "
        "document en cours de validité ({kind}) délivré par {issuer} (valable jusqu'au "
        "{valid_until}) : {state} est responsable (art. 29 du RGAM).",
    ),
    "ammr.art29.applies_represented": (
        "When the application was first registered ({date}), the applicant held a valid visa "
        "issued by {issuer} on behalf of {state} (valid until {valid_until}): the represented "
        "State, {state}, is responsible (AMMR Art 29(2)).",
        "Lors du premier enregistrement de la demande ({date}), le demandeur détenait un visa "
        "en cours de validité délivré par {issuer} pour le compte de {state} (valable jusqu'au "
        "{valid_until}) : l'État représenté, {state}, est responsable (art. 29, § 2, du RGAM).",
    ),
    "ammr.art29.applies_expired": (
        "The {kind} issued by {issuer} ended on {valid_until}, less than three years "
        "(residence document) or 18 months (visa) before the registration on {date}: {state} "
        "is responsible (AMMR Art 29(4)). Unlike Dublin III, it does not matter whether the "
        "applicant left the territory since.",
        "Le document ({kind}) délivré par {issuer} a pris fin le {valid_until}, moins de trois "
        "ans (titre de séjour) ou 18 mois (visa) avant l'enregistrement du {date} : {state} est "
        "responsable (art. 29, § 4, du RGAM). Contrairement à Dublin III, peu importe que le "
        "demandeur ait quitté le territoire depuis.",
    ),
    "ammr.art29.expired_too_long": (
        "Every residence document or visa ended three years (residence document) or 18 "
        "months (visa) or more before the registration on {date}: Art 29 does not apply "
        "(AMMR Art 29(4)).",
        "Tous les titres de séjour ou visas ont pris fin trois ans (titre de séjour) ou 18 mois "
        "(visa) ou plus avant l'enregistrement du {date} : l'article 29 ne s'applique pas "
        "(art. 29, § 4, du RGAM).",
    ),
    "ammr.art29.false_identity_still_counts": (
        "The document was issued on a false or assumed identity or on forged, counterfeit or "
        "invalid papers; it still designates {state}, which has not established that the "
        "fraud came after issue (AMMR Art 29(5)).",
        "Le document a été délivré sur la base d'une identité fausse ou usurpée ou de documents "
        "falsifiés, contrefaits ou invalides ; il désigne néanmoins {state}, qui n'a pas "
        "démontré que la fraude est postérieure à la délivrance (art. 29, § 5, du RGAM).",
    ),
    # --- Art 30: diplomas or qualifications ------------------------------------------------
    "ammr.art30.none": (
        "No diploma or qualification obtained in a Member State is recorded.",
        "Aucun diplôme ou qualification obtenu dans un État membre n'est enregistré.",
    ),
    "ammr.art30.not_qualifying": (
        "{diploma}, issued in {state}, is not a diploma or qualification within the meaning of "
        "AMMR Art 2(15): it needs at least one academic year of study in a recognised programme "
        "of ISCED level 2 or above, in a recognised education establishment, not by distance "
        "learning.",
        "{diploma}, délivré en {state}, n'est pas un diplôme ou une qualification au sens de "
        "l'article 2, point 15), du RGAM : il faut au moins une année universitaire d'études "
        "dans un programme reconnu de niveau 2 de la CITE au moins, dans un établissement "
        "d'enseignement reconnu, hors enseignement à distance.",
    ),
    "ammr.art30.too_old": (
        "{diploma}, issued in {state} on {issued}, was issued six years or more before the "
        "registration on {date} (AMMR Art 30(1)).",
        "{diploma}, délivré en {state} le {issued}, l'a été six ans ou plus avant "
        "l'enregistrement du {date} (art. 30, § 1, du RGAM).",
    ),
    "ammr.art30.applies": (
        "The applicant holds a diploma or qualification issued in {state} on {issued} after "
        "{months} months of study, less than six years before the registration on {date}: "
        "{state} is responsible (AMMR Art 30(1)).",
        "Le demandeur détient un diplôme ou une qualification délivré en {state} le {issued} "
        "après {months} mois d'études, moins de six ans avant l'enregistrement du {date} : "
        "{state} est responsable (art. 30, § 1, du RGAM).",
    ),
    "ammr.art30.applies_several": (
        "The applicant holds diplomas or qualifications from several Member States: the one "
        "obtained after the longest period of study ({months} months), or the most recent, was "
        "issued in {state} on {issued}, less than six years before the registration on {date}: "
        "{state} is responsible (AMMR Art 30(2)).",
        "Le demandeur détient des diplômes ou qualifications de plusieurs États membres : celui "
        "obtenu à l'issue de la plus longue période d'études ({months} mois), ou le plus "
        "récent, a été délivré en {state} le {issued}, moins de six ans avant l'enregistrement "
        "du {date} : {state} est responsable (art. 30, § 2, du RGAM).",
    ),
    "ammr.warning.art30_tie": (
        "Diplomas or qualifications from {states} were obtained after equally long studies on "
        "the same date: Art 30(2) does not say which State is responsible. A person decides.",
        "Des diplômes ou qualifications de {states} ont été obtenus après des périodes d'études "
        "de même durée et à la même date : l'article 30, § 2, ne désigne pas l'État "
        "responsable. Une personne décide.",
    ),
    # --- Arts 31-33: entry -----------------------------------------------------------------
    "ammr.art31.none": (
        "No entry into a Member State where the applicant is exempt from the visa requirement "
        "is recorded.",
        "Aucune entrée dans un État membre où le demandeur est exempté de l'obligation de visa "
        "n'est enregistrée.",
    ),
    "ammr.art31.pending": (
        "Whether the applicant is also exempt from the visa requirement in {state}, where the "
        "application was registered, must be settled (AMMR Art 31(2)).",
        "Il faut établir si le demandeur est également exempté de l'obligation de visa en "
        "{state}, où la demande a été enregistrée (art. 31, § 2, du RGAM).",
    ),
    "ammr.art31.1.applies": (
        "The applicant entered the territory of the Member States through {state} on {date}, "
        "exempt from the visa requirement there: {state} is responsible (AMMR Art 31(1)).",
        "Le demandeur est entré sur le territoire des États membres par {state} le {date}, en "
        "y étant exempté de l'obligation de visa : {state} est responsable (art. 31, § 1, du "
        "RGAM).",
    ),
    "ammr.art31.2.applies": (
        "The application was registered in {state}, which also exempts the applicant from the "
        "visa requirement: {state} is responsible, not {entered} (AMMR Art 31(2)).",
        "La demande a été enregistrée en {state}, qui exempte également le demandeur de "
        "l'obligation de visa : {state} est responsable, et non {entered} (art. 31, § 2, du "
        "RGAM).",
    ),
    "ammr.art32.none": (
        "The application was not made in the international transit area of an airport.",
        "La demande n'a pas été présentée dans la zone de transit international d'un aéroport.",
    ),
    "ammr.art32.applies": (
        "The application was made in the international transit area of an airport of {state}: "
        "{state} is responsible (AMMR Art 32).",
        "La demande a été présentée dans la zone de transit international d'un aéroport de "
        "{state} : {state} est responsable (art. 32 du RGAM).",
    ),
    "ammr.art33.2.none": (
        "No disembarkation following a search and rescue operation is recorded.",
        "Aucun débarquement à la suite d'une opération de recherche et de sauvetage n'est "
        "enregistré.",
    ),
    "ammr.art33.2.applies": (
        "The applicant was disembarked in {state} on {landed} following a search and rescue "
        "operation, and the application was registered on {date}, within 12 months (until "
        "{end}): {state} is responsible, notwithstanding Art 33(1) (AMMR Art 33(2)).",
        "Le demandeur a été débarqué en {state} le {landed} à la suite d'une opération de "
        "recherche et de sauvetage, et la demande a été enregistrée le {date}, dans les 12 mois "
        "(jusqu'au {end}) : {state} est responsable, par dérogation à l'article 33, § 1 "
        "(art. 33, § 2, du RGAM).",
    ),
    "ammr.art33.2.expired": (
        "The disembarkation in {state} on {landed} after a search and rescue operation no "
        "longer counts: the application was registered on {date}, more than 12 months later "
        "(end {end}) (AMMR Art 33(2)).",
        "Le débarquement en {state} le {landed} à la suite d'une opération de recherche et de "
        "sauvetage n'est plus pris en compte : la demande a été enregistrée le {date}, plus de "
        "12 mois après (fin le {end}) (art. 33, § 2, du RGAM).",
    ),
    "ammr.art33.1.none": (
        "No irregular crossing of a Member State's border from a third country is recorded.",
        "Aucun franchissement irrégulier de la frontière d'un État membre en provenance d'un "
        "pays tiers n'est enregistré.",
    ),
    "ammr.art33.1.applies": (
        "The applicant irregularly crossed the border into {state}, the first Member State "
        "entered, on {crossed}, and the application was registered on {date}, within 20 months "
        "(until {end}): {state} is responsible (AMMR Art 33(1); 12 months under Dublin III).",
        "Le demandeur a franchi irrégulièrement la frontière de {state}, premier État membre "
        "dans lequel il est entré, le {crossed}, et la demande a été enregistrée le {date}, "
        "dans les 20 mois (jusqu'au {end}) : {state} est responsable (art. 33, § 1, du RGAM ; "
        "12 mois sous Dublin III).",
    ),
    "ammr.art33.1.expired": (
        "The irregular crossing into {state} on {crossed} no longer counts: the application "
        "was registered on {date}, more than 20 months later (end {end}) (AMMR Art 33(1)).",
        "Le franchissement irrégulier de la frontière de {state} le {crossed} n'est plus pris "
        "en compte : la demande a été enregistrée le {date}, plus de 20 mois après (fin le "
        "{end}) (art. 33, § 1, du RGAM).",
    ),
    "ammr.warning.art33_rollover": (
        "The Art 33 period after the entry into {state} ended on {end}, a Saturday, Sunday or "
        "public holiday; if Art 75(d) applies to it, it ran until {extended} and the criterion "
        "would still apply. A person decides.",
        "Le délai de l'article 33 suivant l'entrée en {state} a pris fin le {end}, un samedi, "
        "un dimanche ou un jour férié ; si l'article 75, point d), s'y applique, il courait "
        "jusqu'au {extended} et le critère s'appliquerait encore. Une personne décide.",
    ),
    # --- Art 34: dependent persons ---------------------------------------------------------
    "ammr.art34.relation": (
        "Dependency on {member} ({relation}) is outside AMMR Art 34(1), which covers a child, "
        "sibling or parent only.",
        "La dépendance à l'égard de {member} ({relation}) ne relève pas de l'article 34, § 1, "
        "du RGAM, limité à l'enfant, au frère ou à la sœur et au père ou à la mère.",
    ),
    "ammr.art34.no_consent": (
        "The persons concerned have not expressed their desire in writing ({member}).",
        "Les personnes concernées n'ont pas exprimé leur souhait par écrit ({member}).",
    ),
    "ammr.art34.conditions": (
        "The conditions of AMMR Art 34 are not met for {member} (family ties before the "
        "applicant arrived on the territory of the Member States, legal residence).",
        "Les conditions de l'article 34 du RGAM ne sont pas remplies pour {member} (liens "
        "familiaux antérieurs à l'arrivée du demandeur sur le territoire des États membres, "
        "résidence légale).",
    ),
    "ammr.art34.pending": (
        "The dependency on or of {member} must be assessed.",
        "La dépendance à l'égard de {member}, ou de celui-ci, doit être appréciée.",
    ),
    "ammr.art34.no_dependency": (
        "A caseworker found no dependency with {member} within the meaning of AMMR Art 34.",
        "Un agent n'a pas retenu de dépendance avec {member} au sens de l'article 34 du RGAM.",
    ),
    "ammr.art34.applies": (
        "Dependency with {member}, who is legally resident in {state}: they are kept or brought "
        "together, and {state} is responsible (AMMR Art 34).",
        "Dépendance avec {member}, qui réside légalement en {state} : ils sont maintenus ou "
        "rapprochés, et {state} est responsable (art. 34 du RGAM).",
    ),
    "ammr.art34.unable_to_travel": (
        "The applicant's health prevents travel to the State of {member} for a significant "
        "period: {state}, where the applicant is, is responsible (AMMR Art 34(2)).",
        "L'état de santé du demandeur l'empêche de se rendre dans l'État de {member} pendant "
        "une période significative : {state}, où il se trouve, est responsable (art. 34, § 2, "
        "du RGAM).",
    ),
    # --- Art 35: discretionary clause ------------------------------------------------------
    "ammr.art35.1.applies": (
        "{state} decided to examine the application itself (discretionary clause): {state} is "
        "responsible (AMMR Arts 35(1) and 37(1)).",
        "{state} a décidé d'examiner lui-même la demande (clause discrétionnaire) : {state} est "
        "responsable (art. 35, § 1, et art. 37, § 1, du RGAM).",
    ),
    # --- time limits -----------------------------------------------------------------------
    "ammr.time_limits.notification_no_shift": (
        "The take back notification was not made in time; unlike Dublin III, this does not "
        "shift responsibility: {state} remains bound to take the applicant back (AMMR "
        "Art 41(1)).",
        "La notification aux fins de reprise en charge n'a pas été faite dans le délai ; "
        "contrairement à Dublin III, la responsabilité n'est pas transférée : {state} reste "
        "tenu de reprendre en charge le demandeur (art. 41, § 1, du RGAM).",
    ),
    "ammr.warning.acceptance_differs": (
        "{state} accepted responsibility, but the criteria designate {proposed}: in a take "
        "charge case an appeal against the transfer decision may rely on Arts 25 to 28 and 34 "
        "(AMMR Art 43(1)).",
        "{state} a accepté la responsabilité, mais les critères désignent {proposed} : dans une "
        "procédure de prise en charge, le recours contre la décision de transfert peut invoquer "
        "les articles 25 à 28 et 34 (art. 43, § 1, du RGAM).",
    ),
    # --- questions -------------------------------------------------------------------------
    "ammr.q.h1.presumed": (
        "Is examination in {state}, with {members}, in the child's best interests? Art 25 "
        "presumes it is unless the contrary is shown: answer 'no' only if it is shown not to "
        "be. Consider family reunification, well-being and social development, safety (risk "
        "of trafficking), the child's views and the representative's information "
        "(AMMR Art 23(4)).",
        "L'examen en {state}, avec {members}, est-il dans l'intérêt supérieur de l'enfant ? "
        "L'article 25 le présume sauf démonstration contraire : répondre « non » uniquement "
        "s'il est démontré que ce n'est pas le cas. Tenir compte des possibilités de "
        "regroupement familial, du bien-être et du développement social, de la sûreté (risque "
        "de traite), de l'avis de l'enfant et des informations du représentant (art. 23, § 4, "
        "du RGAM).",
    ),
    "ammr.q.h1.choose": (
        "The minor has family members, siblings or relatives in several Member States "
        "({states}): which State is in the child's best interests (AMMR Art 25(4))?",
        "Le mineur a des membres de la famille, frères, sœurs ou proches dans plusieurs États "
        "membres ({states}) : quel État correspond à l'intérêt supérieur de l'enfant (art. 25, "
        "§ 4, du RGAM) ?",
    ),
    "ammr.q.h1.art25_5": (
        "Is it in line with the child's best interests that {state}, where the minor's "
        "application was first registered, examines it (AMMR Art 25(5))?",
        "Est-il conforme à l'intérêt supérieur de l'enfant que {state}, où sa demande a été "
        "enregistrée pour la première fois, l'examine (art. 25, § 5, du RGAM) ?",
    ),
    "ammr.q.h2": (
        "After an individual examination, can the relative {member} in {state} take care of "
        "the minor (AMMR Art 25(3))?",
        "Après un examen individuel, le proche {member} en {state} peut-il s'occuper du mineur "
        "(art. 25, § 3, du RGAM) ?",
    ),
    "ammr.q.h3": (
        "Is there dependency ({ground}; dependent: {dependent}) with {member}, legally resident "
        "in {state}, and can the carer actually take care of the dependent person "
        "(AMMR Art 34(1))?",
        "Y a-t-il dépendance ({ground} ; personne à charge : {dependent}) avec {member}, qui "
        "réside légalement en {state}, et l'aidant peut-il effectivement s'occuper de la "
        "personne à charge (art. 34, § 1, du RGAM) ?",
    ),
    "ammr.q.h3.same_state": (
        "Is there dependency ({ground}; dependent: {dependent}) with {member}, legally resident "
        "in {state}, where the dependent person is? {state} must first check that the carer "
        "can take care of the dependent person, before any take charge request "
        "(AMMR Art 34(1), 2nd subpara).",
        "Y a-t-il dépendance ({ground} ; personne à charge : {dependent}) avec {member}, qui "
        "réside légalement en {state}, où se trouve la personne à charge ? {state} vérifie "
        "d'abord que l'aidant peut s'occuper de la personne à charge, avant toute requête aux "
        "fins de prise en charge (art. 34, § 1, deuxième alinéa, du RGAM).",
    ),
    "ammr.q.h4": (
        "Does {state} decide to examine the application itself, although not responsible "
        "under the criteria (discretionary clause, AMMR Art 35(1))?",
        "{state} décide-t-il d'examiner lui-même la demande, bien qu'il ne soit pas responsable "
        "en application des critères (clause discrétionnaire, art. 35, § 1, du RGAM) ?",
    ),
    "ammr.q.h5": (
        "Are there substantial grounds to believe that a transfer to {state} would expose the "
        "applicant to a real risk of inhuman or degrading treatment (Charter Art 4; AMMR "
        "Art 16(3))?",
        "Existe-t-il des motifs sérieux de croire qu'un transfert vers {state} exposerait le "
        "demandeur à un risque réel de traitement inhumain ou dégradant (art. 4 de la Charte ; "
        "art. 16, § 3, du RGAM) ?",
    ),
    "ammr.minority.reference_date": (
        "Minority is judged on {date}, when the application was first registered: the "
        "criteria apply to the situation on that date (AMMR Art 24(2)); Art 2(10) itself fixes "
        "no date. The applicant was {age} years old on that date.",
        "La minorité s'apprécie au {date}, date du premier enregistrement de la demande : les "
        "critères s'appliquent à la situation à cette date (art. 24, § 2, du RGAM) ; l'article "
        "2, point 10), ne fixe lui-même aucune date. Le demandeur avait alors {age} ans.",
    ),
    "ammr.minority.reference_date_unknown_age": (
        "Minority is judged on {date}, when the application was first registered: the "
        "criteria apply to the situation on that date (AMMR Art 24(2)); Art 2(10) itself fixes "
        "no date. No date of birth or age assessment is recorded.",
        "La minorité s'apprécie au {date}, date du premier enregistrement de la demande : les "
        "critères s'appliquent à la situation à cette date (art. 24, § 2, du RGAM) ; l'article "
        "2, point 10), ne fixe lui-même aucune date. Aucune date de naissance ni évaluation de "
        "l'âge n'est enregistrée.",
    ),
    "ammr.q.h6.minor": (
        "The age assessment puts the applicant between {low} and {high} years old on {date}, "
        "the first registration: was the applicant a minor (AMMR Art 2(10))?",
        "L'évaluation de l'âge situe le demandeur entre {low} et {high} ans au {date}, date du "
        "premier enregistrement : le demandeur était-il mineur (art. 2, point 10), du RGAM) ?",
    ),
    "ammr.q.h6.age_unknown": (
        "Neither a date of birth nor an age assessment is recorded: was the applicant a minor "
        "(under 18) on {date}, the first registration (AMMR Art 2(10), Art 24(2))?",
        "Ni date de naissance ni évaluation de l'âge ne sont enregistrées : le demandeur "
        "était-il mineur (moins de 18 ans) le {date}, date du premier enregistrement (art. 2, "
        "point 10), et art. 24, § 2, du RGAM) ?",
    ),
    "ammr.q.h6.unaccompanied": (
        "Did the minor arrive without the adult responsible for him or her, or was he or she "
        "left alone after entry, and is he or she not effectively in such an adult's care "
        "(AMMR Art 2(11))?",
        "Le mineur est-il arrivé sans l'adulte qui est responsable de lui, ou a-t-il été laissé "
        "seul après son entrée, et n'est-il pas effectivement pris en charge par un tel adulte "
        "(art. 2, point 11), du RGAM) ?",
    ),
    "ammr.q.h7": (
        "{member} is in {state} with the status '{status}': does that make him or her "
        "{word} within the meaning of the AMMR?",
        "{member} se trouve en {state} avec le statut « {status} » : est-ce une présence ou "
        "résidence légale (« {word} ») au sens du RGAM ?",
    ),
    "ammr.q.h8": (
        "Has a first decision on the substance been taken on the application of {member} in "
        "{state} (AMMR Art 27)?",
        "Une première décision sur le fond a-t-elle été prise sur la demande de {member} en "
        "{state} (art. 27 du RGAM) ?",
    ),
    "ammr.q.h10.crossing": (
        "Several irregular crossings are known ({crossings}) and they lead to different "
        "results. Art 33(1) designates the first Member State entered ({first}, used until "
        "answered): which crossing counts?",
        "Plusieurs franchissements irréguliers sont connus ({crossings}) et conduisent à des "
        "résultats différents. L'article 33, § 1, désigne le premier État membre dans lequel "
        "le demandeur est entré ({first}, retenu en l'absence de réponse) : quel franchissement "
        "compte ?",
    ),
    "ammr.q.h12.arrival": (
        "Did the family with {member} ({relation}) already exist before the applicant or "
        "{member} arrived on the territory of the Member States? A family formed in transit "
        "counts (AMMR Art 2(8)).",
        "La famille avec {member} ({relation}) existait-elle déjà avant que le demandeur ou "
        "{member} n'arrive sur le territoire des États membres ? Une famille constituée pendant "
        "le transit est prise en compte (art. 2, point 8), du RGAM).",
    ),
    "ammr.q.h12.partner": (
        "Is the relationship with {member} a stable unmarried partnership, and does {state} "
        "treat unmarried couples in a way comparable to married couples in its law on "
        "third-country nationals (AMMR Art 2(8)(a))?",
        "La relation avec {member} est-elle une relation stable hors mariage, et {state} "
        "traite-t-il les couples non mariés de manière comparable aux couples mariés dans son "
        "droit applicable aux ressortissants de pays tiers (art. 2, point 8) a), du RGAM) ?",
    ),
    "ammr.q.family.choose": (
        "Family members meeting the criterion of Art {article} are in several Member States "
        "({states}): which State is designated?",
        "Des membres de la famille remplissant le critère de l'article {article} se trouvent "
        "dans plusieurs États membres ({states}) : quel État est désigné ?",
    ),
    "ammr.q.art28": (
        "Family members ({members}) applied in {state} together with the applicant: would "
        "applying the criteria to each of them separately split the family (AMMR Art 28)?",
        "Des membres de la famille ({members}) ont présenté une demande en {state} en même "
        "temps que le demandeur : l'application des critères à chacun d'eux séparerait-elle la "
        "famille (art. 28 du RGAM) ?",
    ),
    "ammr.q.art28.state": (
        "Which Member State do the criteria designate for the largest number of the family "
        "members (or, failing that, for the oldest of them) (AMMR Art 28)?",
        "Quel État membre les critères désignent-ils pour le plus grand nombre des membres de "
        "la famille (ou, à défaut, pour le plus âgé d'entre eux) (art. 28 du RGAM) ?",
    ),
    "ammr.q.art31_2": (
        "Is the applicant also exempt from the visa requirement for entry into {state}, where "
        "the application was registered (AMMR Art 31(2))?",
        "Le demandeur est-il également exempté de l'obligation de visa pour l'entrée en "
        "{state}, où la demande a été enregistrée (art. 31, § 2, du RGAM) ?",
    ),
    "ammr.q.art38_4": (
        "The earlier application in {state} is recorded as pending with no decision: had "
        "{state} determined that it was responsible ('responsible', AMMR Art 36(1)(b)), or was "
        "its determination still running ('determining', Art 38(4))? Both designate {state}; "
        "the notification cites the right basis.",
        "La demande antérieure en {state} est enregistrée comme pendante, sans décision : "
        "{state} s'était-il déclaré responsable (« responsible », art. 36, § 1, point b), du "
        "RGAM), ou sa procédure de détermination était-elle encore en cours (« determining », "
        "art. 38, § 4) ? Les deux désignent {state} ; la notification cite le bon fondement.",
    ),
    "ammr.q.beneficiary_elsewhere": (
        "The applicant already has international protection in {state}: handle the new "
        "application as inadmissible under the Asylum Procedure Regulation (EU) 2024/1348 "
        "('inadmissibility'), or run an AMMR determination anyway ('ammr_determination')?",
        "Le demandeur bénéficie déjà d'une protection internationale en {state} : traiter la "
        "nouvelle demande comme irrecevable au titre du règlement (UE) 2024/1348 sur la "
        "procédure d'asile (« inadmissibility »), ou procéder malgré tout à une détermination "
        "au titre du RGAM (« ammr_determination ») ?",
    ),
}
