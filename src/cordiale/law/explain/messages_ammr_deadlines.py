"""Messages of the AMMR time-limit engine (written by cordiale.law.ammr.deadlines).

French follows the vocabulary of the French version of Regulation 2024/1351 (RGAM) and of its
implementing regulation 2025/2055: requête aux fins de prise en charge, notification aux fins
de reprise en charge, État membre requérant / requis / notifiant / notifié, décision de
transfert, résultat positif Eurodac ou VIS, mineur non accompagné, fuite, rétention.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- names of the deadlines new with the AMMR -----------------------------------------
    "deadline_name.take_back_notification": (
        "Take back notification",
        "Notification aux fins de reprise en charge",
    ),
    "deadline_name.take_back_confirmation": (
        "Confirmation of the take back notification",
        "Confirmation de la notification aux fins de reprise en charge",
    ),
    "deadline_name.transfer_decision": ("Transfer decision", "Décision de transfert"),
    # --- start events -------------------------------------------------------------------
    "ammr.deadline.start.registered": (
        "Application registered on {date} (AMMR Art 39(1); Reg 2024/1348 Art 27).",
        "Demande enregistrée le {date} (art. 39, § 1, RGAM ; art. 27 du règlement 2024/1348).",
    ),
    "ammr.deadline.start.eurodac_hit": (
        "Eurodac hit (data category {category}, recorded by {state}) received on {date}.",
        "Résultat positif Eurodac (données de catégorie {category}, enregistrées par {state}) "
        "reçu le {date}.",
    ),
    "ammr.deadline.start.vis_hit": (
        "VIS hit (visa data of {state}) received on {date}.",
        "Résultat positif du VIS (données de visa de {state}) reçu le {date}.",
    ),
    "ammr.deadline.start.registered_detained": (
        "Application registered on {date}; the person is detained since {since} (AMMR Art 45(1)).",
        "Demande enregistrée le {date} ; la personne est placée en rétention depuis le {since} "
        "(art. 45, § 1, RGAM).",
    ),
    "ammr.deadline.start.hit_detained": (
        "Eurodac hit received on {date}, no new application registered; the person is detained "
        "since {since} (AMMR Art 45(1)).",
        "Résultat positif Eurodac reçu le {date}, sans nouvelle demande enregistrée ; la "
        "personne est placée en rétention depuis le {since} (art. 45, § 1, RGAM).",
    ),
    "ammr.deadline.start.detained_after_registration": (
        "The person was detained on {date}, after the application was registered on "
        "{registered} (AMMR Art 45(1), 2nd subpara).",
        "La personne a été placée en rétention le {date}, après l'enregistrement de la demande "
        "le {registered} (art. 45, § 1, al. 2, RGAM).",
    ),
    "ammr.deadline.start.request_received": (
        "Request {request} from {from_state} received by {state} on {date}.",
        "Requête {request} de {from_state} reçue par {state} le {date}.",
    ),
    "ammr.deadline.start.notification_received": (
        "Take back notification {request} from {from_state} received by {state} on {date}.",
        "Notification aux fins de reprise en charge {request} de {from_state} reçue par "
        "{state} le {date}.",
    ),
    "ammr.deadline.start.refusal_received": (
        "Refusal of request {request} by {state} received on {date}.",
        "Refus de la requête {request} par {state} reçu le {date}.",
    ),
    "ammr.deadline.start.non_confirmation_received": (
        "Non-confirmation of take back notification {request} by {state} received on {date}.",
        "Non-confirmation de la notification aux fins de reprise en charge {request} par "
        "{state} reçue le {date}.",
    ),
    "ammr.deadline.start.acceptance": (
        "{state} accepted request {request}; the acceptance was received on {date}.",
        "{state} a accepté la requête {request} ; l'acceptation a été reçue le {date}.",
    ),
    "ammr.deadline.start.confirmation": (
        "{state} confirmed take back notification {request}; the confirmation was received on "
        "{date}.",
        "{state} a confirmé la notification aux fins de reprise en charge {request} ; la "
        "confirmation a été reçue le {date}.",
    ),
    "ammr.deadline.start.tacit_acceptance": (
        "{state} did not object to request {request} with substantiated reasons by {due}: the "
        "request is deemed accepted (AMMR Art 40(8)).",
        "{state} ne s'est pas opposé à la requête {request} par une réponse dûment motivée au "
        "plus tard le {due} : la requête est réputée acceptée (art. 40, § 8, RGAM).",
    ),
    "ammr.deadline.start.tacit_acceptance_detention": (
        "{state} did not reply within one week, by {due}, to request {request} made while the "
        "person was detained: the request is deemed accepted (AMMR Art 45(2)).",
        "{state} n'a pas répondu dans la semaine, au plus tard le {due}, à la requête "
        "{request} présentée alors que la personne était en rétention : la requête est réputée "
        "acceptée (art. 45, § 2, RGAM).",
    ),
    "ammr.deadline.start.tacit_confirmation": (
        "{state} did not react to take back notification {request} by {due}: receipt is deemed "
        "confirmed (AMMR Art 41(4)).",
        "{state} n'a pas réagi à la notification aux fins de reprise en charge {request} au "
        "plus tard le {due} : la réception est réputée confirmée (art. 41, § 4, RGAM).",
    ),
    "ammr.deadline.start.appeal_decided": (
        "Final decision on {date} on the appeal lodged on {lodged}, which had suspensive "
        "effect: the transfer period runs from that decision (AMMR Arts 43(3), 46(1)).",
        "Décision définitive du {date} sur le recours formé le {lodged}, qui avait un effet "
        "suspensif : le délai de transfert court à compter de cette décision (art. 43, § 3, et "
        "46, § 1, RGAM).",
    ),
    "ammr.deadline.start.absconding_notice": (
        "On {date}, {state} was informed that the person absconded: the transfer period is "
        "extended up to three years from that date (AMMR Art 46(2)).",
        "Le {date}, {state} a été informé de la fuite de la personne : le délai de transfert "
        "est prolongé jusqu'à trois ans au maximum à compter de cette date (art. 46, § 2, RGAM).",
    ),
    "ammr.deadline.start.reappearance": (
        "The person became available to the authorities again on {date} (AMMR Art 46(2), 2nd "
        "subpara).",
        "La personne est de nouveau à la disposition des autorités depuis le {date} (art. 46, "
        "§ 2, al. 2, RGAM).",
    ),
    # --- consequences of expiry ---------------------------------------------------------
    "ammr.deadline.consequence.take_charge_request": (
        "If no take charge request is made by then, {state}, where the application was "
        "registered, becomes responsible and records it in Eurodac (AMMR Art 39(1), 3rd "
        "subpara; Art 38(3)(d)); the applicant can rely on it (C-670/16 Mengesteab, by analogy).",
        "À défaut de requête aux fins de prise en charge dans ce délai, {state}, où la demande "
        "a été enregistrée, devient responsable et l'indique dans Eurodac (art. 39, § 1, al. 3, "
        "et art. 38, § 3, point d, RGAM) ; le demandeur peut s'en prévaloir (CJUE, C-670/16, "
        "Mengesteab, par analogie).",
    ),
    "ammr.deadline.consequence.take_charge_request_uam": (
        "The applicant is an unaccompanied minor: this time limit does not bind. Until a first "
        "decision on the substance, the determining Member State may still request another "
        "Member State to take charge where this is in the best interests of the child, in "
        "particular under Arts 26, 27 or 34; otherwise the application stays with {state}, "
        "where it was registered (AMMR Art 39(1), 4th subpara).",
        "Le demandeur est un mineur non accompagné : ce délai ne lie pas. Jusqu'à une première "
        "décision sur le fond, l'État membre qui procède à la détermination peut encore "
        "requérir la prise en charge par un autre État membre si l'intérêt supérieur de "
        "l'enfant le commande, en particulier sur le fondement des art. 26, 27 ou 34 ; à "
        "défaut, la demande reste à {state}, où elle a été enregistrée (art. 39, § 1, al. 4, "
        "RGAM).",
    ),
    "ammr.deadline.consequence.take_back_notification": (
        "A notification made after this date is still valid: responsibility does not shift to "
        "{state}, and the Member State responsible remains obliged to take the person back "
        "(AMMR Art 41(1)).",
        "Une notification présentée après cette date reste valable : la responsabilité n'est "
        "pas transférée à {state}, et l'État membre responsable reste tenu de reprendre en "
        "charge la personne (art. 41, § 1, RGAM).",
    ),
    "ammr.deadline.consequence.detention_request": (
        "If no take charge request or take back notification is made by then, the detention "
        "ends; Arts 39, 41 and 46 continue to apply (AMMR Art 45(4)).",
        "À défaut de requête aux fins de prise en charge ou de notification aux fins de reprise "
        "en charge dans ce délai, la rétention prend fin ; les art. 39, 41 et 46 continuent de "
        "s'appliquer (art. 45, § 4, RGAM).",
    ),
    "ammr.deadline.consequence.take_charge_reply": (
        "Unless {state} objects by then in a reply giving substantiated reasons, the request is "
        "deemed accepted: {state} must take charge of the person and arrange the arrival (AMMR "
        "Art 40(8)).",
        "Faute pour {state} de s'y opposer dans ce délai par une réponse dûment motivée, la "
        "requête est réputée acceptée : {state} doit prendre en charge la personne et prévoir "
        "les dispositions nécessaires à son arrivée (art. 40, § 8, RGAM).",
    ),
    "ammr.deadline.consequence.take_charge_reply_urgent": (
        "Urgent request (allowed where the application was registered after a refusal of entry "
        "or a return decision): unless {state} objects with substantiated reasons within the "
        "period requested, or two weeks if none was specified, the request is deemed accepted "
        "(AMMR Arts 39(2), 40(7)-(8)).",
        "Requête urgente (possible lorsque la demande a été enregistrée après une décision de "
        "refus d'entrée ou de retour) : faute pour {state} de s'y opposer par une réponse "
        "dûment motivée dans le délai demandé, ou à défaut dans les deux semaines, la requête "
        "est réputée acceptée (art. 39, § 2, et 40, § 7 et 8, RGAM).",
    ),
    "ammr.deadline.consequence.detention_reply": (
        "Detention case: failure to reply within one week is tantamount to accepting the "
        "request; {state} must take charge of the person and arrange the arrival (AMMR Art "
        "45(2)).",
        "Personne placée en rétention : l'absence de réponse dans la semaine équivaut à "
        "l'acceptation de la requête ; {state} doit prendre en charge la personne et prévoir "
        "les dispositions nécessaires à son arrivée (art. 45, § 2, RGAM).",
    ),
    "ammr.deadline.consequence.take_back_confirmation": (
        "Unless {state} shows by then that it is not responsible under Art 37, or that the "
        "notification rests on a wrong indication in Eurodac, failure to react is tantamount "
        "to confirming receipt: {state} must take the person back (AMMR Art 41(3)-(4)).",
        "Faute pour {state} de démontrer dans ce délai qu'il n'est pas responsable au titre de "
        "l'art. 37 ou que la notification repose sur une indication erronée dans Eurodac, "
        "l'absence de réaction équivaut à la confirmation de la réception : {state} doit "
        "reprendre en charge la personne (art. 41, § 3 et 4, RGAM).",
    ),
    "ammr.deadline.consequence.re_examination_request": (
        "After this date, the requesting Member State can no longer ask {state} to re-examine "
        "its refusal (IR 2025/2055 Art 9(2)).",
        "Passé ce délai, l'État membre requérant ne peut plus demander à {state} le réexamen "
        "de son refus (art. 9, § 2, du règlement d'exécution 2025/2055).",
    ),
    "ammr.deadline.consequence.reconsideration_request": (
        "After this date, the notifying Member State can no longer ask {state} to reconsider "
        "its non-confirmation (IR 2025/2055 Art 15(3)-(4)).",
        "Passé ce délai, l'État membre notifiant ne peut plus demander à {state} de "
        "reconsidérer sa non-confirmation (art. 15, § 3 et 4, du règlement d'exécution "
        "2025/2055).",
    ),
    "ammr.deadline.consequence.re_examination_reply": (
        "The requested Member State endeavours to reply within two weeks; the expiry ends the "
        "re-examination whether or not it replied, and silence is not acceptance. The "
        "re-examination does not extend the time limits: {state}, the requesting Member "
        "State, is then responsible unless it can still make a new request within its own "
        "period (IR 2025/2055 Art 9(2)).",
        "L'État membre requis s'efforce de répondre dans les deux semaines ; l'expiration de ce "
        "délai met fin au réexamen, qu'il ait répondu ou non, et le silence ne vaut pas "
        "acceptation. Le réexamen ne prolonge pas les délais : {state}, État membre requérant, "
        "est alors responsable, sauf s'il peut encore présenter une nouvelle requête dans son "
        "propre délai (art. 9, § 2, du règlement d'exécution 2025/2055).",
    ),
    "ammr.deadline.consequence.reconsideration_reply": (
        "The notified Member State endeavours to confirm or maintain its non-confirmation "
        "within two weeks; the expiry ends the reconsideration, and silence is not "
        "confirmation. {state}, the notifying Member State, then decides how to proceed (IR "
        "2025/2055 Art 15(3)-(4)).",
        "L'État membre notifié s'efforce de confirmer la notification ou de maintenir sa "
        "non-confirmation dans les deux semaines ; l'expiration de ce délai met fin à la "
        "procédure, et le silence ne vaut pas confirmation. {state}, État membre notifiant, "
        "décide alors de la suite (art. 15, § 3 et 4, du règlement d'exécution 2025/2055).",
    ),
    "ammr.deadline.consequence.humanitarian_reply": (
        "{state} must reply within two months and give reasons for a refusal; the Regulation "
        "attaches no acceptance to silence, so none is assumed: a person must follow the "
        "request up (AMMR Art 35(2)).",
        "{state} doit répondre dans les deux mois et motiver un refus ; le règlement n'attache "
        "aucune acceptation au silence, qui n'est donc pas présumée : la requête doit faire "
        "l'objet d'un suivi (art. 35, § 2, RGAM).",
    ),
    "ammr.deadline.consequence.transfer_decision": (
        "{state} must adopt the decision to transfer the person to {responsible} within two "
        "weeks of the acceptance or confirmation (AMMR Art 42(1)). The Regulation ties no "
        "change of responsibility to a late decision; a detained person must be released (Art "
        "45(4)). The date recorded is the notification of the decision.",
        "{state} doit adopter la décision de transférer la personne vers {responsible} dans les "
        "deux semaines suivant l'acceptation ou la confirmation (art. 42, § 1, RGAM). Le "
        "règlement n'attache aucun changement de responsabilité à une décision tardive ; une "
        "personne en rétention doit être libérée (art. 45, § 4). La date retenue est celle de "
        "la notification de la décision.",
    ),
    "ammr.deadline.consequence.transfer": (
        "If the transfer does not take place by then, {responsible} is relieved of its "
        "obligation to take charge of or take back the person and responsibility passes to "
        "{state}, the transferring Member State (AMMR Arts 37(1), 46(2)).",
        "Si le transfert n'est pas exécuté dans ce délai, {responsible} est libéré de son "
        "obligation de prendre ou de reprendre en charge la personne et la responsabilité est "
        "transférée à {state}, État membre procédant au transfert (art. 37, § 1, et 46, § 2, "
        "RGAM).",
    ),
    "ammr.deadline.consequence.detention_transfer": (
        "If the transfer does not take place within five weeks, the detention ends; the "
        "transfer period of Art 46 keeps running (AMMR Art 45(3)-(4)).",
        "Si le transfert n'est pas exécuté dans les cinq semaines, la rétention prend fin ; le "
        "délai de transfert de l'art. 46 continue de courir (art. 45, § 3 et 4, RGAM).",
    ),
    # --- readings of unsettled points -----------------------------------------------------
    "ammr.deadline.note.holidays": (
        "Counted with the holidays of the State that must act; with the official holidays of "
        "{state} the period would end on {date}. Art 75(d) speaks of 'the Member State "
        "concerned': which State's holidays count is for a person to decide.",
        "Délai calculé avec les jours fériés de l'État qui doit agir ; avec les jours fériés "
        "officiels de {state}, il expirerait le {date}. L'art. 75, point d, vise « l'État "
        "membre concerné » : le choix des jours fériés applicables revient à un agent.",
    ),
    "ammr.deadline.note.hit_capped": (
        "One month from the hit received on {hit} would end on {date} (Art 39(1), 2nd "
        "subpara); read as never extending the two months from registration, as under Dublin "
        "III (C-670/16 Mengesteab, by analogy). Not yet settled for the AMMR.",
        "Un mois à compter du résultat positif reçu le {hit} expirerait le {date} (art. 39, "
        "§ 1, al. 2) ; lu comme ne prolongeant jamais les deux mois suivant l'enregistrement, "
        "comme sous Dublin III (CJUE, C-670/16, Mengesteab, par analogie). Question non encore "
        "tranchée pour le RGAM.",
    ),
    "ammr.deadline.note.legacy_hit": (
        "The shorter period rests on the hit received on {hit}, on Eurodac data recorded "
        "before the AMMR applied; if such data do not count (Art 39(1), 2nd subpara), the "
        "period ends on {date}. A person decides.",
        "Le délai plus court repose sur le résultat positif reçu le {hit}, portant sur des "
        "données Eurodac enregistrées avant l'application du RGAM ; si ces données ne comptent "
        "pas (art. 39, § 1, al. 2), le délai expire le {date}. La décision revient à un agent.",
    ),
    "ammr.deadline.note.legacy_hit_reply": (
        "The two-week period rests on Eurodac data recorded before the AMMR applied; if such "
        "data do not count (Art 40(2)), the reply is due within one month, by {date}. A person "
        "decides.",
        "Le délai de deux semaines repose sur des données Eurodac enregistrées avant "
        "l'application du RGAM ; si ces données ne comptent pas (art. 40, § 2), la réponse est "
        "due dans le mois, au plus tard le {date}. La décision revient à un agent.",
    ),
    "ammr.deadline.note.tacit_start_day_after": (
        "Counted from the last day of the reply period (deemed acceptance or confirmation); "
        "counted from the day after, it ends on {date}. Unsettled.",
        "Délai calculé à partir du dernier jour du délai de réponse (acceptation ou "
        "confirmation réputée) ; calculé à partir du lendemain, il expire le {date}. Question "
        "non tranchée.",
    ),
    "ammr.deadline.note.tacit_start_last_day": (
        "Counted from the day after the reply period (deemed acceptance or confirmation); "
        "counted from its last day, it ends on {date}. Unsettled.",
        "Délai calculé à partir du lendemain du délai de réponse (acceptation ou confirmation "
        "réputée) ; calculé à partir de son dernier jour, il expire le {date}. Question non "
        "tranchée.",
    ),
    "ammr.deadline.note.reappearance": (
        "If the absconding extension ends when the person became available again, the "
        "transferring Member State has the rest of the six months or at least three months, "
        "and the period ends on {date} (Art 46(2), 2nd subpara). Unsettled.",
        "Si la prolongation pour fuite prend fin lorsque la personne est de nouveau à la "
        "disposition des autorités, l'État membre procédant au transfert dispose du reste des "
        "six mois ou d'au moins trois mois, et le délai expire le {date} (art. 46, § 2, al. 2). "
        "Question non tranchée.",
    ),
    # --- changes of responsibility ----------------------------------------------------------
    "ammr.shift.take_charge_request_missed": (
        "No valid take charge request was made by {due}: {state}, where the application was "
        "registered, is responsible (AMMR Art 39(1), 3rd subpara; Art 38(3)(d)).",
        "Aucune requête aux fins de prise en charge valable n'a été présentée au plus tard le "
        "{due} : {state}, où la demande a été enregistrée, est responsable (art. 39, § 1, "
        "al. 3, et art. 38, § 3, point d, RGAM).",
    ),
    "ammr.shift.take_charge_request_missed_uam": (
        "No take charge request was made by {due}, and a first decision on the substance was "
        "taken on {date}: the unaccompanied minor's application stays with {state}, where it "
        "was registered (AMMR Art 39(1), 3rd and 4th subparas).",
        "Aucune requête aux fins de prise en charge n'a été présentée au plus tard le {due}, et "
        "une première décision sur le fond a été prise le {date} : la demande du mineur non "
        "accompagné reste à {state}, où elle a été enregistrée (art. 39, § 1, al. 3 et 4, "
        "RGAM).",
    ),
    "ammr.shift.accepted.take_charge": (
        "{state} accepted request {request} (received on {date}): {state} is responsible and "
        "must take charge of the person (AMMR Arts 36(1)(a), 40(1)).",
        "{state} a accepté la requête {request} (réponse reçue le {date}) : {state} est "
        "responsable et doit prendre en charge la personne (art. 36, § 1, point a, et 40, § 1, "
        "RGAM).",
    ),
    "ammr.shift.accepted.detention": (
        "{state} accepted request {request} (received on {date}), made while the person was "
        "detained: {state} is responsible (AMMR Art 45(2)).",
        "{state} a accepté la requête {request} (réponse reçue le {date}), présentée alors que "
        "la personne était en rétention : {state} est responsable (art. 45, § 2, RGAM).",
    ),
    "ammr.shift.confirmed.take_back": (
        "{state} confirmed take back notification {request} (received on {date}): {state} is "
        "responsible and must take the person back (AMMR Arts 36(1)(b), 41(3)).",
        "{state} a confirmé la notification aux fins de reprise en charge {request} (réponse "
        "reçue le {date}) : {state} est responsable et doit reprendre en charge la personne "
        "(art. 36, § 1, point b, et 41, § 3, RGAM).",
    ),
    "ammr.shift.accepted.humanitarian": (
        "{state} accepted the humanitarian request {request} (received on {date}): by applying "
        "Art 35, {state} becomes responsible (AMMR Arts 35(2), 37(1)).",
        "{state} a accepté la requête humanitaire {request} (réponse reçue le {date}) : en "
        "appliquant l'art. 35, {state} devient responsable (art. 35, § 2, et 37, § 1, RGAM).",
    ),
    "ammr.shift.accepted.re_examination": (
        "On re-examination ({request}), {state} accepted the request (received on {date}): "
        "{state} is responsible (IR 2025/2055 Art 9(2)).",
        "Après réexamen ({request}), {state} a accepté la requête (réponse reçue le {date}) : "
        "{state} est responsable (art. 9, § 2, du règlement d'exécution 2025/2055).",
    ),
    "ammr.shift.confirmed.reconsideration": (
        "On reconsideration ({request}), {state} confirmed the take back notification "
        "(received on {date}): {state} must take the person back (IR 2025/2055 Art 15(3)).",
        "Après reconsidération ({request}), {state} a confirmé la notification aux fins de "
        "reprise en charge (réponse reçue le {date}) : {state} doit reprendre en charge la "
        "personne (art. 15, § 3, du règlement d'exécution 2025/2055).",
    ),
    "ammr.shift.tacit_acceptance.take_charge": (
        "{state} did not object to take charge request {request} with substantiated reasons by "
        "{due}: the request is deemed accepted and {state} is responsible (AMMR Art 40(8)).",
        "{state} ne s'est pas opposé à la requête aux fins de prise en charge {request} par une "
        "réponse dûment motivée au plus tard le {due} : la requête est réputée acceptée et "
        "{state} est responsable (art. 40, § 8, RGAM).",
    ),
    "ammr.shift.tacit_acceptance.urgent": (
        "{state} did not object to urgent take charge request {request} with substantiated "
        "reasons within the period, by {due}: the request is deemed accepted and {state} is "
        "responsible (AMMR Art 40(7)-(8)).",
        "{state} ne s'est pas opposé à la requête urgente aux fins de prise en charge {request} "
        "par une réponse dûment motivée dans le délai, au plus tard le {due} : la requête est "
        "réputée acceptée et {state} est responsable (art. 40, § 7 et 8, RGAM).",
    ),
    "ammr.shift.tacit_acceptance.detention": (
        "{state} did not reply within one week, by {due}, to request {request} made while the "
        "person was detained: the request is deemed accepted and {state} is responsible (AMMR "
        "Art 45(2)).",
        "{state} n'a pas répondu dans la semaine, au plus tard le {due}, à la requête {request} "
        "présentée alors que la personne était en rétention : la requête est réputée acceptée "
        "et {state} est responsable (art. 45, § 2, RGAM).",
    ),
    "ammr.shift.tacit_confirmation": (
        "{state} did not react to take back notification {request} by {due}: receipt is deemed "
        "confirmed and {state} must take the person back (AMMR Art 41(4)).",
        "{state} n'a pas réagi à la notification aux fins de reprise en charge {request} au "
        "plus tard le {due} : la réception est réputée confirmée et {state} doit reprendre en "
        "charge la personne (art. 41, § 4, RGAM).",
    ),
    "ammr.shift.refusal_stands": (
        "{refused_by} refused request {request} and the refusal stands; the period to make a "
        "new request ended on {due} and the re-examination does not extend it: {state}, the "
        "requesting Member State, is responsible (IR 2025/2055 Art 9(2); AMMR Art 39(1)).",
        "{refused_by} a refusé la requête {request} et ce refus est maintenu ; le délai pour "
        "présenter une nouvelle requête a expiré le {due} et le réexamen ne le prolonge pas : "
        "{state}, État membre requérant, est responsable (art. 9, § 2, du règlement "
        "d'exécution 2025/2055 ; art. 39, § 1, RGAM).",
    ),
    "ammr.shift.transfer_missed": (
        "The transfer to {responsible} did not take place by {due}: {responsible} is relieved "
        "of its obligations and {state}, the transferring Member State, is responsible (AMMR "
        "Arts 37(1), 46(2)).",
        "Le transfert vers {responsible} n'a pas été exécuté au plus tard le {due} : "
        "{responsible} est libéré de ses obligations et {state}, État membre procédant au "
        "transfert, est responsable (art. 37, § 1, et 46, § 2, RGAM).",
    ),
    # --- warnings -------------------------------------------------------------------------
    "ammr.warning.no_calendar": (
        "No holiday calendar is available for {state}: its time limits are counted without "
        "holidays or roll-over (AMMR Art 75(d) not applied).",
        "Aucun calendrier des jours fériés n'est disponible pour {state} : ses délais sont "
        "calculés sans jours fériés ni report (art. 75, point d, RGAM non appliqué).",
    ),
    "ammr.warning.receipt_unknown": (
        "The date on which {state} received request {request} is not recorded: the reply "
        "period is counted from its sending on {date}. Check the DubliNet proof of delivery "
        "(IR 2025/2055 Art 1(3)).",
        "La date de réception de la requête {request} par {state} n'est pas enregistrée : le "
        "délai de réponse est calculé à partir de son envoi, le {date}. Vérifier la preuve de "
        "remise DubliNet (art. 1, § 3, du règlement d'exécution 2025/2055).",
    ),
    "ammr.warning.no_application": (
        "No application registered in {state} is recorded: the period to make the take charge "
        "request cannot be computed (AMMR Art 39(1)).",
        "Aucune demande enregistrée auprès de {state} n'est mentionnée : le délai de "
        "présentation de la requête aux fins de prise en charge ne peut pas être calculé "
        "(art. 39, § 1, RGAM).",
    ),
    "ammr.warning.registration_unknown": (
        "The registration date of the application in {state} is not recorded: the date it was "
        "lodged, {date}, is used as the registration (AMMR Art 39(1); Reg 2024/1348 Art 27). "
        "Check it.",
        "La date d'enregistrement de la demande auprès de {state} n'est pas mentionnée : la "
        "date d'introduction, le {date}, est retenue comme date d'enregistrement (art. 39, § 1, "
        "RGAM ; art. 27 du règlement 2024/1348). À vérifier.",
    ),
    "ammr.warning.hit_before_registration": (
        "The hit from {state} received on {date}, before the application was registered on "
        "{registered}, is not counted for the shorter periods; check whether it answers the "
        "comparison made for this application.",
        "Le résultat positif de {state} reçu le {date}, avant l'enregistrement de la demande le "
        "{registered}, n'est pas pris en compte pour les délais plus courts ; vérifier s'il "
        "répond à la comparaison faite pour cette demande.",
    ),
    "ammr.warning.no_tbn_hit": (
        "No Eurodac hit on an earlier application is recorded: the two-week period of Art "
        "41(1) for the take back notification by {state} cannot be computed.",
        "Aucun résultat positif Eurodac portant sur une demande antérieure n'est mentionné : le "
        "délai de deux semaines de l'art. 41, § 1, pour la notification aux fins de reprise en "
        "charge par {state} ne peut pas être calculé.",
    ),
    "ammr.warning.take_back_as_notification": (
        "Request {request} is recorded as a take back request; under the AMMR a take back is a "
        "notification and is treated as such (AMMR Art 41).",
        "La requête {request} est enregistrée comme requête aux fins de reprise en charge ; "
        "sous le RGAM, la reprise en charge passe par une notification, et elle est traitée "
        "comme telle (art. 41, RGAM).",
    ),
    "ammr.warning.late_tbn": (
        "{state} did not make the take back notification within two weeks of the hit (by "
        "{due}). This does not affect the responsible Member State's obligation to take the "
        "person back: no change of responsibility (AMMR Art 41(1)).",
        "{state} n'a pas présenté la notification aux fins de reprise en charge dans les deux "
        "semaines suivant le résultat positif (au plus tard le {due}). Cela n'affecte pas "
        "l'obligation de l'État membre responsable de reprendre en charge la personne : aucun "
        "changement de responsabilité (art. 41, § 1, RGAM).",
    ),
    "ammr.warning.detention_request_missed": (
        "The person is detained and no request or notification was made by {due}: the "
        "detention must end; the ordinary time limits continue to apply (AMMR Art 45(4)).",
        "La personne est en rétention et aucune requête ou notification n'a été présentée au "
        "plus tard le {due} : la rétention doit prendre fin ; les délais ordinaires continuent "
        "de s'appliquer (art. 45, § 4, RGAM).",
    ),
    "ammr.warning.detention_not_flagged": (
        "Request {request} was made while the person was detained but is not marked as a "
        "detention case: the reply period of one week of Art 45(2) should be stated.",
        "La requête {request} a été présentée alors que la personne était en rétention mais "
        "n'est pas signalée comme telle : le délai de réponse d'une semaine de l'art. 45, § 2, "
        "devrait être indiqué.",
    ),
    "ammr.warning.late_request_accepted": (
        "Request {request} was made on {date}, after its time limit ended on {due}: its "
        "acceptance by {state} does not make {state} responsible, and the applicant can rely on "
        "the expiry (AMMR Art 39(1), 3rd subpara; C-670/16 Mengesteab, by analogy).",
        "La requête {request} a été présentée le {date}, après l'expiration de son délai le "
        "{due} : son acceptation par {state} ne rend pas cet État responsable, et le demandeur "
        "peut se prévaloir de l'expiration du délai (art. 39, § 1, al. 3, RGAM ; CJUE, "
        "C-670/16, Mengesteab, par analogie).",
    ),
    "ammr.warning.late_refusal": (
        "The refusal of request {request} by {state}, received on {date}, came after the reply "
        "period ended on {due}: the request was already deemed accepted (AMMR Art 40(8)).",
        "Le refus de la requête {request} par {state}, reçu le {date}, est intervenu après "
        "l'expiration du délai de réponse le {due} : la requête était déjà réputée acceptée "
        "(art. 40, § 8, RGAM).",
    ),
    "ammr.warning.late_non_confirmation": (
        "The non-confirmation of take back notification {request} by {state}, received on "
        "{date}, came after the two weeks ended on {due}: receipt was already deemed confirmed "
        "(AMMR Art 41(4)).",
        "La non-confirmation de la notification aux fins de reprise en charge {request} par "
        "{state}, reçue le {date}, est intervenue après l'expiration des deux semaines le "
        "{due} : la réception était déjà réputée confirmée (art. 41, § 4, RGAM).",
    ),
    "ammr.warning.refusal_without_reasons": (
        "The refusal of request {request} by {state} records no reasons: only a reply giving "
        "substantiated reasons, supported by evidence where available, prevents deemed "
        "acceptance (AMMR Art 40(8)), so it is not counted as an objection: the request is "
        "deemed accepted when the period ends. If the reply did give reasons, record them.",
        "Le refus de la requête {request} par {state} ne mentionne aucun motif : seule une "
        "réponse dûment motivée, étayée par des éléments de preuve lorsqu'ils sont "
        "disponibles, fait obstacle à l'acceptation réputée (art. 40, § 8, RGAM) ; il n'est "
        "donc pas retenu comme une objection et la requête est réputée acceptée à la fin du "
        "délai. Si la réponse était motivée, saisissez ses motifs.",
    ),
    "ammr.warning.refusal_without_reasons_tbn": (
        "The non-confirmation of take back notification {request} by {state} records no "
        "reasons: it must show that {state} is not responsible under Art 37, or that the "
        "Eurodac indication is wrong, with the evidence (AMMR Art 41(3); IR 2025/2055 Arts "
        "15-16), so it is not counted: receipt is deemed confirmed when the two weeks end. "
        "If the reply did give reasons, record them.",
        "La non-confirmation de la notification aux fins de reprise en charge {request} par "
        "{state} ne mentionne aucun motif : elle doit démontrer que {state} n'est pas "
        "responsable au titre de l'art. 37, ou que l'indication dans Eurodac est erronée, "
        "preuves à l'appui (art. 41, § 3, RGAM ; art. 15 et 16 du règlement d'exécution "
        "2025/2055) ; elle n'est donc pas retenue et la réception est réputée confirmée à la "
        "fin des deux semaines. Si la réponse était motivée, saisissez ses motifs.",
    ),
    "ammr.warning.urgent_too_short": (
        "For urgent request {request}, received on {received}, a reply was asked by {date}: "
        "the period requested must be at least one week (AMMR Art 39(2)); one week is counted.",
        "Pour la requête urgente {request}, reçue le {received}, une réponse était demandée au "
        "plus tard le {date} : le délai demandé doit être d'au moins une semaine (art. 39, "
        "§ 2, RGAM) ; une semaine est retenue.",
    ),
    "ammr.warning.reply_shortened_by_hit": (
        "Request {request} is not marked as resting on a Eurodac or VIS hit, but a hit from "
        "{state} was received on {date}: the reply period is two weeks (AMMR Art 40(2)).",
        "La requête {request} n'est pas signalée comme fondée sur un résultat positif Eurodac "
        "ou VIS, mais un résultat positif de {state} a été reçu le {date} : le délai de "
        "réponse est de deux semaines (art. 40, § 2, RGAM).",
    ),
    "ammr.warning.late_re_examination_acceptance": (
        "{state} accepted re-examination request {request} on {date}, after the two-week "
        "period ended on {due}: the re-examination had already ended (IR 2025/2055 Art 9(2)); "
        "the acceptance is not taken into account. A person should check.",
        "{state} a accepté la demande de réexamen {request} le {date}, après l'expiration du "
        "délai de deux semaines le {due} : le réexamen avait déjà pris fin (art. 9, § 2, du "
        "règlement d'exécution 2025/2055) ; l'acceptation n'est pas prise en compte. À "
        "vérifier.",
    ),
    "ammr.warning.tbn_not_confirmed": (
        "{state} did not confirm take back notification {request} and the non-confirmation "
        "stands. No change of responsibility follows by itself: depending on the ground, a new "
        "notification goes to the State to which responsibility shifted, or a new "
        "determination starts (AMMR Art 37; IR 2025/2055 Arts 15-16). A person decides.",
        "{state} n'a pas confirmé la notification aux fins de reprise en charge {request} et "
        "cette non-confirmation est maintenue. Aucun changement de responsabilité n'en découle "
        "de lui-même : selon le motif, une nouvelle notification est adressée à l'État auquel "
        "la responsabilité a été transférée, ou une nouvelle détermination commence (art. 37, "
        "RGAM ; art. 15 et 16 du règlement d'exécution 2025/2055). La décision revient à un "
        "agent.",
    ),
    "ammr.warning.humanitarian_silence": (
        "{state} has not replied to humanitarian request {request}, due by {due}. Art 35(2) "
        "attaches no acceptance to silence: follow the request up; a person decides.",
        "{state} n'a pas répondu à la requête humanitaire {request}, attendue au plus tard le "
        "{due}. L'art. 35, § 2, n'attache aucune acceptation au silence : relancer l'État "
        "requis ; la décision revient à un agent.",
    ),
    "ammr.warning.detention_must_end_decision": (
        "No transfer decision was adopted within two weeks of the acceptance or confirmation "
        "(by {due}) while the person is detained: the detention must end (AMMR Art 45(4)).",
        "Aucune décision de transfert n'a été adoptée dans les deux semaines suivant "
        "l'acceptation ou la confirmation (au plus tard le {due}) alors que la personne est en "
        "rétention : la rétention doit prendre fin (art. 45, § 4, RGAM).",
    ),
    "ammr.warning.transfer_annulled": (
        "The appeal decided on {date} annulled the transfer decision: no transfer deadline "
        "runs on that decision.",
        "Le recours jugé le {date} a annulé la décision de transfert : aucun délai de transfert "
        "ne court sur le fondement de cette décision.",
    ),
    "ammr.warning.appeal_pending": (
        "An appeal with suspensive effect, lodged on {date}, is pending: the transfer period "
        "shown is counted from the acceptance or confirmation, but it will run again, in full, "
        "from the final decision on the appeal (AMMR Arts 43(3), 46(1)).",
        "Un recours suspensif, formé le {date}, est pendant : le délai de transfert affiché est "
        "calculé à partir de l'acceptation ou de la confirmation, mais il courra de nouveau, en "
        "entier, à compter de la décision définitive sur le recours (art. 43, § 3, et 46, § 1, "
        "RGAM).",
    ),
    "ammr.warning.ex_officio_suspension": (
        "The transfer was suspended for reasons other than suspensive effect under Art 43(3) "
        "(appeal of {date}): the AMMR has no counterpart of Dublin III Art 27(4), and only "
        "suspensive effect under Art 43(3) moves the start of the transfer period (Art 46(1); "
        "cf. C-245/21 and C-248/21). A person should check.",
        "Le transfert a été suspendu pour d'autres raisons qu'un effet suspensif au titre de "
        "l'art. 43, § 3 (recours du {date}) : le RGAM n'a pas d'équivalent de l'art. 27, § 4, "
        "de Dublin III, et seul l'effet suspensif de l'art. 43, § 3, déplace le point de départ "
        "du délai de transfert (art. 46, § 1 ; cf. CJUE, C-245/21 et C-248/21). À vérifier.",
    ),
    "ammr.warning.absconding_notice_missing": (
        "The person absconded on {date}. The transfer period can be extended up to three years "
        "from the date {state} is informed, which must happen within the six months, by {due} "
        "(AMMR Art 46(2); IR 2025/2055 Art 28(2)-(3)); the case file records no such notice, "
        "so the period is not extended.",
        "La personne a pris la fuite le {date}. Le délai de transfert peut être prolongé "
        "jusqu'à trois ans à compter de la date à laquelle {state} en est informé, ce qui doit "
        "intervenir dans les six mois, au plus tard le {due} (art. 46, § 2, RGAM ; art. 28, § 2 "
        "et 3, du règlement d'exécution 2025/2055) ; le dossier ne mentionne pas cette "
        "information, et le délai n'est donc pas prolongé.",
    ),
    "ammr.warning.absconding_notice_late": (
        "{state} was informed of the absconding only on {date}, after the six-month period "
        "ended on {due}: the extension cannot be relied on (IR 2025/2055 Art 28(3)).",
        "{state} n'a été informé de la fuite que le {date}, après l'expiration du délai de six "
        "mois le {due} : la prolongation ne peut être opposée (art. 28, § 3, du règlement "
        "d'exécution 2025/2055).",
    ),
    "ammr.warning.imprisonment_notice_missing": (
        "The person has been imprisoned since {date}. The transfer period can be extended up "
        "to one year if {state} is informed within the six months, by {due} (AMMR Art 46(2); "
        "IR 2025/2055 Art 28(2)-(3)); the case file records no such notice, so the period is "
        "not extended.",
        "La personne est emprisonnée depuis le {date}. Le délai de transfert peut être porté à "
        "un an au maximum si {state} en est informé dans les six mois, au plus tard le {due} "
        "(art. 46, § 2, RGAM ; art. 28, § 2 et 3, du règlement d'exécution 2025/2055) ; le "
        "dossier ne mentionne pas cette information, et le délai n'est donc pas prolongé.",
    ),
    "ammr.warning.imprisonment_notice_late": (
        "{state} was informed of the imprisonment only on {date}, after the six-month period "
        "ended on {due}: the extension cannot be relied on (IR 2025/2055 Art 28(3)).",
        "{state} n'a été informé de l'emprisonnement que le {date}, après l'expiration du délai "
        "de six mois le {due} : la prolongation ne peut être opposée (art. 28, § 3, du "
        "règlement d'exécution 2025/2055).",
    ),
    "ammr.warning.reappearance": (
        "The person became available again on {date} with less than three months of the "
        "transfer period left: the transferring Member State has three months, until {due} "
        "(AMMR Art 46(2), 2nd subpara).",
        "La personne est de nouveau à la disposition des autorités depuis le {date} alors "
        "qu'il restait moins de trois mois du délai de transfert : l'État membre procédant au "
        "transfert dispose de trois mois, jusqu'au {due} (art. 46, § 2, al. 2, RGAM).",
    ),
    "ammr.warning.detention_after_acceptance": (
        "Detention began on {date}, after the acceptance or confirmation: the five-week limit "
        "of Art 45(3) does not run from the acceptance; the detention must last no longer "
        "than the transfer requires (AMMR Art 44(3)).",
        "La rétention a commencé le {date}, après l'acceptation ou la confirmation : le délai "
        "de cinq semaines de l'art. 45, § 3, ne court pas à compter de l'acceptation ; la "
        "rétention ne doit pas excéder le temps nécessaire au transfert (art. 44, § 3, RGAM).",
    ),
    "ammr.warning.detention_must_end": (
        "The transfer did not take place within five weeks (by {due}): the detention must end; "
        "the transfer period of Art 46 keeps running (AMMR Art 45(4)).",
        "Le transfert n'a pas été exécuté dans les cinq semaines (au plus tard le {due}) : la "
        "rétention doit prendre fin ; le délai de transfert de l'art. 46 continue de courir "
        "(art. 45, § 4, RGAM).",
    ),
    "ammr.warning.holidays_differ": (
        "Time limit {deadline}: with the holidays of {state}, the State that must act, it ends "
        "on {due}; with those of {other}, it would end on {other_due}. Art 75(d) speaks of "
        "'the Member State concerned': which State's holidays count is for a person to decide.",
        "Délai {deadline} : avec les jours fériés de {state}, État qui doit agir, il expire le "
        "{due} ; avec ceux de {other}, il expirerait le {other_due}. L'art. 75, point d, vise "
        "« l'État membre concerné » : le choix des jours fériés applicables revient à un agent.",
    ),
    "ammr.warning.setting_used": (
        "This result relies on a configurable reading of the law: {setting} = {value}.",
        "Ce résultat repose sur une lecture paramétrable du droit : {setting} = {value}.",
    ),
    "ammr.warning.uam_request_any_time": (
        "The period to make a take charge request ended on {due}, but the applicant is an "
        "unaccompanied minor: until a first decision on the substance, a request may still be "
        "made where it is in the best interests of the child; no change of responsibility yet "
        "({state} keeps the application meanwhile; AMMR Art 39(1), 4th subpara).",
        "Le délai de présentation de la requête aux fins de prise en charge a expiré le {due}, "
        "mais le demandeur est un mineur non accompagné : jusqu'à une première décision sur le "
        "fond, une requête peut encore être présentée si l'intérêt supérieur de l'enfant le "
        "commande ; pas encore de changement de responsabilité ({state} conserve la demande "
        "entre-temps ; art. 39, § 1, al. 4, RGAM).",
    ),
    "ammr.warning.acceptance_pending_answer": (
        "Whether request {request} was made in time depends on a question still open: its "
        "acceptance is taken into account once the question is answered.",
        "Le point de savoir si la requête {request} a été présentée dans le délai dépend d'une "
        "question encore ouverte : son acceptation sera prise en compte une fois la question "
        "tranchée.",
    ),
    # --- questions --------------------------------------------------------------------------
    "ammr.q.sent_or_received": (
        "Request {request} was sent on {sent} but received on {received}, and the time limit "
        "ended on {due}: was it made in time? (Sending or receipt: IR 2025/2055 Art 1(3).)",
        "La requête {request} a été envoyée le {sent} mais reçue le {received}, et le délai "
        "expirait le {due} : a-t-elle été présentée dans le délai ? (Envoi ou réception : "
        "art. 1, § 3, du règlement d'exécution 2025/2055.)",
    ),
    "ammr.q.reply_sent_or_received": (
        "The reply to request {request} was sent on {sent} but received on {received}, and the "
        "reply period ended on {due}: was it given in time? (Sending or receipt: IR 2025/2055 "
        "Art 1(3).)",
        "La réponse à la requête {request} a été envoyée le {sent} mais reçue le {received}, et "
        "le délai de réponse expirait le {due} : a-t-elle été donnée dans le délai ? (Envoi ou "
        "réception : art. 1, § 3, du règlement d'exécution 2025/2055.)",
    ),
    "ammr.q.absconding": (
        "The person is recorded as having absconded on {date}: did the person cease to be "
        "available to the authorities for reasons within his or her control (AMMR Art 2(17))? "
        "Until answered, absconding is presumed and the transfer period can be extended (Art "
        "46(2)).",
        "La personne est enregistrée en fuite depuis le {date} : a-t-elle cessé d'être à la "
        "disposition des autorités pour des raisons qui ne sont pas indépendantes de sa volonté "
        "(art. 2, point 17, RGAM) ? Jusqu'à la réponse, la fuite est présumée et le délai de "
        "transfert peut être prolongé (art. 46, § 2).",
    ),
    "ammr.q.eurodac_legacy": (
        "The hit from {state} received on {date} concerns Eurodac data recorded on {recorded}, "
        "before the AMMR applied, under Regulation 603/2013. Do such data count as data "
        "recorded under Arts 22 or 24 of Regulation 2024/1358, which shorten the time limits "
        "to one month for the request and two weeks for the reply (AMMR Arts 39(1), 40(2))?",
        "Le résultat positif de {state} reçu le {date} porte sur des données Eurodac "
        "enregistrées le {recorded}, avant l'application du RGAM, au titre du règlement "
        "603/2013. Ces données valent-elles données enregistrées au titre des art. 22 ou 24 du "
        "règlement 2024/1358, qui ramènent les délais à un mois pour la requête et à deux "
        "semaines pour la réponse (art. 39, § 1, et 40, § 2, RGAM) ?",
    ),
    "ammr.q.transfer_expiry": (
        "Depending on an unsettled reading, the transfer period to {responsible} ended on "
        "{first} or ends on {last}. The transfer did not take place by {first}: has "
        "responsibility passed to {state} (AMMR Art 46(2))?",
        "Selon une lecture non tranchée, le délai de transfert vers {responsible} a expiré le "
        "{first} ou expire le {last}. Le transfert n'a pas été exécuté au plus tard le "
        "{first} : la responsabilité est-elle passée à {state} (art. 46, § 2, RGAM) ?",
    ),
}
