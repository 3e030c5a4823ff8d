# Messages de conseil, en français (langue par défaut).
# Écriture inclusive comme dans les documents du conseil ; mots simples.

## Préfixes des messages d'erreur
error-prefix = Erreur :
hint-prefix = Que faire :

## Aide de la ligne de commande
cli-usage = Utilisation :
cli-commands = Commandes
cli-command = COMMANDE
cli-options = Options
cli-help = Affiche cette aide
cli-version = Affiche la version

cli-cmd = Procès-verbaux, tâches et contributions d'un conseil de pairs, chiffrés sur le disque.
cli-cmd-init = Crée un nouveau conseil, vide et chiffré
cli-cmd-keygen = Crée un fichier d'identité (clé secrète), comme age-keygen
cli-cmd-check = Déchiffre et vérifie chaque fiche du conseil
cli-cmd-rekey = Ajoute ou retire une clé, change ou retire la phrase de passe
cli-cmd-member = Membres (pseudonymes seulement)
cli-cmd-member-add = Ajoute un·e membre
cli-cmd-member-list = Liste les membres
cli-cmd-member-show = Affiche un·e membre
cli-cmd-member-update = Modifie un·e membre
cli-cmd-group = Groupes de travail
cli-cmd-group-add = Ajoute un groupe de travail
cli-cmd-group-list = Liste les groupes de travail
cli-cmd-group-show = Affiche un groupe de travail
cli-cmd-meeting = Rencontres et procès-verbaux
cli-cmd-meeting-add = Ajoute une rencontre (éventuellement sur le modèle de la précédente)
cli-cmd-meeting-list = Liste les rencontres
cli-cmd-meeting-show = Affiche le procès-verbal d'une rencontre
cli-cmd-meeting-item = Ajoute un point à l'ordre du jour
cli-cmd-meeting-notes = Écrit les notes d'un point de l'ordre du jour
cli-cmd-meeting-attend = Note les présences
cli-cmd-meeting-decide = Note une décision
cli-cmd-meeting-action = Note une action à mener ; elle devient une tâche du groupe choisi
cli-cmd-meeting-adopt = Adopte le procès-verbal (il ne pourra plus être modifié, seulement amendé)
cli-cmd-meeting-amend = Ajoute un amendement daté à un procès-verbal adopté
cli-cmd-task = Tâches des groupes de travail
cli-cmd-task-add = Ajoute une tâche
cli-cmd-task-list = Liste les tâches
cli-cmd-task-show = Affiche une tâche
cli-cmd-task-update = Change l'état d'une tâche, la commente ou la modifie
cli-cmd-contribution = Contributions des membres et leur consentement
cli-cmd-contribution-add = Ajoute une contribution
cli-cmd-contribution-list = Liste les contributions
cli-cmd-contribution-show = Affiche une contribution
cli-cmd-contribution-update = Retire le consentement ou modifie une contribution

cli-arg-lang = Langue des messages : fr ou en
cli-arg-db = Dossier du conseil (par défaut, le dossier de données de l'utilisateur·rice)
cli-arg-identity = Fichier d'identité qui ouvre le conseil
cli-arg-passphrase-file = Lit la phrase de passe dans ce fichier (« - » : entrée standard), pour les scripts
cli-arg-demo = Montre un conseil de démonstration, créé puis effacé
cli-arg-json = Sortie en JSON, pour les scripts
cli-arg-name = Nom du conseil
cli-arg-recipients = Clé publique (age1…) ou fichier de clés qui pourra ouvrir le conseil
cli-arg-passphrase = Le conseil pourra aussi s'ouvrir avec une phrase de passe (demandée sans écho)
cli-arg-language = Langue du conseil : fr ou en
cli-arg-output = Fichier à créer
cli-arg-add-recipient = Ajoute cette clé publique (age1…) ou les clés de ce fichier
cli-arg-remove-recipient = Retire cette clé publique (age1…)
cli-arg-set-passphrase = Définit ou change la phrase de passe
cli-arg-new-passphrase-file = Lit la nouvelle phrase de passe dans ce fichier (« - » : entrée standard)
cli-arg-remove-passphrase = Retire la phrase de passe
cli-arg-list = Liste les clés publiques et dit s'il y a une phrase de passe
cli-arg-pseudonym = Pseudonyme (jamais un nom, un courriel ou un numéro)
cli-arg-roles = Rôle : membre, secrétaire, animation (répétable)
cli-arg-groups = Groupe de travail (répétable)
cli-arg-credit = Accepte d'être nommé·e par son pseudonyme dans les exports
cli-arg-member = Membre : pseudonyme ou identifiant
cli-arg-active = Membre actif·ve : true ou false
cli-arg-purpose = À quoi sert le groupe
cli-arg-cadence = Fréquence des rencontres (ex. trimestrielle)
cli-arg-group = Groupe de travail : nom ou identifiant
cli-arg-date = Date (AAAA-MM-JJ)
cli-arg-title = Titre
cli-arg-kind = Genre
cli-arg-template = Reprend l'ordre du jour de cette rencontre (« previous » : la précédente)
cli-arg-meeting = Rencontre : identifiant ou début d'identifiant
cli-arg-slot = Plage horaire, ex. 9h15-10h30
cli-arg-item = Numéro du point de l'ordre du jour (à partir de 1)
cli-arg-text = Texte (« - » : lu sur l'entrée standard, pour ne pas le laisser dans l'historique)
cli-arg-members = Membre présent·e (répétable)
cli-arg-guests = Nombre de personnes invitées (jamais leurs noms)
cli-arg-consensus = Décision prise par consensus
cli-arg-votes = Décision votée : pour,contre,abstention (ex. 8,1,2)
cli-arg-assignees = Membre chargé·e de la tâche (répétable)
cli-arg-due = Échéance (AAAA-MM-JJ)
cli-arg-on = Date d'adoption (par défaut aujourd'hui)
cli-arg-description = Description (« - » : entrée standard)
cli-arg-status = État : todo, doing, blocked, done (ou à-faire, en-cours, bloquée, faite)
cli-arg-task = Tâche : identifiant ou début d'identifiant
cli-arg-comment = Commentaire daté (« - » : entrée standard)
cli-arg-author = Auteur·rice : pseudonyme ou identifiant
cli-arg-unlinked = Ne relie la contribution à personne, même dans le conseil
cli-arg-consent = Consentement : council-only, paraphrase, quote (ou conseil, reformulation, citation)
cli-arg-themes = Thème (répétable)
cli-arg-expires = Fin du consentement (AAAA-MM-JJ)
cli-arg-theme = Ne garde que ce thème
cli-arg-contribution = Contribution : identifiant ou début d'identifiant
cli-arg-withdraw = Retire le consentement à partir d'aujourd'hui

## Invites
prompt-passphrase = Phrase de passe du conseil : 
prompt-new-passphrase = Nouvelle phrase de passe : 
prompt-repeat-passphrase = Répétez la phrase de passe : 

## Résultats
default-council-name = Conseil de pairs
init-done = Conseil créé dans { $path } ({ $recipients ->
    [0] aucune clé
    [one] une clé
   *[other] { $recipients } clés
  }{ $passphrase ->
    [yes] {" "}et une phrase de passe
   *[no] {""}
  }).
keygen-done = Identité écrite dans { $path } (gardez ce fichier secret). Clé publique :
rekey-done = Accès mis à jour : { $recipients ->
    [0] aucune clé
    [one] une clé
   *[other] { $recipients } clés
  }, { $passphrase ->
    [yes] avec phrase de passe
   *[no] sans phrase de passe
  }.
rekey-has-passphrase = Phrase de passe : oui
rekey-no-passphrase = Phrase de passe : non
check-count = { $kind } : { $count }
check-bad = Fiche abîmée : { $tree } / { $id }
check-ok = Tout est lisible et intact ({ $total } fiches).
saved = Enregistré ({ $id }).
member-added = Membre ajouté·e : { $pseudonym } ({ $id })
group-added = Groupe ajouté : { $name } ({ $id })
meeting-added = Rencontre ajoutée : { $title } ({ $id })
task-added = Tâche ajoutée : { $title } ({ $id })
contribution-added = Contribution ajoutée ({ $id })
state-active = actif·ve
state-inactive = inactif·ve
credit-yes = nommé·e dans les exports
credit-no = anonyme dans les exports
overdue-mark = ⚠ en retard
minutes-draft = brouillon
minutes-adopted = adopté le { $date }
attendance-line = Présent·es : { $members } ; personnes invitées : { $guests }
amendment-line = Amendement du { $date } : { $text }
outcome-consensus = consensus
outcome-vote = pour { $yes }, contre { $no }, abstention { $abstain }
outcome-none = sans issue notée

## Noms
kind-member = Membres
kind-group = Groupes de travail
kind-meeting = Rencontres
kind-task = Tâches
kind-contribution = Contributions
kind-draft = Plaidoyers
status-todo = à faire
status-doing = en cours
status-blocked = bloquée
status-done = faite
consent-council-only = conseil seulement
consent-paraphrase = reformulation
consent-quote = citation
consent-withdrawn = retirée
gap-no-attendance = Personne n'est noté·e présent·e.
gap-decision-outcome = Point { $item } : une décision n'a pas d'issue (consensus ou vote).
gap-action-group = Point { $item } : une action n'a pas de groupe de travail.
gap-action-assignee = Point { $item } : une action n'a personne pour la mener.
field-pseudonym = le pseudonyme
field-email = une adresse courriel
field-phone = un numéro (téléphone ou autre)
field-url = une adresse web
field-title = le titre
field-name = le nom
field-notes = les notes
field-text = le texte
field-theme = un thème
field-question = une question
field-decision = une décision
field-action = une action
field-amendment = l'amendement
field-comment = le commentaire
field-description = la description
field-purpose = le but du groupe
field-cadence = la fréquence
field-heading = un titre de section
field-body = le texte d'une section
field-response = la réponse reçue
field-group = le groupe de travail
field-groups = les groupes de travail
field-attendance = les présences
field-assignees = les personnes chargées
field-author = l'auteur·rice
field-meeting = la rencontre

## Démonstration
demo-council-name = Conseil des consultant·es en savoir expérientiel (démonstration)
demo-title = { $name }
demo-summary = { $members } membres, { $groups } groupes de travail, { $meetings } rencontres ({ $adopted } procès-verbaux adoptés), { $tasks } tâches, { $contributions } contributions, { $drafts } plaidoyers.
demo-consent = Consentements : { $council } conseil seulement, { $paraphrase } reformulation, { $quote } citation, { $withdrawn } retirés.
demo-check = Vérification : { $total } fiches déchiffrées, { $bad } abîmée(s).
demo-removed = Le conseil de démonstration et sa clé ont été effacés.

## Erreurs : ce qui s'est passé (err-) et que faire (rec-)
err-not-found = Il n'y a pas de conseil dans { $path }.
rec-not-found = Vérifiez le chemin donné à --db, ou créez un conseil avec « conseil init ».
err-already-exists = { $path } existe déjà et n'est pas vide.
rec-already-exists = Choisissez un autre dossier avec --db ; rien n'a été modifié.
err-not-a-council = { $path } n'est pas un dossier de conseil.
rec-not-a-council = Vérifiez le chemin donné à --db.
err-locked = Le conseil { $path } est déjà ouvert par un autre programme.
rec-locked = Fermez l'autre fenêtre de conseil, puis réessayez.
err-access = Impossible de lire ou d'écrire { $path } ({ $reason }).
rec-access = Vérifiez que le dossier existe et vous appartient, et qu'il reste de la place sur le disque.
err-newer-format = Ce conseil a été écrit par une version plus récente de conseil (format { $found }, cette version lit jusqu'au format { $supported }).
rec-newer-format = Installez la dernière version de conseil ; rien n'a été modifié.
err-wrong-passphrase = La phrase de passe ne correspond pas.
rec-wrong-passphrase = Vérifiez les majuscules et les accents, puis réessayez.
err-not-a-recipient = Cette identité n'ouvre pas ce conseil.
rec-not-a-recipient = Utilisez le fichier d'identité donné à la création du conseil, ou demandez à la personne secrétaire de vous ajouter (« conseil rekey --add-recipient »).
err-no-passphrase = Ce conseil ne s'ouvre pas avec une phrase de passe.
rec-no-passphrase = Donnez votre fichier d'identité avec -i.
err-no-recipients = Ce conseil ne s'ouvre qu'avec sa phrase de passe.
rec-no-recipients = Lancez la commande sans -i pour taper la phrase de passe.
err-no-way-in = Ce changement ne laisserait aucune clé ni phrase de passe : personne ne pourrait plus ouvrir le conseil.
rec-no-way-in = Ajoutez d'abord une autre clé ou une phrase de passe ; rien n'a été modifié.
err-unknown-recipient = La clé { $key } n'ouvre pas ce conseil.
rec-unknown-recipient = Affichez les clés avec « conseil rekey --list ».
err-excessive-work = La phrase de passe de ce conseil demande un calcul beaucoup trop long.
rec-excessive-work = Le fichier a peut-être été modifié ; utilisez une sauvegarde ou votre fichier d'identité.
err-corrupt = La fiche { $id } ({ $tree }) ne se déchiffre pas : elle a été abîmée ou modifiée.
rec-corrupt = Les autres fiches sont intactes. Lancez « conseil check » pour la liste complète, et restaurez une sauvegarde si besoin.
err-missing = Aucune fiche { $id } dans { $kind }.
rec-missing = Vérifiez l'identifiant avec la commande « list ».
err-database = La base de données a refusé l'écriture ({ $reason }).
rec-database = Vérifiez la place libre sur le disque. Ce qui était enregistré avant reste intact.
err-wrap = Impossible de chiffrer la clé du conseil ({ $reason }).
err-bad-id = Cet identifiant n'est pas valide.
rec-bad-id = Un identifiant a 32 caractères (0-9, a-f) ; les 4 premiers suffisent s'ils ne désignent qu'une fiche.
err-empty = Il manque { $field }.
err-too-long = { $field } est trop long.
rec-too-long = Coupez le texte en plusieurs parties.
err-identifying-pseudonym = Le pseudonyme ressemble à { $what } : il pourrait identifier la personne.
rec-identifying-pseudonym = Choisissez un pseudonyme sans nom, numéro ni adresse.
err-duplicate-pseudonym = Ce pseudonyme est déjà pris.
rec-duplicate-pseudonym = Choisissez un autre pseudonyme.
err-slot-order = La plage horaire finit avant de commencer.
rec-slot = Écrivez la plage comme 9h15-10h30.
err-bad-time = Cette heure n'est pas lisible.
err-bad-date = Cette date n'est pas lisible.
rec-bad-date = Écrivez la date comme 2026-03-12 (année-mois-jour).
err-adopted = Ce procès-verbal est adopté : il ne peut plus être modifié.
rec-adopted = Ajoutez un amendement daté avec « conseil meeting amend ».
err-already-adopted = Ce procès-verbal est déjà adopté.
err-not-ready = Le procès-verbal n'est pas prêt à être adopté.
rec-not-ready = Complétez ce qui manque (listé ci-dessus), puis réessayez.
err-consent-dates = Les dates du consentement ne se suivent pas.
err-dangling = { $field } n'existe pas dans le conseil.
rec-dangling = Vérifiez le nom ou l'identifiant avec la commande « list ».
err-no-such-item = Ce point n'existe pas dans l'ordre du jour.
rec-no-such-item = Les points sont numérotés à partir de 1 ; affichez-les avec « conseil meeting show ».
err-duplicate = { $field } contient deux fois la même personne ou le même groupe.
err-unknown-value = « { $value } » n'est pas une valeur connue.
rec-unknown-value = Voir les valeurs possibles avec --help.
err-no-match = Aucun·e dans { $kind } ne correspond à « { $key } ».
rec-no-match = Vérifiez avec la commande « list ».
err-ambiguous = Plusieurs fiches de { $kind } correspondent à « { $key } ».
rec-ambiguous = Donnez plus de caractères de l'identifiant.
err-key-file-io = Impossible de lire le fichier de clé { $path } ({ $reason }).
err-key-file-line = La ligne { $line } de { $path } n'est pas une clé age.
err-key-file-empty = Le fichier { $path } ne contient aucune clé utilisable.
rec-key-file = Donnez un fichier créé par « conseil keygen » ou « age-keygen », ou une clé publique age1….
err-no-unlock = Aucune façon d'ouvrir le conseil : ni fichier d'identité, ni phrase de passe.
rec-no-unlock = Donnez -i FICHIER (ou CONSEIL_IDENTITY), ou --passphrase-file, ou lancez la commande dans un terminal pour taper la phrase de passe.
err-passphrase-mismatch = Les deux phrases de passe tapées sont différentes.
rec-passphrase-mismatch = Recommencez ; rien n'a été modifié.
err-passphrase-empty = La phrase de passe est vide.
err-init-without-access = Un conseil a besoin d'au moins une clé ou d'une phrase de passe.
rec-init-without-access = Ajoutez --recipient FICHIER (créé par « conseil keygen ») ou --passphrase.
err-read = Impossible de lire { $what } ({ $reason }).
err-no-data-dir = Aucun dossier de données n'a été trouvé pour ce compte.
rec-no-data-dir = Indiquez le dossier du conseil avec --db.
err-exists = { $path } existe déjà.
rec-exists = Choisissez un autre nom de fichier : conseil n'écrase jamais une clé.
err-check-failed = { $count ->
    [one] Une fiche est abîmée.
   *[other] { $count } fiches sont abîmées.
  }
err-bad-votes = Le vote doit être écrit comme trois nombres : pour,contre,abstention.
rec-bad-votes = Par exemple : --votes 8,1,2
err-nothing-to-change = Rien à changer.
err-output = Impossible d'écrire la sortie ({ $reason }).
