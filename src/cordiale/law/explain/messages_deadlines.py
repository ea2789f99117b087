"""Messages of the time-limit engine (written by cordiale.law.dublin3.deadlines).

French follows the vocabulary of the French version of Regulation 604/2013 and of the CJEU:
requête aux fins de prise en charge / de reprise en charge, État membre requérant / requis,
acceptation implicite, délai de transfert, réexamen, fuite, emprisonnement, rétention.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- start events -------------------------------------------------------------------
    "deadline.start.lodged": (
        "Application lodged on {date} (Art 20(2)).",
        "Demande introduite le {date} (art. 20, § 2).",
    ),
    "deadline.start.lodged_detained": (
        "Application lodged on {date}; the person is detained since {since} (Art 28(3)).",
        "Demande introduite le {date} ; la personne est placée en rétention depuis le {since} "
        "(art. 28, § 3).",
    ),
    "deadline.start.eurodac_hit": (
        "Eurodac hit (category {category}, fingerprints taken by {state}) received on {date}.",
        "Résultat positif Eurodac (catégorie {category}, empreintes relevées par {state}) reçu "
        "le {date}.",
    ),
    "deadline.start.aware": (
        "On {date}, {state} became aware that another Member State may be responsible "
        "(Art 24(2), 2nd subpara; C-360/16 Hasan).",
        "Le {date}, {state} a eu connaissance qu'un autre État membre pouvait être responsable "
        "(art. 24, § 2, al. 2 ; CJUE, C-360/16, Hasan).",
    ),
    "deadline.start.request_received": (
        "Request {request} from {from_state} received by {state} on {date}.",
        "Requête {request} de {from_state} reçue par {state} le {date}.",
    ),
    "deadline.start.refusal_received": (
        "Refusal of request {request} by {state} received on {date}.",
        "Refus de la requête {request} par {state} reçu le {date}.",
    ),
    "deadline.start.acceptance": (
        "{state} accepted request {request}; the acceptance was received on {date}.",
        "{state} a accepté la requête {request} ; l'acceptation a été reçue le {date}.",
    ),
    "deadline.start.tacit_acceptance": (
        "{state} did not reply to request {request} by {due}: tacit acceptance.",
        "{state} n'a pas répondu à la requête {request} au plus tard le {due} : acceptation "
        "implicite.",
    ),
    "deadline.start.appeal_decided": (
        "Final decision on {date} on the appeal lodged on {lodged}, which had suspensive effect: "
        "the transfer period runs from that decision (Art 27(3), 29(1); C-490/16 A.S.).",
        "Décision définitive du {date} sur le recours formé le {lodged}, qui avait un effet "
        "suspensif : le délai de transfert court à compter de cette décision (art. 27, § 3, et "
        "29, § 1 ; CJUE, C-490/16, A.S.).",
    ),
    # --- consequences of expiry ---------------------------------------------------------
    "deadline.consequence.take_charge_request": (
        "If no take charge request is sent by then, {state}, where the application was lodged, "
        "becomes responsible; the applicant can rely on it (Art 21(1), 3rd subpara; C-670/16 "
        "Mengesteab).",
        "À défaut de requête aux fins de prise en charge dans ce délai, {state}, où la demande a "
        "été introduite, devient responsable ; le demandeur peut s'en prévaloir (art. 21, § 1, "
        "al. 3 ; CJUE, C-670/16, Mengesteab).",
    ),
    "deadline.consequence.take_back_request": (
        "If no take back request is sent by then, {state}, where the new application was lodged, "
        "becomes responsible, even if an appeal is pending in the other Member State (Art 23(3); "
        "C-213/17 X).",
        "À défaut de requête aux fins de reprise en charge dans ce délai, {state}, où la "
        "nouvelle demande a été introduite, devient responsable, même si un recours est pendant "
        "dans l'autre État membre (art. 23, § 3 ; CJUE, C-213/17, X).",
    ),
    "deadline.consequence.art24_request": (
        "If no take back request is sent by then, {state} must give the person the opportunity "
        "to lodge a new application (Art 24(3)).",
        "À défaut de requête aux fins de reprise en charge dans ce délai, {state} doit donner à "
        "la personne la possibilité de présenter une nouvelle demande (art. 24, § 3).",
    ),
    "deadline.consequence.detention_request": (
        "If no request is sent by then, the person may no longer be detained; Arts 21, 23, 24 "
        "and 29 continue to apply (Art 28(3), 4th subpara).",
        "À défaut de requête dans ce délai, la personne ne peut plus être maintenue en "
        "rétention ; les art. 21, 23, 24 et 29 continuent de s'appliquer (art. 28, § 3, al. 4).",
    ),
    "deadline.consequence.take_charge_reply": (
        "Failure to reply by then is tantamount to accepting the request: {state} must take "
        "charge of the person and arrange the arrival (Art 22(7)).",
        "L'absence de réponse dans ce délai équivaut à l'acceptation de la requête : {state} "
        "doit prendre en charge la personne et prévoir les dispositions nécessaires à son "
        "arrivée (art. 22, § 7).",
    ),
    "deadline.consequence.take_charge_reply_urgent": (
        "Urgent request: {state} must make every effort to reply by the date requested; failure "
        "to reply within one month of receipt is tantamount to acceptance (Art 22(6)-(7)). "
        "Whether silence after the urgent date already counts as acceptance is unsettled.",
        "Requête urgente : {state} doit tout mettre en œuvre pour répondre dans le délai "
        "demandé ; l'absence de réponse dans le mois suivant la réception équivaut à "
        "l'acceptation (art. 22, § 6 et 7). Le point de savoir si le silence au-delà du délai "
        "d'urgence vaut déjà acceptation n'est pas tranché.",
    ),
    "deadline.consequence.take_back_reply": (
        "Failure to reply by then is tantamount to accepting the request: {state} must take "
        "back the person and arrange the arrival (Art 25(2)).",
        "L'absence de réponse dans ce délai équivaut à l'acceptation de la requête : {state} "
        "doit reprendre en charge la personne et prévoir les dispositions nécessaires à son "
        "arrivée (art. 25, § 2).",
    ),
    "deadline.consequence.detention_reply": (
        "Detention case: failure to reply within two weeks is tantamount to accepting the "
        "request; {state} must take charge of or take back the person (Art 28(3), 2nd subpara).",
        "Personne placée en rétention : l'absence de réponse dans les deux semaines équivaut à "
        "l'acceptation de la requête ; {state} doit prendre ou reprendre en charge la personne "
        "(art. 28, § 3, al. 2).",
    ),
    "deadline.consequence.re_examination_request": (
        "After this date, the requesting Member State can no longer ask {state} to re-examine "
        "its refusal (IR 1560/2003 Art 5(2)).",
        "Passé ce délai, l'État membre requérant ne peut plus demander à {state} le réexamen "
        "de son refus (art. 5, § 2, du règlement 1560/2003).",
    ),
    "deadline.consequence.re_examination_reply": (
        "No tacit acceptance: silence ends the re-examination procedure for good, and {state}, "
        "the requesting Member State, is responsible unless it can still send a new request "
        "within its own time limits, which the re-examination does not extend (IR 1560/2003 "
        "Art 5(2); C-47/17 and C-48/17 X and X).",
        "Pas d'acceptation implicite : le silence clôt définitivement la procédure de réexamen, "
        "et {state}, État membre requérant, est responsable, sauf s'il peut encore présenter une "
        "nouvelle requête dans ses propres délais, que le réexamen ne prolonge pas (art. 5, § 2, "
        "du règlement 1560/2003 ; CJUE, C-47/17 et C-48/17, X et X).",
    ),
    "deadline.consequence.humanitarian_reply": (
        "{state} must reply within two months; the Regulation attaches no tacit acceptance to "
        "silence, so none is assumed: a person must follow the request up (Art 17(2)).",
        "{state} doit répondre dans les deux mois ; le règlement n'attache aucune acceptation "
        "implicite au silence, qui n'est donc pas présumée : la requête doit faire l'objet d'un "
        "suivi (art. 17, § 2).",
    ),
    "deadline.consequence.information_reply": (
        "A late reply does not release {state} from replying; if its late research shows that "
        "it is responsible, it cannot invoke the expiry of the request periods, which are "
        "extended by the delay (Art 34(5)).",
        "Le retard ne dispense pas {state} de répondre ; si ses recherches tardives montrent "
        "qu'il est responsable, il ne peut pas invoquer l'expiration des délais de requête, qui "
        "sont prolongés d'une durée égale au retard (art. 34, § 5).",
    ),
    "deadline.consequence.transfer": (
        "If the transfer does not take place by then, {responsible} is relieved of its "
        "obligations and responsibility passes to {state}, the requesting Member State, "
        "automatically; the applicant can rely on it (Art 29(2); C-201/16 Shiri).",
        "Si le transfert n'est pas exécuté dans ce délai, {responsible} est libéré de ses "
        "obligations et la responsabilité est transférée de plein droit à {state}, État membre "
        "requérant ; le demandeur peut s'en prévaloir (art. 29, § 2 ; CJUE, C-201/16, Shiri).",
    ),
    "deadline.consequence.detention_transfer": (
        "If the transfer does not take place by then, the person may no longer be detained; "
        "the transfer period of Art 29 keeps running (Art 28(3), 4th subpara).",
        "Si le transfert n'est pas exécuté dans ce délai, la personne ne peut plus être "
        "maintenue en rétention ; le délai de transfert de l'art. 29 continue de courir (art. "
        "28, § 3, al. 4).",
    ),
    # --- readings of unsettled points -----------------------------------------------------
    "deadline.note.q1_extended": (
        "Art 42 has no rule for a period ending on a Saturday, Sunday or holiday; if such a "
        "period ran on to the next working day (Reg 1182/71 Art 3(4)), it would end on {date}. "
        "Unsettled.",
        "L'art. 42 ne règle pas le cas d'un délai expirant un samedi, un dimanche ou un jour "
        "férié ; s'il était prorogé jusqu'au jour ouvrable suivant (art. 3, § 4, du règlement "
        "1182/71), il expirerait le {date}. Question non tranchée.",
    ),
    "deadline.note.q1_unextended": (
        "This date carries a period ending on a Saturday, Sunday or holiday over to the next "
        "working day, which Art 42 does not provide for; without that extension the period "
        "ends on {date}. Unsettled.",
        "Cette date reporte au jour ouvrable suivant un délai expirant un samedi, un dimanche ou "
        "un jour férié, ce que l'art. 42 ne prévoit pas ; sans ce report, le délai expire le "
        "{date}. Question non tranchée.",
    ),
    "deadline.note.tacit_start_day_after": (
        "Counted from the last day of the reply period (tacit acceptance); counted from the day "
        "after, as some authorities do, it ends on {date}. National case law is split.",
        "Délai calculé à partir du dernier jour du délai de réponse (acceptation implicite) ; "
        "calculé à partir du lendemain, comme le font certaines autorités, il expire le {date}. "
        "La jurisprudence nationale est partagée.",
    ),
    "deadline.note.tacit_start_last_day": (
        "Counted from the day after the reply period (tacit acceptance); counted from its last "
        "day, as some courts do, it ends on {date}. National case law is split.",
        "Délai calculé à partir du lendemain du délai de réponse (acceptation implicite) ; "
        "calculé à partir de son dernier jour, comme le font certaines juridictions, il expire "
        "le {date}. La jurisprudence nationale est partagée.",
    ),
    # --- changes of responsibility ----------------------------------------------------------
    "shift.take_charge_request_missed": (
        "No valid take charge request was sent by {due}: {state}, where the application was "
        "lodged, is responsible (Art 21(1), 3rd subpara; C-670/16 Mengesteab).",
        "Aucune requête aux fins de prise en charge valable n'a été présentée au plus tard le "
        "{due} : {state}, où la demande a été introduite, est responsable (art. 21, § 1, al. 3 ; "
        "CJUE, C-670/16, Mengesteab).",
    ),
    "shift.take_back_request_missed": (
        "No valid take back request was sent by {due}: {state}, where the new application was "
        "lodged, is responsible (Art 23(3); C-213/17 X).",
        "Aucune requête aux fins de reprise en charge valable n'a été présentée au plus tard le "
        "{due} : {state}, où la nouvelle demande a été introduite, est responsable (art. 23, "
        "§ 3 ; CJUE, C-213/17, X).",
    ),
    "shift.art24_request_missed": (
        "No take back request was sent by {due}: {state} must give the person the opportunity "
        "to lodge a new application there (Art 24(3)).",
        "Aucune requête aux fins de reprise en charge n'a été présentée au plus tard le {due} : "
        "{state} doit donner à la personne la possibilité d'y présenter une nouvelle demande "
        "(art. 24, § 3).",
    ),
    "shift.accepted.take_charge": (
        "{state} accepted request {request} (received on {date}): {state} is responsible and "
        "must take charge of the person (Art 18(1)(a), 22(1)).",
        "{state} a accepté la requête {request} (réponse reçue le {date}) : {state} est "
        "responsable et doit prendre en charge la personne (art. 18, § 1, point a, et 22, § 1).",
    ),
    "shift.accepted.take_back": (
        "{state} accepted request {request} (received on {date}): {state} is responsible and "
        "must take back the person (Art 18(1), 25(1)).",
        "{state} a accepté la requête {request} (réponse reçue le {date}) : {state} est "
        "responsable et doit reprendre en charge la personne (art. 18, § 1, et 25, § 1).",
    ),
    "shift.accepted.detention": (
        "{state} accepted request {request} (received on {date}), made while the person was "
        "detained: {state} is responsible (Art 28(3)).",
        "{state} a accepté la requête {request} (réponse reçue le {date}), présentée alors que "
        "la personne était en rétention : {state} est responsable (art. 28, § 3).",
    ),
    "shift.accepted.humanitarian": (
        "{state} accepted the humanitarian request {request} (received on {date}): "
        "responsibility is transferred to {state} (Art 17(2), 4th subpara).",
        "{state} a accepté la requête humanitaire {request} (réponse reçue le {date}) : la "
        "responsabilité lui est transférée (art. 17, § 2, al. 4).",
    ),
    "shift.accepted.re_examination": (
        "On re-examination ({request}), {state} accepted the request (received on {date}): "
        "{state} is responsible (IR 1560/2003 Art 5(2)).",
        "Après réexamen ({request}), {state} a accepté la requête (réponse reçue le {date}) : "
        "{state} est responsable (art. 5, § 2, du règlement 1560/2003).",
    ),
    "shift.tacit_acceptance.take_charge": (
        "{state} did not reply to take charge request {request} by {due}: tacit acceptance; "
        "{state} is responsible (Art 22(7)).",
        "{state} n'a pas répondu à la requête aux fins de prise en charge {request} au plus "
        "tard le {due} : acceptation implicite ; {state} est responsable (art. 22, § 7).",
    ),
    "shift.tacit_acceptance.take_charge_urgent": (
        "{state} did not reply to urgent take charge request {request} within one month, by "
        "{due}: tacit acceptance; {state} is responsible (Art 22(6)-(7)).",
        "{state} n'a pas répondu à la requête urgente aux fins de prise en charge {request} "
        "dans le délai d'un mois, au plus tard le {due} : acceptation implicite ; {state} est "
        "responsable (art. 22, § 6 et 7).",
    ),
    "shift.tacit_acceptance.urgent_date": (
        "{state} did not reply to urgent request {request} by the date requested, {due}; as "
        "decided by a caseworker, that silence counts as tacit acceptance: {state} is "
        "responsible (Art 21(2), 22(7)).",
        "{state} n'a pas répondu à la requête urgente {request} dans le délai demandé, au plus "
        "tard le {due} ; selon la décision de l'agent, ce silence vaut acceptation implicite : "
        "{state} est responsable (art. 21, § 2, et 22, § 7).",
    ),
    "shift.tacit_acceptance.take_back": (
        "{state} did not reply to take back request {request} by {due}: tacit acceptance; "
        "{state} is responsible (Art 25(2)).",
        "{state} n'a pas répondu à la requête aux fins de reprise en charge {request} au plus "
        "tard le {due} : acceptation implicite ; {state} est responsable (art. 25, § 2).",
    ),
    "shift.tacit_acceptance.detention": (
        "{state} did not reply within two weeks, by {due}, to request {request} made while the "
        "person was detained: tacit acceptance; {state} is responsible (Art 28(3), 2nd "
        "subpara).",
        "{state} n'a pas répondu dans les deux semaines, au plus tard le {due}, à la requête "
        "{request} présentée alors que la personne était en rétention : acceptation implicite ; "
        "{state} est responsable (art. 28, § 3, al. 2).",
    ),
    "shift.refusal_stands": (
        "{refused_by} refused request {request} and the refusal stands; the period to send a "
        "new request ended on {due} and the re-examination does not extend it: {state}, the "
        "requesting Member State, is responsible (IR 1560/2003 Art 5(2); C-47/17 and C-48/17 "
        "X and X).",
        "{refused_by} a refusé la requête {request} et ce refus est maintenu ; le délai pour "
        "présenter une nouvelle requête a expiré le {due} et le réexamen ne le prolonge pas : "
        "{state}, État membre requérant, est responsable (art. 5, § 2, du règlement 1560/2003 ; "
        "CJUE, C-47/17 et C-48/17, X et X).",
    ),
    "shift.transfer_missed": (
        "The transfer to {responsible} did not take place by {due}: {responsible} is relieved "
        "of its obligations and {state}, the requesting Member State, is responsible (Art 29(2); "
        "C-201/16 Shiri).",
        "Le transfert vers {responsible} n'a pas été exécuté au plus tard le {due} : "
        "{responsible} est libéré de ses obligations et {state}, État membre requérant, est "
        "responsable (art. 29, § 2 ; CJUE, C-201/16, Shiri).",
    ),
    # --- warnings -------------------------------------------------------------------------
    "warning.deadline.no_calendar": (
        "No holiday calendar is available for {state}: its time limits are counted without "
        "holidays or extension.",
        "Aucun calendrier des jours fériés n'est disponible pour {state} : ses délais sont "
        "calculés sans jours fériés ni prorogation.",
    ),
    "warning.deadline.receipt_unknown": (
        "The date on which {state} received request {request} is not recorded: the reply period "
        "is counted from its sending on {date}. Check the DubliNet acknowledgement (IR 1560/2003 "
        "Art 15(3)).",
        "La date de réception de la requête {request} par {state} n'est pas enregistrée : le "
        "délai de réponse est calculé à partir de son envoi, le {date}. Vérifier l'accusé de "
        "réception DubliNet (art. 15, § 3, du règlement 1560/2003).",
    ),
    "warning.deadline.no_application": (
        "No application lodged in {state} is recorded: the period to send the take charge "
        "request cannot be computed (Art 20(2), 21(1)).",
        "Aucune demande introduite auprès de {state} n'est enregistrée : le délai de "
        "présentation de la requête aux fins de prise en charge ne peut pas être calculé "
        "(art. 20, § 2, et 21, § 1).",
    ),
    "warning.deadline.hit_before_lodging": (
        "The Eurodac hit from {state} received on {date}, before the application was lodged on "
        "{lodged}, is not counted for the two-month period of Art {article}; check whether it "
        "answers the comparison made for this application.",
        "Le résultat positif Eurodac de {state} reçu le {date}, avant l'introduction de la "
        "demande le {lodged}, n'est pas pris en compte pour le délai de deux mois de l'art. "
        "{article} ; vérifier s'il répond à la comparaison faite pour cette demande.",
    ),
    "warning.deadline.art34_extended": (
        "{state} replied to information request {request} {days} days late: the periods to send "
        "it a take charge or take back request are extended by {days} days, provided its reply "
        "shows that it is responsible (Art 34(5)).",
        "{state} a répondu à la demande d'informations {request} avec {days} jours de retard : "
        "les délais pour lui adresser une requête aux fins de prise ou de reprise en charge sont "
        "prolongés de {days} jours, pour autant que sa réponse montre qu'il est responsable "
        "(art. 34, § 5).",
    ),
    "warning.deadline.art34_outstanding": (
        "{state} has not answered information request {request}, due by {due}: if its late "
        "reply shows that it is responsible, the request periods will be extended by the delay "
        "(Art 34(5)).",
        "{state} n'a pas répondu à la demande d'informations {request}, attendue au plus tard le "
        "{due} : si sa réponse tardive montre qu'il est responsable, les délais de requête seront "
        "prolongés d'une durée égale au retard (art. 34, § 5).",
    ),
    "warning.deadline.detention_request_missed": (
        "The person is detained and no request was sent within one month of lodging (by {due}): "
        "the person may no longer be detained (Art 28(3), 4th subpara).",
        "La personne est en rétention et aucune requête n'a été présentée dans le mois suivant "
        "l'introduction de la demande (au plus tard le {due}) : elle ne peut plus être maintenue "
        "en rétention (art. 28, § 3, al. 4).",
    ),
    "warning.deadline.detention_not_urgent": (
        "Request {request} was sent while the person was detained but is not marked as a "
        "detention case: an urgent reply within two weeks must be asked for (Art 28(3), 2nd "
        "subpara).",
        "La requête {request} a été présentée alors que la personne était en rétention mais "
        "n'est pas signalée comme telle : une réponse urgente dans les deux semaines doit être "
        "demandée (art. 28, § 3, al. 2).",
    ),
    "warning.deadline.late_request_accepted": (
        "Request {request} was sent on {date}, after its time limit ended on {due}: its "
        "acceptance by {state} does not make {state} responsible, and the applicant can rely "
        "on the expiry (C-670/16 Mengesteab).",
        "La requête {request} a été présentée le {date}, après l'expiration de son délai le "
        "{due} : son acceptation par {state} ne rend pas cet État responsable, et le demandeur "
        "peut se prévaloir de l'expiration du délai (CJUE, C-670/16, Mengesteab).",
    ),
    "warning.deadline.late_refusal": (
        "The refusal of request {request} by {state}, received on {date}, came after the reply "
        "period ended on {due}: the request had already been tacitly accepted.",
        "Le refus de la requête {request} par {state}, reçu le {date}, est intervenu après "
        "l'expiration du délai de réponse le {due} : la requête était déjà implicitement "
        "acceptée.",
    ),
    "warning.deadline.urgent_too_short": (
        "For urgent request {request}, received on {received}, a reply was asked by {date}: "
        "the period requested must be at least one week (Art 21(2)).",
        "Pour la requête urgente {request}, reçue le {received}, une réponse était demandée au "
        "plus tard le {date} : le délai demandé doit être d'au moins une semaine (art. 21, § 2).",
    ),
    "warning.deadline.postpone_late": (
        "{state} postponed its reply to urgent request {request} on {date}, after the urgent "
        "date of {urgent}: a postponement must be communicated within the time limit "
        "originally requested (Art 22(6)).",
        "{state} a reporté sa réponse à la requête urgente {request} le {date}, après le délai "
        "d'urgence du {urgent} : le report doit être notifié dans le délai initialement demandé "
        "(art. 22, § 6).",
    ),
    "warning.deadline.late_re_examination_acceptance": (
        "{state} accepted re-examination request {request} on {date}, after the two-week "
        "period ended on {due}: the re-examination procedure had already ended for good "
        "(C-47/17 and C-48/17 X and X); the acceptance is not taken into account. A person "
        "should check.",
        "{state} a accepté la demande de réexamen {request} le {date}, après l'expiration du "
        "délai de deux semaines le {due} : la procédure de réexamen était déjà définitivement "
        "close (CJUE, C-47/17 et C-48/17, X et X) ; l'acceptation n'est pas prise en compte. À "
        "vérifier.",
    ),
    "warning.deadline.humanitarian_silence": (
        "{state} has not replied to humanitarian request {request}, due by {due}. Art 17(2) "
        "attaches no tacit acceptance to silence: follow the request up; a person decides.",
        "{state} n'a pas répondu à la requête humanitaire {request}, attendue au plus tard le "
        "{due}. L'art. 17, § 2, n'attache aucune acceptation implicite au silence : relancer "
        "l'État requis ; la décision revient à un agent.",
    ),
    "warning.deadline.transfer_annulled": (
        "The appeal decided on {date} annulled the transfer decision: no transfer deadline "
        "runs on that decision.",
        "Le recours jugé le {date} a annulé la décision de transfert : aucun délai de transfert "
        "ne court sur le fondement de cette décision.",
    ),
    "warning.deadline.appeal_pending": (
        "An appeal with suspensive effect, lodged on {date}, is pending: the transfer period "
        "shown is counted from the acceptance, but it will start again, in full, from the final "
        "decision on the appeal (Art 27(3), 29(1); C-490/16 A.S.).",
        "Un recours suspensif, formé le {date}, est pendant : le délai de transfert affiché est "
        "calculé à partir de l'acceptation, mais il recommencera à courir, en entier, à compter "
        "de la décision définitive sur le recours (art. 27, § 3, et 29, § 1 ; CJUE, C-490/16, "
        "A.S.).",
    ),
    "warning.deadline.ex_officio_suspension": (
        "The transfer was suspended ex officio under Art 27(4) (appeal of {date}) for reasons "
        "other than the appeal: this does not interrupt the transfer period (C-245/21 and "
        "C-248/21).",
        "Le transfert a été suspendu d'office sur le fondement de l'art. 27, § 4 (recours du "
        "{date}), pour des raisons étrangères au recours : cette suspension n'interrompt pas le "
        "délai de transfert (CJUE, C-245/21 et C-248/21).",
    ),
    "warning.deadline.absconding_notice_missing": (
        "The transfer period is extended to 18 months because the person absconded on {date}. "
        "{state} must be told before the six months end on {due}, otherwise the extension "
        "cannot be relied on (IR 1560/2003 Art 9(2)); the case file does not record that notice.",
        "Le délai de transfert est porté à 18 mois en raison de la fuite de la personne le "
        "{date}. {state} doit en être informé avant l'expiration du délai de six mois le {due}, "
        "faute de quoi la prolongation ne peut être opposée (art. 9, § 2, du règlement "
        "1560/2003) ; le dossier ne mentionne pas cette information.",
    ),
    "warning.deadline.absconding_notice_late": (
        "{state} was told of the absconding only on {date}, after the six-month period ended on "
        "{due}: the extension to 18 months cannot be relied on and the transfer period ends at "
        "six months (IR 1560/2003 Art 9(2)).",
        "{state} n'a été informé de la fuite que le {date}, après l'expiration du délai de six "
        "mois le {due} : la prolongation à 18 mois ne peut être opposée et le délai de transfert "
        "expire au bout de six mois (art. 9, § 2, du règlement 1560/2003).",
    ),
    "warning.deadline.imprisonment_notice_missing": (
        "The transfer period is extended to 12 months because of the imprisonment that began on "
        "{date}. {state} must be told before the six months end on {due}, otherwise the "
        "extension cannot be relied on (IR 1560/2003 Art 9(2)); the case file does not record "
        "that notice.",
        "Le délai de transfert est porté à 12 mois en raison de l'emprisonnement commencé le "
        "{date}. {state} doit en être informé avant l'expiration du délai de six mois le {due}, "
        "faute de quoi la prolongation ne peut être opposée (art. 9, § 2, du règlement "
        "1560/2003) ; le dossier ne mentionne pas cette information.",
    ),
    "warning.deadline.imprisonment_notice_late": (
        "{state} was told of the imprisonment only on {date}, after the six-month period ended "
        "on {due}: the extension to 12 months cannot be relied on and the transfer period ends "
        "at six months (IR 1560/2003 Art 9(2)).",
        "{state} n'a été informé de l'emprisonnement que le {date}, après l'expiration du délai "
        "de six mois le {due} : la prolongation à 12 mois ne peut être opposée et le délai de "
        "transfert expire au bout de six mois (art. 9, § 2, du règlement 1560/2003).",
    ),
    "q.h11": (
        "The person is recorded as having absconded on {date}: is this deliberate evasion of "
        "the authorities (C-163/17 Jawo), rather than another reason such as a church asylum "
        "with a known address? Until answered, the presumption of absconding applies and the "
        "transfer period is extended to 18 months.",
        "La personne est enregistrée en fuite depuis le {date} : se soustrait-elle "
        "délibérément aux autorités (CJUE, C-163/17, Jawo), plutôt que pour une autre raison, "
        "par exemple un asile dans une église à adresse connue ? Jusqu'à la réponse, la "
        "présomption de fuite s'applique et le délai de transfert est porté à 18 mois.",
    ),
    "warning.deadline.detention_after_acceptance": (
        "Detention began on {date}, after the acceptance: the six-week limit of Art 28(3) does "
        "not run from the acceptance; the detention must not last longer than the transfer "
        "requires (C-60/16 Khir Amayry).",
        "La rétention a commencé le {date}, après l'acceptation : le délai de six semaines de "
        "l'art. 28, § 3, ne court pas à compter de l'acceptation ; la rétention ne doit pas "
        "excéder le temps nécessaire au transfert (CJUE, C-60/16, Khir Amayry).",
    ),
    "warning.deadline.detention_must_end": (
        "The transfer did not take place within six weeks (by {due}): the person may no longer "
        "be detained; the transfer period of Art 29 keeps running (Art 28(3), 4th subpara).",
        "Le transfert n'a pas été exécuté dans les six semaines (au plus tard le {due}) : la "
        "personne ne peut plus être maintenue en rétention ; le délai de transfert de l'art. 29 "
        "continue de courir (art. 28, § 3, al. 4).",
    ),
    # --- questions --------------------------------------------------------------------------
    "q.deadline.sent_or_received": (
        "Request {request} was sent on {sent} but received on {received}, and the time limit "
        "ended on {due}: was it made in time? (Sending or receipt: IR 1560/2003 Art 15(3).)",
        "La requête {request} a été envoyée le {sent} mais reçue le {received}, et le délai "
        "expirait le {due} : a-t-elle été présentée dans le délai ? (Envoi ou réception : "
        "art. 15, § 3, du règlement 1560/2003.)",
    ),
    "q.deadline.reply_sent_or_received": (
        "The reply to request {request} was sent on {sent} but received on {received}, and the "
        "reply period ended on {due}: was it given in time? (Sending or receipt: IR 1560/2003 "
        "Art 15(3).)",
        "La réponse à la requête {request} a été envoyée le {sent} mais reçue le {received}, et "
        "le délai de réponse expirait le {due} : a-t-elle été donnée dans le délai ? (Envoi ou "
        "réception : art. 15, § 3, du règlement 1560/2003.)",
    ),
    "q.deadline.art24_aware_on": (
        "On which date did {state} become aware that another Member State may be responsible "
        "for the person (Art 24(2), 2nd subpara; C-360/16 Hasan)? Answer with a date "
        "(YYYY-MM-DD).",
        "À quelle date {state} a-t-il eu connaissance qu'un autre État membre pouvait être "
        "responsable de la personne (art. 24, § 2, al. 2 ; CJUE, C-360/16, Hasan) ? Répondre par "
        "une date (AAAA-MM-JJ).",
    ),
    "q.deadline.transfer_start": (
        "After tacit acceptance the transfer period to {responsible} ends on {first} or on "
        "{last}, depending on whether it runs from the last day of the reply period or from the "
        "day after (national case law is split). The transfer did not take place by {first}: "
        "has responsibility passed to {state} (Art 29(2))?",
        "Après acceptation implicite, le délai de transfert vers {responsible} expire le {first} "
        "ou le {last}, selon qu'il court à compter du dernier jour du délai de réponse ou du "
        "lendemain (la jurisprudence nationale est partagée). Le transfert n'a pas été exécuté "
        "au plus tard le {first} : la responsabilité est-elle passée à {state} (art. 29, § 2) ?",
    ),
    "q.deadline.urgent_silence": (
        "{state} did not reply to urgent request {request} by the date requested, {urgent}. "
        "Does that silence already count as acceptance, or only the end of the one-month "
        "period on {due}? (Art 21(2), 22(6)-(7); unsettled.)",
        "{state} n'a pas répondu à la requête urgente {request} dans le délai demandé, au plus "
        "tard le {urgent}. Ce silence vaut-il déjà acceptation, ou seulement l'expiration du "
        "délai d'un mois le {due} ? (art. 21, § 2, et 22, § 6 et 7 ; question non tranchée.)",
    ),
}
