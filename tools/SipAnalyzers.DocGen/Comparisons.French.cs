namespace SipAnalyzers.DocGen;

/// <summary>The curated comparisons in French, in the same order as <see cref="Comparisons.Curated"/>, with the same codes and rules (a test checks it).</summary>
public static class ComparisonsFrench
{
    public static readonly Comparison[] Curated =
    {
        // The explainer page this project grew from.
        new(
            new[] { 100, 600 },
            "SIP 100 Trying est une réponse 1xx Provisional et 600 Busy Everywhere une réponse 6xx Global Failure : le 100 indique que le prochain saut a reçu la requête et la traite, donc que d'autres réponses suivront ; le 600 est une réponse finale et définitive, qui indique que l'appelé est occupé et qu'aucun autre terminal ne répondra (RFC 3261, sections 21.1.1 et 21.6.1). Contrairement au 486 Busy Here, le 600 met fin à la recherche partout.",
            new[]
            {
                "Le 100 est une réponse 1xx Provisional et le 600 une réponse 6xx Global Failure (RFC 3261, section 7.2).",
                "100 Trying est saut par saut (hop-by-hop) : le prochain saut l'envoie pour arrêter les retransmissions de l'INVITE, un proxy avec état ne le relaie jamais vers l'amont (section 16.7, étape 5), et il n'est jamais acquitté par un ACK ni envoyé de manière fiable (RFC 3262, section 3).",
                "600 Busy Everywhere est une réponse finale : la transaction client INVITE se termine, la réponse est acquittée par un ACK, et un proxy qui la reçoit annule ses autres branches et n'en crée aucune nouvelle (section 16.7, étape 5 ; section 21.6).",
                "Le 100 arrive immédiatement après l'envoi d'un INVITE, avant que l'on sache quoi que ce soit de l'appelé ; le 600 arrive une fois que le côté de l'appelé a décidé, sur tous ses terminaux, de ne pas prendre l'appel.",
                "Du code qui considère n'importe quelle réponse comme la réponse à la requête prend à tort le 100 pour une réponse finale (SIP2002) ; du code qui bascule vers un autre serveur ou recompose après n'importe quel échec rappelle après un 600 (SIP2001). Un Retry-After dans un 600 est une indication pour une tentative ultérieure à l'initiative de l'utilisateur, pas pour une nouvelle tentative automatique (section 21.6.1).",
            },
            new[]
            {
                (100, "Jamais volontairement : c'est la couche transaction qui l'envoie. À la réception, continuer d'attendre la réponse finale ; s'il reste longtemps la dernière réponse reçue, soupçonner le réseau ou le proxy, pas l'appelé."),
                (600, "Uniquement quand l'émetteur de la réponse sait que l'utilisateur est occupé sur tous ses terminaux et que rien d'autre (messagerie vocale) ne répondra ; sinon, 486 Busy Here. À la réception, s'arrêter : pas de basculement vers un autre serveur, pas de recomposition, pas de nouvelle branche."),
            },
            new[] { "SIP2002", "SIP2001" }),
        new(
            new[] { 100, 180, 183 },
            "Les trois sont des réponses provisoires : aucune ne signifie que l'appel est décroché et aucune n'est jamais acquittée par un ACK (RFC 3261, section 21.1). Elles diffèrent par leur émetteur et par ce que fait l'appelant en attendant.",
            new[]
            {
                "100 Trying est saut par saut (hop-by-hop) : le prochain saut (souvent le premier proxy) l'envoie pour arrêter les retransmissions de l'INVITE. Un proxy avec état ne le relaie jamais vers l'amont (RFC 3261, section 16.7, étape 5) et il n'est jamais envoyé de manière fiable (RFC 3262, section 3).",
                "180 Ringing vient de l'agent utilisateur de l'appelé pendant qu'il alerte l'utilisateur ; avec le forking, il en arrive un par terminal qui sonne. L'appelant diffuse un retour d'appel local.",
                "183 Session Progress porte généralement une réponse SDP pour du média précoce (annonces du réseau, tonalité de retour d'appel fournie par l'extrémité distante) : diffuser ce média à la place du retour d'appel local.",
                "Seules les réponses provisoires autres que 100 peuvent être envoyées de manière fiable avec PRACK (RFC 3262, section 3) et réarmer le Timer C d'un proxy (RFC 3261, section 16.7, étape 2) ; le 100 ne fait ni l'un ni l'autre.",
                "Un client traite un code provisoire inconnu autre que 100 comme un 183 (RFC 3261, section 8.1.3.2). Aucune des trois n'est une réponse finale : du code qui teste `code >= 100` pour « décroché » ou `code != 200` pour « échec » les interprète toutes les trois à tort.",
            },
            new[]
            {
                (100, "Laisser la transaction serveur INVITE l'envoyer (elle le doit, sauf si l'application répond dans les 200 ms : RFC 3261, section 17.2.1). Ne jamais envoyer de réponse provisoire à une requête non-INVITE (RFC 4320, section 4.1)."),
                (180, "L'envoyer quand le terminal commence à alerter l'utilisateur ; à la réception, démarrer le retour d'appel local et continuer d'attendre la réponse finale."),
                (183, "L'envoyer avec un corps SDP quand du média précoce va circuler ; à la réception, diffuser le média précoce et continuer d'attendre."),
            },
            new[] { "SIP1002" }),
        new(
            new[] { 486, 600, 603 },
            "Les trois refusent un appel, mais le 486 est local (ce terminal est occupé ; l'utilisateur peut être joignable ailleurs) alors que le 600 et le 603 sont globaux (RFC 3261, section 21.6) : un proxy qui reçoit l'un d'eux annule toutes ses autres branches et n'en crée aucune nouvelle (section 16.7, étape 5).",
            new[]
            {
                "486 Busy Here est un 4xx : il ne parle qu'au nom de cet agent utilisateur. Le forking, la messagerie vocale et le renvoi sur occupation continuent (RFC 3261, section 21.4.24).",
                "600 Busy Everywhere ne peut être envoyé que si l'émetteur de la réponse sait qu'aucun autre terminal, messagerie vocale comprise, ne répondra ; sinon, il convient d'utiliser le 486 (section 21.6.1).",
                "603 Decline indique que l'utilisateur ne souhaite explicitement pas prendre l'appel, sans dire pourquoi, et n'est lui aussi envoyé que lorsqu'aucun autre terminal ne répondra (section 21.6.2). Un softphone qui refuse l'appel avec un 603 peut empêcher les autres terminaux de l'utilisateur de sonner.",
                "Le 600 et le 603 peuvent porter un Retry-After indiquant quand l'appelé pense être disponible (section 20.33) : une indication pour une tentative ultérieure à l'initiative de l'utilisateur, pas pour un basculement automatique.",
                "Après un 600 ou un 603, un numéroteur ou un B2BUA ne doit pas basculer vers un autre trunk ou une autre passerelle pour le même appelé (SIP2001) ; après un 486, les autres branches restent possibles.",
            },
            new[]
            {
                (486, "Refuser un appel entrant parce que ce terminal est occupé ou que l'utilisateur a appuyé sur Refuser : le bon choix par défaut."),
                (600, "Uniquement quand l'émetteur de la réponse sait que l'utilisateur est occupé sur tous ses terminaux et que rien d'autre (messagerie vocale) ne répondra."),
                (603, "Uniquement quand l'utilisateur refuse délibérément l'appel et qu'aucun autre terminal ne doit sonner. La documentation UCMA de Microsoft le qualifie de rare et recommande le 486."),
            },
            new[] { "SIP2001" }),
        new(
            new[] { 488, 606 },
            "Les deux rejettent la description de session proposée (codecs, types de média, transport). Le 488 parle au nom de cet agent utilisateur ; le 606 en est la version globale : aucun terminal de l'utilisateur n'acceptera cette session (RFC 3261, section 21.6.4).",
            new[]
            {
                "488 Not Acceptable Here (RFC 3261, section 21.4.26) : la même offre peut aboutir sur une autre branche ou un autre terminal.",
                "606 Not Acceptable (section 21.6.4) : l'utilisateur a été joint, mais la description de session est inacceptable partout ; un proxy arrête le forking (section 16.7, étape 5).",
                "Les deux peuvent porter un en-tête Warning qui indique ce qui n'allait pas (section 20.43) : le lire avant de construire une nouvelle offre.",
                "Réessayer avec une offre différente est permis après l'un comme après l'autre (SIP2001 ne signale rien quand une nouvelle tentative après un 606 modifie l'offre) ; renvoyer la même offre ne l'est pas.",
                "406 Not Acceptable est un autre problème : aucun des types de corps de réponse que la requête autorise dans Accept ne peut être produit.",
            },
            new[]
            {
                (488, "Un agent utilisateur qui ne peut pas accepter cette offre (aucun codec commun) alors que d'autres terminaux de l'utilisateur le pourraient."),
                (606, "Uniquement quand l'émetteur de la réponse sait qu'aucun terminal de l'utilisateur ne peut accepter une telle session."),
            },
            new[] { "SIP2001" }),
        new(
            new[] { 401, 407 },
            "Les deux demandent des identifiants (RFC 3261, section 22). Le 401 vient du serveur d'agent utilisateur ou du registrar et porte WWW-Authenticate ; le 407 vient d'un proxy sur le chemin et porte Proxy-Authenticate.",
            new[]
            {
                "401 Unauthorized (RFC 3261, section 21.4.2) : répondre avec un en-tête Authorization (section 22.2).",
                "407 Proxy Authentication Required (section 21.4.8) : répondre avec Proxy-Authorization (section 22.3) ; plusieurs proxys sur le chemin peuvent chacun en demander.",
                "Dans les deux cas, la requête renvoyée reçoit un CSeq augmenté de un et conserve Call-ID, To et From (section 8.1.3.5).",
                "Des identifiants qui viennent d'être refusés ne doivent pas être renvoyés, sauf si le nonce était périmé (section 22.1) : compter les tentatives et abandonner (SIP2004).",
                "Quand des identifiants ne peuvent rien changer, la réponse est 403 Forbidden, pas un nouveau challenge.",
            },
            new[]
            {
                (401, "Les registrars et les serveurs d'agent utilisateur qui répondent à une requête par un challenge d'authentification."),
                (407, "Les proxys qui répondent à une requête par un challenge d'authentification avant de la router."),
            },
            new[] { "SIP2004" }),
        new(
            new[] { 403, 404 },
            "Le 403 indique que le serveur a compris la requête et la refuse ; le 404, que l'utilisateur n'existe pas dans le domaine pour lequel le serveur répond.",
            new[]
            {
                "403 Forbidden (RFC 3261, section 21.4.4) : fournir une autorisation n'y changera rien, et la requête ne devrait pas être répétée.",
                "404 Not Found (section 21.4.5) : l'utilisateur n'existe pas dans le domaine de la Request-URI, ou ce domaine n'est pas l'un de ceux que gère ce serveur.",
                "Le 404 peut porter Retry-After (section 20.33) ; le 403 ne le peut pas.",
                "Ni l'un ni l'autre n'invite à renvoyer la même requête (section 21.4 ; SIP2004). Après un 404, un autre serveur ou un autre domaine peut connaître l'utilisateur.",
                "604 Does Not Exist Anywhere est la forme globale du 404, qui fait autorité.",
            },
            new[]
            {
                (403, "Les refus liés à une politique : un appelant bloqué, une destination interdite, un enregistrement pour une identité à laquelle les identifiants ne donnent pas droit."),
                (404, "Un utilisateur ou un poste inconnu dans ce domaine."),
            },
            new[] { "SIP2004" }),
        new(
            new[] { 408, 480, 504 },
            "Les trois indiquent qu'aucune réponse n'est arrivée à temps, chacun du point de vue d'un élément différent : le serveur lui-même (408), l'appelé (480) ou un serveur plus loin sur le chemin (504).",
            new[]
            {
                "408 Request Timeout (RFC 3261, section 21.4.9) : le serveur n'a pas pu produire de réponse à temps, par exemple parce qu'il n'a pas trouvé l'utilisateur. Une transaction client qui expire est signalée localement par un 408 (section 8.1.3.1). La requête peut être répétée plus tard à l'identique.",
                "480 Temporarily Unavailable (section 21.4.18) : l'appelé a été joint mais n'est pas disponible pour le moment (non enregistré, ne pas déranger) ; la réponse peut porter Retry-After, et l'utilisateur peut être joignable ailleurs.",
                "504 Server Time-out (section 21.5.5) : un serveur n'a pas reçu à temps de réponse d'un serveur qu'il a contacté (un proxy en aval, un service de localisation).",
                "Un 408 en réponse à une requête dans un dialogue met fin au dialogue (section 12.2.1.2). Un élément avec état de transaction n'envoie jamais de 408 en réponse à une requête non-INVITE (RFC 4320, section 4.2).",
            },
            new[]
            {
                (408, "Un serveur qui a abandonné son propre traitement ; les clients le voient quand leur transaction expire."),
                (480, "L'utilisateur est connu mais actuellement injoignable : aucun enregistrement, ne pas déranger."),
                (504, "Un proxy dont la requête vers l'aval a expiré."),
            },
            new[] { "SIP2005" }),
        new(
            new[] { 301, 302, 305 },
            "Les trois sont des redirections : le client envoie une nouvelle requête vers l'URI indiquée dans Contact (RFC 3261, section 8.1.3.4). Ils diffèrent par la durée de validité de la nouvelle adresse et par ce qu'elle désigne.",
            new[]
            {
                "301 Moved Permanently (RFC 3261, section 21.3.2) : l'utilisateur ne se trouve plus à cette adresse ; mettre à jour les adresses mémorisées.",
                "302 Moved Temporarily (section 21.3.3) : utiliser le Contact pour cette requête ; ne le garder en cache que pendant la durée indiquée par Expires, sinon pas du tout.",
                "305 Use Proxy (section 21.3.4) : renvoyer cette seule requête via le proxy indiqué dans Contact ; seuls les serveurs d'agent utilisateur peuvent l'envoyer. Il n'est pas obsolète en SIP (le 305 de HTTP l'est), mais c'est un code hérité.",
                "Un client ajoute chaque URI à son ensemble de cibles au plus une fois, ce qui empêche les boucles de redirection (section 8.1.3.4) ; chaque nouvelle requête reçoit une nouvelle branche.",
                "303 et 304 sont des codes HTTP, pas des codes SIP (SIP1003) ; SIPSorcery a autrefois donné au 305 la valeur 303.",
            },
            new[]
            {
                (301, "Un utilisateur qui a changé d'adresse définitivement (un numéro porté, un compte renommé)."),
                (302, "Le renvoi d'appel et le find-me-follow-me : la redirection habituelle."),
                (305, "Un serveur d'agent utilisateur qui exige que la requête passe par un proxy donné ; préférer un proxy sortant configuré."),
            },
            new[] { "SIP1003" }),
        new(
            new[] { 500, 503 },
            "Les deux sont des échecs du serveur, mais le 503 signifie « surchargé ou en maintenance : revenir plus tard ou aller ailleurs », alors que le 500 est une erreur interne inattendue.",
            new[]
            {
                "500 Server Internal Error (RFC 3261, section 21.5.1) : une situation inattendue ; le client peut réessayer après plusieurs secondes, et la réponse peut porter Retry-After.",
                "503 Service Unavailable (section 21.5.4) : surcharge temporaire ou maintenance ; le client devrait essayer un autre serveur et ne rien envoyer à celui-ci pendant la durée du Retry-After. Sans Retry-After, il est traité comme un 500.",
                "Un proxy ne relaie pas un 503 vers l'amont, sauf si toute requête ultérieure recevrait elle aussi un 503 ; quand le 503 est la seule réponse, il envoie un 500 à la place (section 16.7, étape 6), afin que les éléments en amont ne retirent pas de la rotation un serveur en bon état.",
                "Une erreur fatale de transport est traitée comme un 503 (section 8.1.3.1) ; le PJSIP_SC_TSX_TRANSPORT_ERROR de pjsip a la valeur 503.",
            },
            new[]
            {
                (500, "Une défaillance inattendue dans ce serveur."),
                (503, "Surcharge ou maintenance planifiée, avec Retry-After quand la durée est connue."),
            },
            new[] { "SIP2005" }),
        new(
            new[] { 481, 487 },
            "Les deux indiquent qu'il ne reste rien sur quoi la requête puisse agir, pour des raisons opposées : le 481 parce que le dialogue ou la transaction est inconnu, le 487 parce que l'appelant a annulé la requête.",
            new[]
            {
                "481 Call/Transaction Does Not Exist (RFC 3261, section 21.4.19) : la requête ne correspond à aucun dialogue ni à aucune transaction, par exemple un BYE après la fin de l'appel, ou un CANCEL qui ne correspond à rien (section 9.2). Dans un dialogue, le client met fin au dialogue (section 12.2.1.2).",
                "487 Request Terminated (section 21.4.25) : la requête a été interrompue par un CANCEL (ou un BYE) avant d'aboutir ; c'est l'issue normale quand l'appelant raccroche pendant la sonnerie. Ce n'est jamais la réponse au CANCEL lui-même (section 9.2).",
                "Ni l'un ni l'autre ne se réessaie à l'identique (SIP2004) : après un 481, le dialogue n'existe plus ; après un 487, c'est l'appelant qui l'a demandé.",
            },
            new[]
            {
                (481, "Un serveur d'agent utilisateur qui reçoit une requête dans un dialogue, ou un CANCEL, pour un dialogue ou une transaction inconnus."),
                (487, "La transaction serveur INVITE qui répond à un INVITE annulé."),
            },
            new[] { "SIP2004" }),
        new(
            new[] { 200, 202 },
            "Les deux sont des réponses de succès, mais 202 Accepted est obsolète : la RFC 6665, section 8.3.1, le supprime pour SUBSCRIBE, et la RFC 7647 étend cette règle à REFER.",
            new[]
            {
                "200 OK (RFC 3261, section 21.2.1) : la requête a abouti.",
                "202 Accepted : à l'origine, « accepté pour traitement » (RFC 3265) ; le registre de l'IANA l'inscrit comme Accepted (Deprecated).",
                "Un 202 reçu est traité exactement comme un 200 (RFC 6665, section 8.3.1).",
                "Le succès, c'est toute la classe 2xx (RFC 3261, sections 8.1.3.2 et 21.2) : tester `SipStatus.IsSuccess(code)`, pas `code == 200` (SIP1002).",
            },
            new[]
            {
                (200, "Toute réponse de succès que vous envoyez, SUBSCRIBE et REFER compris."),
                (202, "Ne jamais l'envoyer ; à la réception, le traiter comme un 200."),
            },
            new[] { "SIP1002" }),
        new(
            new[] { 404, 604 },
            "Les deux indiquent que l'utilisateur n'existe pas ; le 404 parle au nom de ce serveur ou de ce domaine, le 604 fait autorité partout (RFC 3261, section 21.6.3).",
            new[]
            {
                "404 Not Found (RFC 3261, section 21.4.5) : pas dans ce domaine ; un autre serveur ou un autre domaine peut connaître l'utilisateur, et la réponse peut porter Retry-After.",
                "604 Does Not Exist Anywhere (section 21.6.3) : le serveur dispose d'informations faisant autorité selon lesquelles l'utilisateur n'existe nulle part.",
                "Après un 604, un proxy arrête le forking (section 16.7, étape 5) et un numéroteur n'essaie aucune autre route (SIP2001) ; après un 404, une autre route peut aboutir.",
            },
            new[]
            {
                (404, "Un utilisateur inconnu dans ce domaine, quand d'autres domaines ou d'autres routes pourraient le connaître."),
                (604, "Uniquement de la part d'un serveur qui dispose d'informations faisant autorité, comme le réseau d'origine du numéro ou une base de données de portabilité."),
            },
            new[] { "SIP2001" }),
        new(
            new[] { 603, 607, 608 },
            "Les trois rejettent un appel de façon globale ; ils diffèrent par l'auteur du rejet et par sa raison.",
            new[]
            {
                "603 Decline (RFC 3261, section 21.6.2) : l'appelé a refusé l'appel, sans dire pourquoi.",
                "607 Unwanted (RFC 8197) : l'appelé signale l'appel comme indésirable (spam, appels robotisés) ; la réponse alimente aussi l'analyse des appels.",
                "608 Rejected (RFC 8688) : c'est un intermédiaire, par exemple le moteur d'analyse d'un opérateur, qui a rejeté l'appel, pas l'appelé ; Call-Info peut indiquer un moyen de contester ce rejet.",
                "En tant que réponses 6xx, toutes trois arrêtent le forking (RFC 3261, section 16.7, étape 5) et ne doivent pas être réessayées automatiquement (SIP2001).",
            },
            new[]
            {
                (603, "L'utilisateur a refusé l'appel."),
                (607, "L'utilisateur a signalé l'appel comme indésirable."),
                (608, "Un élément du réseau, et non l'utilisateur, bloque l'appel."),
            },
            new[] { "SIP2001" }),
    };
}
