# Messages de conseil, en français (langue par défaut).
# Écriture inclusive comme dans les documents du conseil ; mots simples.

## Préfixes des messages d'erreur
error-prefix = Erreur :
hint-prefix = Que faire :

## Aide de la ligne de commande
cli-usage = Utilisation :
cli-commands = Commandes{" "}
cli-command = COMMANDE
cli-options = Options{" "}
cli-help = Affiche cette aide
cli-version = Affiche la version

cli-cmd = Procès-verbaux, tâches et contributions d'un conseil de pairs, chiffrés sur le disque.
cli-cmd-init = Crée un nouveau conseil, vide et chiffré
cli-cmd-keygen = Crée un fichier d'identité (clé secrète), comme age-keygen
cli-cmd-check = Déchiffre et vérifie chaque fiche du conseil
cli-cmd-compact = Rend la place que la base garde pour les anciennes versions des fiches (copie chiffrée, sans rien déchiffrer)
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
cli-cmd-meeting-question = Questions soulevées : ajouter, corriger, supprimer
cli-cmd-meeting-question-add = Note une question soulevée
cli-cmd-meeting-question-edit = Corrige une question
cli-cmd-meeting-question-delete = Supprime une question
cli-cmd-meeting-decision = Décisions : ajouter, corriger (texte ou issue), supprimer
cli-cmd-meeting-decision-add = Note une décision
cli-cmd-meeting-decision-edit = Corrige une décision (son texte ou son issue)
cli-cmd-meeting-decision-delete = Supprime une décision
cli-cmd-meeting-action-add = Note une action à mener ; avec un groupe, elle devient une tâche
cli-cmd-meeting-action-edit = Corrige une action ; sa tâche suit
cli-cmd-meeting-action-delete = Supprime une action et la tâche qui en est née
cli-cmd-meeting-edit = Change la date ou le titre d'une rencontre
cli-cmd-meeting-delete = Supprime une rencontre non adoptée (ses tâches restent au tableau)
cli-cmd-meeting-start = Note l'heure où un point a vraiment commencé
cli-cmd-meeting-move = Déplace un point dans l'ordre du jour
cli-cmd-meeting-item-edit = Corrige la plage horaire, le genre ou le titre d'un point
cli-cmd-meeting-item-delete = Supprime un point avec ses notes, questions, décisions et actions
cli-cmd-group-edit = Renomme un groupe, change son but, sa fréquence, ou le met en pause
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
cli-cmd-contribution-consent = Change le consentement d'une contribution ; le changement est daté dans son historique

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
cli-arg-new-consent = Nouveau consentement : council-only, paraphrase, quote (ou conseil, reformulation, citation)
cli-arg-consent-on = Jour où la personne l'a changé (AAAA-MM-JJ, par défaut aujourd'hui)
cli-arg-withdraw = Retire le consentement à partir d'aujourd'hui
cli-arg-number = Numéro de la ligne dans le point (à partir de 1, dans l'ordre affiché par « meeting show »)
cli-arg-at = Heure, ex. 9h25
cli-arg-clear = Oublie l'heure notée
cli-arg-position = Nouvelle place du point (à partir de 1)
cli-arg-no-outcome = Efface l'issue (à compléter avant l'adoption)
cli-arg-no-assignee = Retire toutes les personnes chargées
cli-arg-rename = Nouveau nom
cli-arg-group-active = Groupe actif : true ou false

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
check-ok = Tout est lisible et intact ({ $total ->
    [one] { $total } fiche
   *[other] { $total } fiches
}).
saved = Enregistré ({ $id }).
member-added = Membre ajouté·e : { $pseudonym } ({ $id })
group-added = Groupe ajouté : { $name } ({ $id })
meeting-added = Rencontre ajoutée : { $title } ({ $id })
task-added = Tâche ajoutée : { $title } ({ $id })
action-added-no-task = Action notée, sans groupe de travail : elle deviendra une tâche quand un groupe sera choisi (« meeting action edit … --group »).
meeting-deleted = Rencontre supprimée : { $title }.{ $tasks ->
    [0] {""}
    [one] {" "}Sa tâche reste au tableau.
   *[other] {" "}Ses { $tasks } tâches restent au tableau.
}
contribution-added = Contribution ajoutée ({ $id })
state-active = actif·ve
state-inactive = inactif·ve
credit-yes = nommé·e dans les exports
credit-no = anonyme dans les exports
overdue-mark = ⚠ en retard
minutes-draft = brouillon
minutes-adopted = adopté le { $date }
attendance-line = { $count ->
    [0] Personne n'est noté·e présent·e
   *[other] Présent·es : { $members }
} ; { $guests ->
    [0] aucune personne invitée
    [one] 1 personne invitée
   *[other] { $guests } personnes invitées
}
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
consent-changed = consentement changé le { $date } : { $from } → { $to }
gap-no-attendance = Personne n'est noté·e présent·e.
gap-decision-outcome = Point { $item } : une décision n'a pas d'issue (consensus ou vote).
gap-action-group = Point { $item } : une action n'a pas de groupe de travail.
gap-action-assignee = Point { $item } : une action n'a personne pour la mener.
gap-too-many-votes = Point { $item } : un vote compte { $votes } voix pour { $present ->
    [one] 1 membre présent·e
   *[other] { $present } membres présent·es
}.
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
demo-summary = { $members ->
    [one] { $members } membre
   *[other] { $members } membres
}, { $groups ->
    [one] { $groups } groupe de travail
   *[other] { $groups } groupes de travail
}, { $meetings ->
    [one] { $meetings } rencontre
   *[other] { $meetings } rencontres
} ({ $adopted ->
    [one] { $adopted } procès-verbal adopté
   *[other] { $adopted } procès-verbaux adoptés
}), { $tasks ->
    [one] { $tasks } tâche
   *[other] { $tasks } tâches
}, { $contributions ->
    [one] { $contributions } contribution
   *[other] { $contributions } contributions
}, { $drafts ->
    [one] { $drafts } plaidoyer
   *[other] { $drafts } plaidoyers
}.
demo-consent = Consentements : { $council } conseil seulement, { $paraphrase } reformulation, { $quote } citation, { $withdrawn ->
    [one] { $withdrawn } retiré
   *[other] { $withdrawn } retirés
}.
demo-check = Vérification : { $total ->
    [one] { $total } fiche déchiffrée
   *[other] { $total } fiches déchiffrées
}, { $bad ->
    [one] { $bad } abîmée
   *[other] { $bad } abîmées
}.
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
err-excessive-work = La phrase de passe de ce conseil demande un calcul scrypt de 2^{ $found } (environ { $mib } Mio de mémoire), bien plus que ce que conseil écrit lui-même (2^{ $ours }) : il n'a pas été tenté.
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
err-too-long = Texte trop long : { $field }.
rec-too-long = Coupez le texte en plusieurs parties.
err-identifying-pseudonym = Le pseudonyme ressemble à { $what } : il pourrait identifier la personne.
rec-identifying-pseudonym = Choisissez un pseudonyme sans nom, numéro ni adresse.
err-duplicate-pseudonym = Ce pseudonyme est déjà pris.
rec-duplicate-pseudonym = Choisissez un autre pseudonyme.
err-slot-order = La plage horaire finit avant de commencer.
rec-slot = Écrivez la plage comme 9h15-10h30.
err-bad-time = Cette heure n'est pas lisible.
err-bad-date = Cette date n'est pas lisible.
rec-bad-date = Écrivez la date comme 2026-03-12 (année-mois-jour), avec une année entre 1900 et 2199.
err-adopted = Ce procès-verbal est adopté : il ne peut plus être modifié.
rec-adopted = Ajoutez un amendement daté avec « conseil meeting amend ».
err-already-adopted = Ce procès-verbal est déjà adopté.
err-not-ready = Le procès-verbal n'est pas prêt à être adopté.
rec-not-ready = Complétez ce qui manque (listé ci-dessus), puis réessayez.
err-no-such-entry = Cette ligne n'existe plus (elle a peut-être déjà été supprimée).
err-not-adopted = Ce procès-verbal n'est pas encore adopté : on ne l'amende pas, on le corrige directement.
err-consent-withdrawn = Le consentement de cette contribution a été retiré ; il ne se change plus.
rec-consent-withdrawn = Si la personne le redonne, notez une nouvelle contribution avec son accord.
err-consent-expired = Le consentement de cette contribution avait pris fin à cette date ; il ne se change plus.
err-wrong-code = Ce n'est pas le code choisi au verrouillage.
rec-wrong-code = Réessayez. Code oublié : quittez (Échap) et rouvrez le conseil avec votre fichier d'identité ; ce qui était en cours de saisie est gardé, chiffré.
err-duplicate-group = Un autre groupe de travail porte déjà ce nom.
rec-duplicate-group = Choisissez un autre nom, ou modifiez le groupe existant.
rec-not-adopted = Modifiez la ligne elle-même ([e] sur la ligne choisie).
err-too-many-votes = Le vote compte { $votes } voix, mais { $present ->
    [one] 1 seul membre est noté·e présent·e
   *[other] { $present } membres sont noté·es présent·es
} (les personnes invitées ne votent pas).
rec-too-many-votes = Corrigez les nombres (pour, contre, abstention) ou la présence.
err-consent-dates = Les dates du consentement ne se suivent pas.
rec-consent-dates = Une date de fin, de retrait ou de changement tombe le jour où le consentement a été donné ou après, et chaque changement après le précédent.
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
rec-exists = Choisissez un autre nom de fichier : conseil n'écrase jamais un fichier existant (sauf avec --force, quand la commande le propose).
err-check-failed = { $count ->
    [one] Une fiche est abîmée.
   *[other] { $count } fiches sont abîmées.
  }
err-bad-votes = Le vote doit être écrit comme trois nombres : pour,contre,abstention.
rec-bad-votes = Par exemple : --votes 8,1,2
err-nothing-to-change = Rien à changer.
err-output = Impossible d'écrire la sortie ({ $reason }).

## Interface en terminal
app-name = conseil
locked = verrouillé
too-small = Fenêtre trop petite : agrandissez-la (au moins 36 colonnes sur 10 lignes).
tab-dashboard = Accueil
tab-meetings = Rencontres
tab-board = Tâches
tab-contributions = Contributions
tab-members = Membres
status-saved = ✓ Enregistré à { $time }
status-unsaved = ● Modifications en cours, pas encore enregistrées
status-failed = ⚠ Échec de l'enregistrement : { $reason } Rien n'est perdu à l'écran ; réessayez.
status-draft-restored = Le texte que vous tapiez avant le verrouillage a été retrouvé.
unlock-title = Conseil verrouillé
unlock-help-identity = Appuyez sur Entrée pour ouvrir avec le fichier d'identité indiqué, ou tapez la phrase de passe puis Entrée.
unlock-help-passphrase = Tapez la phrase de passe du conseil, ou le chemin du fichier d'identité dans le second champ (↓, Tab complète), puis Entrée. Rien n'est affiché avant l'ouverture.
unlock-passphrase = Phrase de passe
unlock-type-passphrase = Tapez la phrase de passe.
help-title = Touches
search-title = Chercher partout
search-query = Rechercher (Entrée pour ouvrir)
search-nothing = Aucun résultat.
confirm-title = Confirmer
confirm-keys = [o] Oui    [n] ou [Échap] Non
confirm-adopt = Adopter le procès-verbal « { $title } » ? Il ne pourra plus être modifié, seulement amendé.
confirm-delete-item = Supprimer le point « { $title } » ? { $questions ->
    [0] {""}
    [one] 1 question,{" "}
   *[other] { $questions } questions,{" "}
}{ $decisions ->
    [0] {""}
    [one] 1 décision,{" "}
   *[other] { $decisions } décisions,{" "}
}{ $actions ->
    [0] {""}
    [one] 1 action,{" "}
   *[other] { $actions } actions,{" "}
}et ses notes partent avec lui.{ $tasks ->
    [0] {""}
    [one] {" "}La tâche née de son action quitte aussi le tableau.
   *[other] {" "}Les { $tasks } tâches nées de ses actions quittent aussi le tableau.
}
confirm-withdraw = Retirer le consentement de cette contribution ? Elle ne sera plus utilisée dans aucun export.
confirm-deactivate = Rendre { $pseudonym } inactif·ve ? Son historique est gardé.
confirm-reactivate = Rendre { $pseudonym } de nouveau actif·ve ?
attendance-title = Présences
attendance-guests = Personnes invitées : { $guests }
form-help = Entrée : valider · Tab / Maj-Tab : champ suivant / précédent · Ctrl-U : vider le champ · Échap : annuler
form-new-meeting = Nouvelle rencontre (reprend l'ordre du jour de la précédente)
form-new-item = Nouveau point à l'ordre du jour
form-question = Question soulevée
form-decision = Décision
form-action = Action à mener (devient une tâche)
form-amendment = Amendement daté
form-new-task = Nouvelle tâche
form-edit-task = Modifier la tâche
form-comment = Commentaire
form-new-contribution = Nouvelle contribution
form-edit-contribution = Modifier la contribution
form-new-member = Nouveau membre
form-rename-member = Modifier le membre (pseudonyme, rôles, groupes)
form-votes-hint = Écrivez les votes comme 8,1,2 (pour, contre, abstention).
label-date = Date (AAAA-MM-JJ)
label-title = Titre
label-group = Groupe de travail
label-slot = Plage horaire (ex. 9h15-10h30)
label-kind = Genre
label-text = Texte
label-outcome = Issue
label-votes = Votes pour,contre,abstention (si vote)
label-assignees = Personnes chargées (Espace pour cocher)
label-due = Échéance (AAAA-MM-JJ, facultative)
label-author = Auteur·rice
label-consent = Consentement
label-themes = Thèmes (séparés par des virgules)
label-pseudonym = Pseudonyme (jamais un nom ni un numéro)
label-role = Rôle
author-unlinked = un·e membre (non relié·e)
no-group = aucun groupe
item-other = autre
item-welcome = accueil
item-round-table = tour de table
item-plenary = plénière
item-presentation = présentation
item-break = pause
outcome-vote-choice = vote
contribution-testimony = témoignage
contribution-idea = idée
contribution-recommendation = recommandation
contribution-question = question
contribution-quote = citation
role-member = membre
role-secretary = secrétaire
role-facilitator = animation
state-active-badge = [actif·ve]
state-inactive-badge = [inactif·ve]
credit-yes-badge = [nommé·e]
credit-no-badge = [anonyme]
overdue-badge = ⚠ en retard
filter-all = tous
board-filters = Filtres — groupe : { $group } [g] · membre : { $member } [f]
contrib-filters = Filtres — thème : { $theme } [t] · groupe : { $group } [g] · rencontre : { $meeting } [m]
contrib-count = Contributions ({ $count })
contrib-row = { $badge } { $date } { $author } : { $text }
contrib-consent-given = Consentement : { $level } (donné le { $date })
contrib-consent-changed = Consentement : { $level } (changé le { $date }, avant : { $before })
contrib-consent-withdrawn = Consentement retiré le { $date }
contrib-consent-expired = Consentement arrivé à échéance le { $date }
col-date = Date
col-kind = Genre
col-title = Titre
col-status = État
col-pseudonym = Pseudonyme
col-roles = Rôles
col-state = État
col-groups = Groupes
meeting-monthly = conseil mensuel
meeting-extraordinary = extraordinaire
minutes-draft-badge = [brouillon]
minutes-adopted-badge = [adopté]
minutes-adopted-on = [adopté le { $date }]
minutes-attendance = Présences : { $present ->
    [0] aucun membre noté
    [one] 1 membre
   *[other] { $present } membres
} et { $guests ->
    [0] aucune personne invitée
    [one] 1 personne invitée
   *[other] { $guests } personnes invitées
}
minutes-agenda = Ordre du jour
minutes-empty-agenda = Aucun point : [a] pour en ajouter.
minutes-item-position = Point { $n }/{ $total }
minutes-no-notes = (pas encore de notes : Entrée pour écrire)
minutes-notes-editing = Notes — [Échap] pour finir
minutes-add-item-first = Ajoutez d'abord un point à l'ordre du jour ([a]).
minutes-amend-only-adopted = On n'amende qu'un procès-verbal adopté ; celui-ci se modifie directement.
minutes-not-ready = Pas encore prêt à adopter :
dash-next-meeting = Prochaine rencontre
dash-meeting-detail = { $items ->
    [one] { $items } point à l'ordre du jour
   *[other] { $items } points à l'ordre du jour
} · { $present ->
    [one] { $present } membre noté·e présent·e
   *[other] { $present } membres noté·es présent·es
}
dash-no-meeting = Aucune rencontre : [2] puis [n] pour en créer une.
dash-open-tasks = Tâches ouvertes par groupe (en retard d'abord)
dash-group-line = { $group } : { $open ->
    [one] { $open } ouverte
   *[other] { $open } ouvertes
}, dont { $overdue } en retard
dash-recent = Contributions récentes · alertes de confidentialité : { $warnings }
month-1 = Conseil de janvier
month-2 = Conseil de février
month-3 = Conseil de mars
month-4 = Conseil d'avril
month-5 = Conseil de mai
month-6 = Conseil de juin
month-7 = Conseil de juillet
month-8 = Conseil d'août
month-9 = Conseil de septembre
month-10 = Conseil d'octobre
month-11 = Conseil de novembre
month-12 = Conseil de décembre
key-quit = Quitter
key-lock = Verrouiller
key-help = Aide
key-search = Chercher
key-back = Retour
key-dashboard = Accueil
key-meetings = Rencontres
key-board = Tâches
key-contributions = Contributions
key-members = Membres
key-up = Monter
key-down = Descendre
key-left = Gauche
key-right = Droite
key-open = Ouvrir
key-new = Nouveau
key-new-group-meeting = Rencontre de groupe
key-edit = Modifier
key-delete = Supprimer
key-toggle-active = Actif·ve / inactif·ve
key-toggle-credit = Nommé·e / anonyme
key-withdraw = Retirer le consentement
key-move-item-up = Point plus haut
key-move-item-down = Point plus bas
key-add-item = Ajouter un point
key-edit-notes = Écrire les notes
key-attendance = Présences
key-add-question = Question
key-add-decision = Décision
key-add-action = Action → tâche
key-mark-start = Début réel
key-adopt = Adopter
key-amend = Amender
key-status-back = État précédent
key-status-forward = État suivant
key-filter-group = Filtrer par groupe
key-filter-member = Filtrer par membre
key-filter-theme = Filtrer par thème
key-filter-meeting = Filtrer par rencontre
key-comment = Commenter
key-next-field = Champ suivant
key-prev-field = Champ précédent
key-submit = Valider
key-cancel = Annuler
key-toggle = Cocher
key-confirm = Oui
key-guest-more = Invité·e +
key-guest-less = Invité·e −
err-no-terminal = L'interface de conseil a besoin d'un terminal.
rec-no-terminal = Lancez conseil dans un terminal, ou utilisez les sous-commandes (conseil --help) dans un script.
err-config-syntax = Le fichier de réglages { $path } contient une erreur : { $reason }
rec-config = Corrigez la ligne indiquée, ou renommez le fichier pour repartir des réglages par défaut.
err-config-value = Dans { $path }, « { $setting } = { $value } » n'est pas accepté.
rec-config-value = Valeurs possibles : { $expected }.
cli-arg-config = Fichier de réglages (par défaut, config.toml dans le dossier de configuration)
field-person_name = un nom de personne
field-address = une adresse postale
field-postal_code = un code postal
field-handle = un pseudonyme de réseau social
field-nir = un numéro de sécurité sociale
field-sin = un numéro d'assurance sociale
field-ramq = un numéro d'assurance maladie
field-iban = un numéro de compte (IBAN)
field-date_of_birth = une date de naissance
field-ip = une adresse IP
cli-cmd-scrub = Cherche les données identifiantes dans un texte et l'affiche nettoyé
cli-cmd-never-write = Liste « à ne jamais écrire » (noms à repérer, gardés sous forme d'empreintes)
cli-cmd-never-write-add = Ajoute des noms, lus sur l'entrée standard (un par ligne)
cli-cmd-never-write-count = Compte les noms de la liste
cli-cmd-never-write-clear = Vide la liste
cli-cmd-draft = Plaidoyers
cli-cmd-draft-add = Crée un plaidoyer
cli-cmd-draft-section = Ajoute une section (texte et contributions citées)
cli-cmd-draft-list = Liste les plaidoyers
cli-cmd-draft-show = Affiche un plaidoyer
cli-cmd-export = Exports pour l'extérieur
cli-cmd-export-plaidoyer = Exporte un plaidoyer, sans aucune donnée identifiante
cli-arg-input = Fichier à lire (« - » : entrée standard)
cli-arg-report = Affiche le rapport (nombres par genre) au lieu du texte
cli-arg-lines = Un tableau JSON par ligne du texte
cli-arg-audience = Public visé : decision-makers, public, research
cli-arg-heading = Titre de la section
cli-arg-body = Texte de la section (« - » : entrée standard)
cli-arg-contributions = Contribution citée ou utilisée (répétable)
cli-arg-draft = Plaidoyer : identifiant ou début d'identifiant
cli-arg-format = Format : md, html ou txt
cli-arg-save-report = Enregistre aussi le rapport à côté du fichier
cli-arg-force = Remplace le fichier s'il existe
cli-arg-dry-run = Montre le rapport sans rien écrire
draft-added = Plaidoyer créé : { $title } ({ $id })
export-written = Export écrit dans { $path }.
export-not-recorded = L'export n'est pas noté dans l'historique du plaidoyer : le conseil est sur un support en lecture seule.
report-title = Rapport de caviardage (nombres seulement, jamais le texte retiré) :
report-removed = Éléments retirés : { $count }
report-review = Éléments à relire (mots inexpliqués, quasi-identifiants laissés en place) : { $count }
report-section = Section « { $heading } » : { $removed ->
    [one] { $removed } retiré
   *[other] { $removed } retirés
}, { $review } à relire
report-consent = Citations : { $quotes } · contributions à reformuler (non collées) : { $paraphrase } · écartées car « conseil seulement » : { $council } · écartées car retirées ou expirées : { $withdrawn }
report-neutral = Pseudonymes remplacés par une mention neutre : { $pseudonyms } · dates ramenées au mois : { $dates }
never-write-added = { $added ->
    [one] { $added } nom ajouté
   *[other] { $added } noms ajoutés
} ; la liste en compte { $total }.
never-write-count = La liste « à ne jamais écrire » compte { $total ->
    [one] { $total } nom
   *[other] { $total } noms
}.
err-template = Le modèle { $name } ne convient pas : { $reason }
rec-template = Corrigez le modèle dans le dossier de configuration, ou retirez-le pour utiliser le modèle par défaut.
field-contributions = les contributions
field-age = un âge
field-place = un lieu
field-institution = un établissement
field-event_date = une date d'événement
field-diagnosis = un diagnostic rare
tab-drafts = Plaidoyers
tab-settings = Réglages
key-drafts = Plaidoyers
key-settings = Réglages
key-add-section = Ajouter une section
key-export = Exporter
key-replace-span = Remplacer par un repère
status-exported = Export écrit dans { $path } et noté dans l'historique du plaidoyer.
confirm-export = Écrire { $path } ? { $removed ->
    [one] { $removed } élément identifiant retiré
   *[other] { $removed } éléments identifiants retirés
}, { $review } à relire, { $quotes ->
    [one] { $quotes } citation
   *[other] { $quotes } citations
}, { $paraphrase ->
    [one] { $paraphrase } contribution à reformuler
   *[other] { $paraphrase } contributions à reformuler
} (non collées), { $excluded ->
    [one] { $excluded } écartée
   *[other] { $excluded } écartées
} (consentement), { $pseudonyms ->
    [one] { $pseudonyms } pseudonyme remplacé
   *[other] { $pseudonyms } pseudonymes remplacés
}.
form-new-draft = Nouveau plaidoyer
form-new-section = Nouvelle section
form-export = Exporter le plaidoyer (sans donnée identifiante)
form-never-write = Ajouter un nom à ne jamais écrire (gardé sous forme d'empreinte)
label-audience = Public visé
label-language = Langue
label-heading = Titre de la section
label-material = Contributions utilisables — filtre de l'écran 4 : thème { $theme }, groupe { $group }, rencontre { $meeting } (Espace pour cocher)
label-format = Format
label-file = Fichier à écrire
label-name = Nom (prénom et nom)
audience-decision-makers = décideurs et décideuses
audience-public = grand public
audience-research = recherche
language-fr = français
language-en = anglais
format-md = Markdown
format-html = HTML
format-txt = texte
field-heading-required = le titre de la section
field-draft = le plaidoyer
drafts-list = Plaidoyers
drafts-empty = Aucun plaidoyer : [n] pour en créer un.
draft-line = { $sections ->
    [one] { $sections } section
   *[other] { $sections } sections
} · { $exports ->
    [0] jamais exporté
    [one] exporté une fois
   *[other] exporté { $exports } fois
}
draft-material = [citation] citée · [reformulation] matière pour reformuler, jamais collée
draft-history = Historique des exports
draft-history-line = { $month } — { $audience } — { $count ->
    [one] { $count } citation
   *[other] { $count } citations
}
settings-title = Réglages
settings-language = Langue : { $lang }
settings-autolock = Verrouillage après { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} sans frappe
settings-never-write = Noms à ne jamais écrire : { $count } (masqués : seules leurs empreintes sont gardées) — [n] ajouter
dash-warnings-none = Aucune donnée identifiante repérée dans les textes du conseil.
dash-warning-line = ⚠ { $place } : { $kind }
notes-warnings = { $count ->
    [one] ⚠ 1 donnée identifiante
   *[other] ⚠ { $count } données identifiantes
} : { $kinds } — [Ctrl-R] remplacer par un repère
notes-no-warning = ✓ Aucune donnée identifiante repérée.
confirm-withdraw-earlier = Elle figure déjà dans des exports antérieurs, qui ne peuvent pas être rappelés : { $exports }.
cli-cmd-archive = Archives chiffrées du conseil entier (sauvegarde, passation)
cli-cmd-archive-export = Écrit une archive chiffrée de tout le conseil
cli-cmd-archive-import = Importe une archive (tout ou rien ; réimporter ne change rien)
cli-arg-to = Clé publique (age1…, ssh-ed25519…, ssh-rsa…) ou fichier de clés qui pourra ouvrir l'archive (répétable)
cli-arg-to-files = Fichier de destinataires au format « age -R » (répétable)
cli-arg-archive-passphrase = Protège ou ouvre l'archive par une phrase de passe (demandée sans écho)
cli-arg-archive-passphrase-file = Lit la phrase de passe de l'archive dans ce fichier (« - » : entrée standard)
cli-arg-armor = Archive en texte (ASCII), pour le courriel ou l'impression
cli-arg-archive = Archive à importer
cli-arg-archive-identities = Fichier d'identité (age ou ssh) qui ouvre l'archive (par défaut celui de -i)
cli-arg-new = Crée un nouveau conseil à --db à partir de l'archive
prompt-archive-passphrase = Phrase de passe de l'archive : 
archive-written = Archive écrite dans { $path } ({ $count ->
    [one] { $count } fiche
   *[other] { $count } fiches
}). Gardez-la en lieu sûr.
import-summary = Import : { $added ->
    [one] { $added } ajoutée
   *[other] { $added } ajoutées
}, { $updated ->
    [one] { $updated } mise à jour
   *[other] { $updated } mises à jour
}, { $unchanged ->
    [one] { $unchanged } inchangée
   *[other] { $unchanged } inchangées
}, { $conflicts } en conflit.
import-conflict = Conflit ({ $kind }) : la version du conseil { $id } est gardée, celle de l'archive est ajoutée sous { $copy }, marquée « conflit d'import ».
err-archive-not-age = Ce fichier n'est pas une archive conseil lisible (ni un fichier age valide).
rec-archive-not-age = Vérifiez le fichier : il est peut-être tronqué, abîmé ou d'un autre type. Le conseil n'a pas été modifié.
err-archive-damaged = L'archive est abîmée ou tronquée : elle ne se déchiffre pas jusqu'au bout.
rec-archive-damaged = Utilisez une autre copie de l'archive. Le conseil n'a pas été modifié.
err-archive-wrong-key = Ni cette clé ni cette phrase de passe n'ouvrent l'archive.
rec-archive-wrong-key = Donnez l'identité destinataire (--archive-identity) ou la bonne phrase de passe. Le conseil n'a pas été modifié.
err-archive-needs-passphrase = Cette archive s'ouvre avec une phrase de passe.
rec-archive-needs-passphrase = Ajoutez --archive-passphrase (ou --archive-passphrase-file).
err-archive-needs-identity = Cette archive s'ouvre avec une clé, pas une phrase de passe.
rec-archive-needs-identity = Donnez le fichier d'identité avec --archive-identity.
err-archive-work = La phrase de passe de cette archive demande un calcul scrypt de 2^{ $found } (environ { $mib } Mio de mémoire) : trop pour être tenté ; le conseil n'a pas été modifié.
rec-archive-work = conseil accepte au plus 2^{ $max } ({ $mib } Mio de mémoire, environ 2 secondes). Si l'archive vient d'un autre outil, demandez de la chiffrer de nouveau avec conseil ou « age -p » (2^{ $ours }), ou vers votre clé publique ; sinon, elle a peut-être été modifiée.
err-archive-too-large = L'archive est bien plus grande que ne peut l'être un conseil.
err-archive-not-archive = Ce fichier déchiffré n'est pas une archive conseil.
err-archive-newer = L'archive vient d'une version plus récente de conseil (format { $found }).
rec-archive-newer = Installez la dernière version de conseil. Le conseil n'a pas été modifié.
err-archive-invalid = L'archive contient une fiche invalide ({ $kind } { $id }) : { $reason }.
rec-archive-invalid = Rien n'a été importé. Corrigez la source de l'archive.
err-archive-duplicate = L'archive contient deux fiches { $kind } avec le même identifiant { $id }.
err-archive-dangling = Dans l'archive, { $kind } { $id } renvoie à une fiche inconnue ({ $field } : { $target }).
err-archive-seal = Impossible de chiffrer l'archive : { $reason }
err-archive-key = Clé d'archive illisible : { $reason }
cli-arg-rotate = Renouvelle la clé de données : tout est rechiffré dans un nouveau dossier, l'ancien est effacé
cli-arg-no-rotate = Retire une clé sans renouveler la clé de données (déconseillé)
prompt-current-passphrase = Phrase de passe du conseil (pour la garder) : 
rekey-rotates-on-removal = Retirer une clé renouvelle aussi la clé de données, pour que l'ancienne clé n'ouvre plus rien (--no-rotate pour l'éviter).
rekey-rotated = Clé de données renouvelée : { $count ->
    [one] { $count } fiche rechiffrée
   *[other] { $count } fiches rechiffrées
} dans un nouveau dossier ; l'ancien a été effacé.
cli-cmd-handover = Passation : une archive pour la clé de la personne qui prend la relève, et la liste de ce qu'il vous reste à faire
handover-checklist = Pour terminer la passation :
    1. Remettez { $archive } à la personne qui prend la relève ; elle l'ouvre avec « conseil --db SON_DOSSIER archive import { $archive } --archive-identity SA_CLÉ --new --recipient SA_CLÉ ».
    2. Vérifiez avec elle que « conseil check » affiche bien tout le conseil.
    La liste « ne jamais écrire » ({ $listed ->
        [one] { $listed } nom
       *[other] { $listed } noms
    }, sous forme d'empreintes chiffrées) voyage dans l'archive : les exports de la personne qui prend la relève continueront de retirer ces noms.
    3. Retirez votre propre clé de votre copie : « conseil rekey --remove-recipient VOTRE_CLÉ » (la clé de données est renouvelée), ou effacez votre copie du conseil.
    4. Détruisez vos anciennes archives, copies du dossier et votre fichier d'identité s'il ne sert plus.
    Clés qui ouvrent encore ce conseil : { $keys }
err-read-only-slip = Cette fiche de membre se consulte seulement : vous pouvez changer l'état de vos tâches et les commenter.
rec-read-only-slip = Les autres changements se font avec la personne secrétaire.
cli-cmd-view = Ouvre la fiche d'un·e membre (ses tâches, les procès-verbaux adoptés, ses contributions) ; ses mises à jour de tâches reviennent en fiche retour
cli-arg-for-member = Écrit la fiche de ce membre seulement (ce qu'il ou elle peut voir), au lieu du conseil entier
cli-arg-slip = Fiche de membre à ouvrir
slip-written = Fiche de { $pseudonym } écrite dans { $path } : seulement ses tâches, les procès-verbaux adoptés et ses contributions.
slip-review-title = Fiche de { $pseudonym } : relecture avant de la chiffrer
slip-report = Fiche nettoyée : { $removed ->
        [0] aucun élément retiré
        [one] un élément retiré
       *[other] { $removed } éléments retirés
    } ; { $waiting ->
        [0] rien n'attend de réponse
        [one] un point attend votre réponse (--review pour relire)
       *[other] { $waiting } points attendent votre réponse (--review pour relire)
    }.
return-merged = Fiche retour intégrée : { $count ->
    [one] { $count } tâche mise à jour
   *[other] { $count } tâches mises à jour
}.
return-written = Fiche retour écrite dans { $path } ({ $count ->
    [one] { $count } tâche
   *[other] { $count } tâches
}), chiffrée pour la personne secrétaire : envoyez-la-lui.
return-nothing = Aucune tâche n'a changé : pas de fiche retour.
err-slip-not-archive = Ce fichier est une fiche de membre, pas une archive du conseil.
rec-slip-not-archive = Ouvrez-la avec « conseil view FICHIER -i VOTRE_CLÉ ».
err-not-a-slip = Ce fichier n'est pas une fiche de membre.
rec-not-a-slip = Une archive du conseil s'importe avec « conseil archive import ».
tab-archives = Archives
key-archives = Archives
archive-done-title = C'est fait
notice-keys = [Entrée] ou [Échap] pour fermer
archives-export = Sauvegarde chiffrée du conseil entier
archives-export-help = Une archive age pour une clé gardée hors de cet ordinateur (sauvegarde).
archives-import = Importer une archive ou une fiche retour
archives-import-help = Tout ou rien ; réimporter ne change rien ; une fiche retour ne change que les tâches du membre.
archives-slip = Fiche d'un·e membre
archives-slip-help = Seulement ses tâches, les procès-verbaux adoptés et ses contributions, chiffrés pour sa clé.
archives-handover = Passation
archives-handover-help = Une archive pour la clé de la personne qui prend la relève, et la liste de ce qu'il vous reste à faire.
form-archive-export = Sauvegarde chiffrée
form-handover = Passation
form-archive-import = Importer
form-member-slip = Fiche d'un·e membre
label-recipient = Clé publique (age1…, ssh-…) ou fichier de clé
label-identity = Fichier d'identité qui ouvre l'archive
label-armor = Format
label-member = Membre
armor-no = binaire
armor-yes = texte (armure ASCII)
field-recipient = la clé
field-file = le fichier
field-identity = le fichier d'identité
progress-reading = Lecture du conseil…
progress-sealing = Chiffrement…
progress-writing = Écriture…
progress-decrypting = Déchiffrement…
progress-checking = Vérification…
progress-importing = Import…
progress-reloading = Rechargement…
progress-done = Terminé
label-roles = Rôles (Espace pour cocher)
label-groups = Groupes de travail (Espace pour cocher)

# What replaces identifying data in an export (never any of the replaced text).
placeholder-email = [courriel retiré]
placeholder-phone = [téléphone retiré]
placeholder-nir = [numéro de sécurité sociale retiré]
placeholder-sin = [NAS retiré]
placeholder-ramq = [numéro d'assurance maladie retiré]
placeholder-iban = [IBAN retiré]
placeholder-postal-code = [code postal retiré]
placeholder-address = [adresse retirée]
placeholder-date-of-birth = [date de naissance retirée]
placeholder-url = [adresse web retirée]
placeholder-ip = [adresse IP retirée]
placeholder-handle = [pseudonyme de réseau retiré]
placeholder-person-name = [nom retiré]
placeholder-age = [âge retiré]
placeholder-place = [lieu retiré]
placeholder-institution = [établissement retiré]
placeholder-event-date = [date retirée]
placeholder-diagnosis = [diagnostic retiré]
placeholder-unexplained-word = [mot retiré]
field-unexplained_word = un mot à vérifier
err-council-locked = Le conseil est verrouillé : rien ne peut être lu ni enregistré.
rec-council-locked = Déverrouillez l'écran pour continuer.

# Exported documents: words that go into the document itself.
month-name-1 = janvier
month-name-2 = février
month-name-3 = mars
month-name-4 = avril
month-name-5 = mai
month-name-6 = juin
month-name-7 = juillet
month-name-8 = août
month-name-9 = septembre
month-name-10 = octobre
month-name-11 = novembre
month-name-12 = décembre
export-neutral = un·e membre du conseil
export-passage-removed = [passage retiré : il reprend une contribution qui ne peut pas être citée]
month-year = { $month } { $year }
err-unreviewed = { $count ->
    [one] Un point attend encore votre réponse avant l'export.
   *[other] { $count } points attendent encore votre réponse avant l'export.
}
rec-unreviewed = Relisez-les (conseil export … --review, ou l'écran de relecture) ou exportez sans --strict.
report-count = {"  "}{ $what } : { $count }
report-pasted = Phrases qui reprennent une contribution : { $refused ->
    [one] { $refused } retirée
   *[other] { $refused } retirées
} (pas d'accord de citation), { $quoted ->
    [one] { $quoted } gardée
   *[other] { $quoted } gardées
} (citation permise)
report-unresolved = { $count ->
    [0] Rien n'attend de réponse.
    [one] Un point attend votre réponse (mot inexpliqué ou quasi-identifiant).
   *[other] { $count } points attendent votre réponse (mots inexpliqués ou quasi-identifiants).
}
key-confirm-name = C'est un nom
key-not-a-name = Pas un nom
key-acknowledge = Vu, garder
review-title = Relecture avant export — { $path }
review-waiting = { $count ->
    [one] Un point attend votre réponse : [n] c'est un nom, [p] pas un nom, [v] vu.
   *[other] { $count } points attendent votre réponse : [n] c'est un nom, [p] pas un nom, [v] vu.
}
review-cancelled = Export annulé : rien n'a été écrit.
review-removed = retiré
review-question = à décider
review-seen = vu
review-to-see = à voir
review-nothing = Rien à relire : aucun nom, aucune coordonnée, aucun quasi-identifiant trouvé.
review-where-title = titre
review-where-heading = section { $section }, titre
review-where-paragraph = section { $section }, paragraphe { $paragraph }
review-where-quote = section { $section }, citation { $quote }
review-where-text = texte { $text } de la fiche
cli-arg-review = Demande, pour chaque mot inexpliqué et chaque quasi-identifiant, s'il faut le garder (les réponses sont lues sur l'entrée standard)
review-cli-removed = { $count ->
    [0] Aucun élément ne sera retiré.
    [one] Un élément sera retiré (nom, coordonnée, numéro…).
   *[other] { $count } éléments seront retirés (noms, coordonnées, numéros…).
}
review-cli-word = Est-ce un nom de personne ? [n] oui, nom de personne · [p] pas un nom · [Entrée] passer
review-cli-quasi = Ce détail peut aider à reconnaître quelqu'un. [v] vu, garder · [n] c'est un nom · [Entrée] passer
review-cli-quasi-number = Ce détail peut aider à reconnaître quelqu'un. [v] vu, garder · [Entrée] passer
err-identifying-text = Ce texte contient { $what } : il n'a pas été enregistré (--strict).
rec-identifying-text = Remplacez ces éléments par un pseudonyme ou une mention neutre, ou enregistrez sans --strict.
warn-identifying-text = Attention : ce texte contient { $what }. Il est enregistré (chiffré), mais sera retiré de tout export ; remplacez-le si possible (--strict refuse ces textes).
cli-arg-strict = Refuse d'enregistrer un texte qui contient des données identifiantes, et d'exporter tant qu'un point attend une réponse
err-too-large = { $what } dépasse { $limit } Mio : rien n'a été lu (le texte n'est jamais coupé en silence).
rec-too-large = Découpez le texte en plusieurs fichiers.
cli-arg-erase = Retire le consentement et efface le texte pour de bon (il ne reste qu'une trace datée)
key-erase = Effacer le texte
confirm-erase = Retirer le consentement et effacer ce texte pour de bon ? Il ne restera qu'une trace datée (type, thèmes, date du retrait), et il ne sera plus dans aucune archive à venir.

## Minutes, lines, groups, lock code
meeting-title = { $month ->
    [4] Conseil d'avril
    [8] Conseil d'août
    [10] Conseil d'octobre
   *[other] Conseil de { $month ->
        [1] janvier
        [2] février
        [3] mars
        [5] mai
        [6] juin
        [7] juillet
        [9] septembre
        [11] novembre
       *[12] décembre
    }
} { $year }
form-edit-meeting = Modifier la rencontre (date, titre)
form-edit-item = Modifier le point (plage horaire, genre, titre)
form-start = Heure de début réelle du point
form-edit-question = Corriger la question
form-edit-decision = Corriger la décision
form-edit-action = Corriger l'action (sa tâche suit)
form-consent = Changer le consentement (daté d'aujourd'hui)
form-new-group = Nouveau groupe de travail
form-edit-group = Modifier le groupe de travail
form-lock-code = Choisissez un code pour rouvrir l'écran (au moins 4 caractères ; gardé seulement pendant cette séance)
label-start = Heure (ex. 9h25) ; vide pour l'oublier
label-group-name = Nom du groupe
label-purpose = À quoi il sert (facultatif)
label-cadence = Fréquence des rencontres (ex. trimestrielle)
label-code = Code de déverrouillage
outcome-undecided = pas encore notée
confirm-credit = Nommer { $pseudonym } par son pseudonyme dans les exports ? À faire seulement avec son accord.
confirm-uncredit = Ne plus nommer { $pseudonym } dans les exports ? Ses contributions y seront attribuées à « un·e membre ».
confirm-delete-meeting = Supprimer la rencontre « { $title } » et tout son procès-verbal ? { $tasks ->
    [0] {""}
    [one] La tâche qui en est née reste au tableau.
   *[other] Les { $tasks } tâches qui en sont nées restent au tableau.
}
confirm-delete-question = Supprimer la question « { $text } » ?
confirm-delete-decision = Supprimer la décision « { $text } » ?
confirm-delete-action = Supprimer l'action « { $text } » ?{ $tasks ->
    [0] {""}
   *[other] {" "}La tâche qui en est née quitte aussi le tableau.
}
member-view-read-only = Fiche de membre : seules vos tâches (état, commentaires) peuvent changer ici.
meeting-adopted-stays = Un procès-verbal adopté ne se supprime pas ; il s'amende.
minutes-no-lines = Ce point n'a encore ni question, ni décision, ni action : [i], [d] ou [t] pour en ajouter.
minutes-adopted-amend = Procès-verbal adopté : il ne se modifie plus. Pour corriger, ajoutez un amendement daté avec [{ $key }].
gap-jumped = Voici la ligne à compléter : [{ $key }] pour la corriger.
gaps-title = Ce qui manque avant l'adoption
gaps-help = Choisissez une ligne avec ↑↓ puis Entrée pour y aller et la corriger.
unlock-type-code = Tapez le code choisi au verrouillage.
unlock-help-code = Écran verrouillé. Tapez le code choisi au verrouillage, puis Entrée.
unlock-help-relock = Écran verrouillé. Tapez la phrase de passe, ou le chemin du fichier d'identité (Tab complète), puis Entrée.
unlock-identity = Fichier d'identité (Tab complète le chemin)
unlock-code = Code
unlock-in-memory = Clé de démonstration gardée en mémoire
lock-code-too-short = Le code doit avoir au moins { $min } caractères.
minutes-lines = Lignes du point
minutes-lines-focus = [Tab] ou [Échap] : retour à l'ordre du jour
minutes-more-above = ▲ { $n } lignes plus haut — [{ $key }]
minutes-more-below = ▼ { $n } lignes plus bas — [{ $key }]
minutes-slots-out-of-order = ⚠ Horaires dans le désordre au point { $items } : déplacez-le ([K]/[J]) ou corrigez sa plage ([e]).
minutes-late = en retard de { $minutes } min
minutes-started = commencé à { $time }
action-no-group = sans groupe
action-no-one = personne
action-due = pour le { $date }
action-task = tâche : { $status }
hints-more = Plus
hints-page = { $page }/{ $pages }
key-edit-item = Modifier le point
key-edit-meeting = Modifier la rencontre
key-edit-line = Corriger la ligne
key-delete-line = Supprimer la ligne
key-focus-lines = Lignes du point
key-focus-agenda = Ordre du jour
key-page-up = Page précédente
key-page-down = Page suivante
key-clear-field = Vider le champ
key-new-line = Nouvelle ligne
key-more-keys = Plus de touches
key-complete = Compléter le chemin
key-new-group = Nouveau groupe
key-edit-group = Modifier le groupe
key-toggle-group = Actif / en pause
key-consent = Changer le consentement
key-close-detail = Fermer le détail
key-help-cancel = Fermer
groups-title = Groupes de travail
groups-empty = Aucun groupe : [n] pour en créer un.
group-paused = en pause
group-active = actif
members-groups-hint = [Tab] : groupes de travail
groups-members-hint = [Tab] : membres
task-detail-title = Détail de la tâche
task-carried-by = Personnes chargées : { $who }
task-group = Groupe : { $group }
task-due = Échéance : { $date }
task-no-due = Échéance : aucune
task-status = État : { $status }
task-origin = Née de : { $meeting }, point « { $item } »
task-no-origin = Née de : ajoutée au tableau
task-history = Historique et commentaires
task-no-history = (aucun commentaire pour l'instant : [c] pour commenter)
task-event-status = { $date } : { $from } → { $to }
task-event-comment = { $date } : « { $text } »
task-open-detail = [Entrée] Détail
consent-since = { $level } depuis le { $date }
too-small-form = Fenêtre trop petite pour ce formulaire : agrandissez-la (ce qui est tapé est gardé).
form-more-fields = ▼ d'autres champs plus bas (Tab)
form-more-fields-above = ▲ d'autres champs plus haut (Maj-Tab)
form-multiline-hint = Ctrl-J : nouvelle ligne dans ce texte
hint-up-down = Choisir
hint-left-right = Colonne
hint-fields = Champ suivant / précédent
hint-guests = Invité·es − / +
hint-pages = Défiler
hint-status = État − / +
hint-move-item = Déplacer le point
hint-screens = Écrans
line-question = Question :
line-decision = Décision :
line-action = Action :
help-more-below = ▼ encore { $n } touches plus bas (↓ ou PgSuiv) · Échap : fermer
help-top = ▲ remonter avec ↑ ou PgPréc · Échap : fermer
help-close = Échap ou ? : fermer l'aide
col-group = Groupe
col-cadence = Fréquence
key-adopted-edit-notes = Corriger une note
key-board-open = Détail
key-dashboard-open = Ouvrir la prochaine rencontre
key-meetings-open = Ouvrir le procès-verbal
key-form-cancel = Annuler (rien n'est enregistré)
key-gaps-open = Aller corriger
key-unlock-submit = Ouvrir

# Integrity (issue 13)
err-integrity = Le conseil ne correspond plus à son dernier enregistrement : { $problems }. Rien n'a été modifié.
integrity-behind = { $missing ->
    [one] il lui manque la dernière écriture enregistrée (il en compte { $store }, son fichier de tête { $head })
   *[other] il lui manque les { $missing } dernières écritures enregistrées (il en compte { $store }, son fichier de tête { $head })
}
integrity-does-not-add-up = des fiches ont été retirées ou remises à une version plus ancienne en dehors de conseil
integrity-mirror-missing = son fichier de tête ({ $file }) a disparu : rien ne permet de vérifier qu'aucune écriture récente n'est perdue
integrity-mirror-damaged = son fichier de tête ({ $file }) est abîmé
integrity-mirror-disagrees = son fichier de tête ({ $file }) ne correspond pas à la base
integrity-head-damaged = sa tête (le compteur et l'empreinte de toutes ses écritures) est abîmée
integrity-lost = Perdu : { $places }.
integrity-replayed = Remis à une version plus ancienne : { $places }.
integrity-absent = Disparu : { $places }.
integrity-place = { $kind } { $id }
integrity-place-intact = { $kind } { $id } (une copie intacte existe)
integrity-more = et { $count } de plus
integrity-meta = réglages du conseil
rec-integrity = « conseil check » donne la liste complète. « conseil recover » reconstruit un conseil avec tout ce qui est encore intact. Si vous acceptez le conseil tel qu'il est, « conseil check --accept ».
integrity-preserved = Une copie des fichiers d'avant l'ouverture est gardée dans { $path }.
err-read-only = Le conseil { $path } est ouvert en lecture seule : rien n'y est écrit.
rec-read-only-examining = Il a été ouvert pour être examiné. Reconstruisez-le d'abord (« conseil recover ») ou acceptez son état (« conseil check --accept »).
rec-read-only-copy = Son dossier ne peut pas être modifié (support en lecture seule). Copiez le conseil sur un disque où vous pouvez écrire.
err-preserve = Impossible de garder une copie du conseil dans { $path } avant de l'ouvrir : { $reason }.
rec-preserve = Cette copie protège vos dernières écritures si la base est abîmée. Libérez de la place (autant que la taille du conseil), puis recommencez.
err-unreadable = La base du conseil { $path } est illisible : le moteur de stockage la refuse en entier.
rec-unreadable = « conseil recover » lit directement les fichiers et reconstruit un conseil avec chaque fiche encore intacte.
check-lost = Écriture perdue : { $place }, écrite au n° { $seq }
check-replayed = Remis à une version plus ancienne : { $kind } { $id } (version n° { $found }, alors que la n° { $newer } existe intacte)
check-absent = Disparu : { $place }, écrit au n° { $seq }
check-head = Le conseil est au n° { $counter } de ses écritures, comme son fichier de tête.
check-accepted = État accepté : une nouvelle tête a été écrite (n° { $counter }).
cli-arg-accept = Après lecture du rapport : accepter le conseil tel qu'il est (nouvelle tête)
cli-cmd-recover = Reconstruit un conseil abîmé à partir de ses fichiers, dans un nouveau dossier
cli-arg-recover-to = Dossier du conseil reconstruit (par défaut : celui du conseil, suivi de .recovered)
recover-fallback-name = Conseil récupéré
recover-heading = Fiches récupérées :
recover-count = { $kind } : { $count }
recover-no-council = La fiche du conseil (nom, réglages) est perdue : le conseil reconstruit s'appelle « { $name } ».
recover-complete = Tout est revenu : le conseil reconstruit est exactement son dernier état enregistré (n° { $counter }).
recover-incomplete = Le conseil reconstruit n'est pas tout à fait son dernier état enregistré (n° { $counter }) : ce qui suit n'a pas pu être récupéré.
recover-no-reference = Aucune tête intacte n'a survécu : impossible de dire si tout est revenu. Vérifiez les fiches récentes.
recover-lost = Non récupéré : { $kind } { $id } (écriture n° { $seq })
recover-unreadable = Fichier illisible, ignoré : { $path }
recover-passphrase = La phrase de passe n'a pas été reprise : ajoutez-la avec « conseil rekey --set-passphrase » si vous en voulez une.
recover-next = Le conseil reconstruit est dans { $target }. Vérifiez-le (« conseil --db { $target } check »), puis mettez-le à la place de l'ancien : renommez { $path } en { $damaged } et { $target } en { $path }. Gardez l'ancien tant que vous n'êtes pas sûr·e.
backup-written = Sauvegarde automatique écrite : { $path } (écriture n° { $counter }).
backup-no-recipients = Pas de sauvegarde automatique : ce conseil ne s'ouvre qu'avec sa phrase de passe. Ajoutez une clé (« conseil rekey --add-recipient FICHIER ») pour en avoir.
backup-failed = La sauvegarde automatique a échoué : { $reason }
recover-from-backup = { $count ->
    [one] Une fiche a été reprise de la dernière sauvegarde automatique (écriture n° { $counter }) ; ce qui a été écrit depuis et n'est plus intact est perdu.
   *[other] { $count } fiches ont été reprises de la dernière sauvegarde automatique (écriture n° { $counter }) ; ce qui a été écrit depuis et n'est plus intact est perdu.
}
recover-newest-backup = La dernière sauvegarde automatique est celle de l'écriture n° { $counter } ({ $path }).
recover-no-backup = Aucune sauvegarde automatique n'existe à côté de ce conseil.
list-damaged = Fiche abîmée, laissée de côté : { $tree } / { $id }. « conseil check » dit ce qui est atteint ; « conseil recover » reconstruit le conseil avec ce qui est intact.
damaged-record = { $tree ->
    [members] membre
    [groups] groupe de travail
    [meetings] rencontre
    [tasks] tâche
    [contributions] contribution
    [drafts] plaidoyer
   *[other] { $tree }
} { $id }
dash-damaged = ⚠ { $count ->
    [one] { $count } fiche abîmée, laissée de côté sans y toucher
   *[other] { $count } fiches abîmées, laissées de côté sans y toucher
} ({ $names }). Le reste se consulte et se modifie. « conseil check » dit ce qui est touché ; « conseil recover » reconstruit le conseil depuis ce qui est intact et la dernière sauvegarde.
backup-left-out = { $count ->
    [one] Cette sauvegarde ne contient pas { $count } fiche abîmée
   *[other] Cette sauvegarde ne contient pas { $count } fiches abîmées
} ({ $names }). Les sauvegardes plus anciennes sont toutes gardées : elles en ont peut-être une version intacte, que « conseil recover » sait reprendre.
err-damaged-records = { $count ->
    [one] { $count } fiche est abîmée
   *[other] { $count } fiches sont abîmées
} : { $names }. Une archive doit contenir tout le conseil : aucune n'a été écrite.
rec-damaged-records = « conseil check » dit ce qui est touché ; « conseil recover » reconstruit le conseil depuis ce qui est intact et la dernière sauvegarde. Exportez ensuite l'archive depuis le conseil reconstruit.
key-members-focus-lines = Groupes de travail
key-groups-focus-agenda = Membres
err-archive-unauthenticated = Rien ne prouve que ce fichier vient de ce conseil (ou, pour une fiche retour, du ou de la membre à qui la fiche a été envoyée) : quiconque a la clé publique du conseil peut en fabriquer un. Son empreinte : { $fingerprint }.
archive-claims = Il se présente comme venant du conseil { $council }.
rec-archive-unauthenticated = Comparez cette empreinte avec celle que la personne qui l'a fait a obtenue (de vive voix, par téléphone). Si elles sont identiques, relancez avec « --accept-unauthenticated ». Rien n'a été modifié.
archive-fingerprint = Empreinte de l'archive : { $fingerprint } (à donner à qui l'importera, pour qu'elle ou il la compare).
cli-arg-accept-unauthenticated = Importer une archive ou une fiche retour qui ne vient pas de façon prouvée de ce conseil, après avoir comparé son empreinte

## lang branch
# Erreurs de la ligne de commande (à la place des messages anglais de clap).
cli-error-unknown-subcommand = La commande « { $sub } » n'existe pas.
cli-error-unknown-argument = « { $arg } » n'est pas attendu ici.
cli-error-missing-required = { $count ->
    [one] Il manque un argument obligatoire :
   *[other] Il manque des arguments obligatoires :
}
cli-error-missing-value = « { $arg } » demande une valeur, mais aucune n'a été donnée.
cli-error-invalid-value = « { $value } » n'est pas une valeur possible pour « { $arg } ».
cli-error-possible-values = Valeurs possibles : { $values }
cli-error-bad-value = « { $value } » n'est pas une valeur valide pour « { $arg } ».
cli-error-reason-number = Il faut un nombre entier, écrit en chiffres.
cli-error-reason-too-large = Ce nombre est trop grand.
cli-error-reason-range = Il faut un nombre entre { $min } et { $max }.
cli-error-conflict = « { $arg } » ne peut pas être utilisé avec « { $other } ».
cli-error-conflict-list = « { $arg } » ne peut pas être utilisé avec :
cli-error-conflict-others = « { $arg } » ne peut pas être utilisé avec les autres options données.
cli-error-repeated = « { $arg } » ne peut être donné qu'une seule fois.
cli-error-subcommand-conflict = La commande « { $sub } » ne peut pas être utilisée avec « { $other } ».
cli-error-no-equals = « { $arg } » demande un signe égal entre l'option et sa valeur (--option=valeur).
cli-error-missing-subcommand = « { $cmd } » demande une commande, mais aucune n'a été donnée.
cli-error-possible-subcommands = Commandes possibles : { $values }
cli-error-invalid-utf8 = Un des arguments contient des caractères illisibles (ce n'est pas de l'UTF-8).
cli-error-too-many-values = « { $value } » est une valeur de trop pour « { $arg } ».
cli-error-too-few-values = « { $arg } » demande au moins { $min } valeurs, { $actual ->
    [0] aucune n'a été donnée.
    [one] une seule a été donnée.
   *[other] { $actual } seulement ont été données.
}
cli-error-wrong-number = « { $arg } » demande { $expected } valeurs, { $actual ->
    [0] aucune n'a été donnée.
    [one] une seule a été donnée.
   *[other] { $actual } ont été données.
}
cli-error-generic = La ligne de commande n'est pas comprise.
cli-error-tip-subcommand = { $count ->
    [one] Une commande proche existe : { $names }.
   *[other] Des commandes proches existent : { $names }.
}
cli-error-tip-argument = Une option proche existe : « { $arg } ».
cli-error-tip-value = { $count ->
    [one] Une valeur proche existe : { $names }.
   *[other] Des valeurs proches existent : { $names }.
}
cli-error-tip-as-value = Pour donner « { $arg } » comme valeur, écrivez « { $suggestion } ».
cli-error-tip-exists = « { $suggestion } » existe.
cli-error-tip-remove-dashes = La commande « { $sub } » existe : pour l'utiliser, retirez le « -- » qui la précède.
cli-error-quoted = « { $name } »
cli-error-more = Pour en savoir plus : { $help }
cli-help-env = variable { $var }
cli-help-default = par défaut : { $value }
# Noms des valeurs dans l'aide et les erreurs (--date <DATE>).
cli-value-lang = LANGUE
cli-value-path = CHEMIN
cli-value-file = FICHIER
cli-value-key = CLÉ
cli-value-text = TEXTE
cli-value-pseudonym = PSEUDONYME
cli-value-roles = RÔLE
cli-value-groups = GROUPE
cli-value-group = GROUPE
cli-value-credit = true|false
cli-value-active = true|false
cli-value-member = MEMBRE
cli-value-members = MEMBRE
cli-value-name = NOM
cli-value-purpose = BUT
cli-value-cadence = FRÉQUENCE
cli-value-date = DATE
cli-value-title = TITRE
cli-value-kind = GENRE
cli-value-meeting = RENCONTRE
cli-value-slot = PLAGE
cli-value-item = POINT
cli-value-guests = NOMBRE
cli-value-for = POUR
cli-value-against = CONTRE
cli-value-abstain = ABSTENTION
cli-value-assignees = MEMBRE
cli-value-due = ÉCHÉANCE
cli-value-status = ÉTAT
cli-value-task = TÂCHE
cli-value-author = AUTEUR·RICE
cli-value-consent = CONSENTEMENT
cli-value-themes = THÈME
cli-value-theme = THÈME
cli-value-expires = FIN
cli-value-contribution = CONTRIBUTION
cli-value-contributions = CONTRIBUTION
cli-value-language = LANGUE
cli-value-audience = PUBLIC
cli-value-heading = TITRE
cli-value-draft = PLAIDOYER
cli-value-format = FORMAT
cli-help-values = valeurs possibles : { $values }
# Heures à la française : 9h05, 9h00–10h30.
time-of-day = { $hours }h{ $minutes }
time-slot = { $start }–{ $end }
search-count = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
# Une date en toutes lettres : 1er mars 2026, 12 mars 2026.
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
# Recherche : ce qu'est chaque résultat et où il se trouve.
search-kind-meeting = Rencontre
search-kind-item = Point de l'ordre du jour
search-kind-note = Note
search-kind-question = Question
search-kind-decision = Décision
search-kind-action = Action
search-kind-task = Tâche
search-kind-contribution = Contribution
search-kind-member = Membre
search-place-meeting = { $meeting }, { $date }
search-place-item = { $meeting }, { $date } · point « { $item } »
search-place-task = groupe { $group } · { $status }
search-place-contribution = { $date }
search-place-contribution-themes = { $date } · thèmes : { $themes }
search-title-count = { $title } — { $count }
cli-value-rename = NOM
cli-value-group_active = true|false
cli-value-number = NUMÉRO
cli-value-time = HEURE
cli-value-position = POSITION
hint-choice = Changer le choix
key-picker-toggle = Présent·e ou non
notes-warning-item = « { $text } », { $kind }
list-separator = {" ; "}
hint-boxes = Case précédente / suivante
dash-recent-pending = Contributions récentes · alertes de confidentialité : recherche en cours…
keyname-shift = Maj-
keyname-space = Espace
keyname-enter = Entrée
keyname-esc = Échap
keyname-backtab = Maj-Tab
keyname-pageup = PgPréc
keyname-pagedown = PgSuiv
keyname-delete = Suppr
cli-cmd-licences = Affiche la licence de conseil et les notices des données intégrées
licences-statement = conseil { $version } est un logiciel libre : vous pouvez le redistribuer et le modifier selon les termes de la GNU Affero General Public License publiée par la Free Software Foundation, version 3 ou (à votre choix) toute version ultérieure (AGPL-3.0-or-later).
licences-warranty = Il est fourni SANS AUCUNE GARANTIE, dans les limites permises par la loi, pas même la garantie implicite de qualité marchande ou d'adéquation à un usage particulier. Le texte complet de la licence est dans le fichier LICENSE de son code source et sur https://www.gnu.org/licenses/agpl-3.0.html.
licences-source = Le code source : qui vous remet ce programme, ou vous le fait utiliser à distance, doit aussi vous en remettre le code source complet (AGPL-3.0, articles 6 et 13). On y trouve LICENSE et crates/detect/lexicon/ (SOURCES.md, fetch.sh, extract.py), qui reconstruit le lexique intégré.
licences-data = Données intégrées : le détecteur de données identifiantes embarque un lexique construit à partir de listes sous licence libre ou du domaine public. Voici les mentions et attributions que leurs licences demandent (crates/detect/lexicon/SOURCES.md, en anglais) :
refusal-malformed = le fichier n'a pas la forme attendue (détail technique : { $detail })
refusal-bad-hash = une liste de noms protégés est abîmée (empreinte de la mauvaise longueur)
refusal-pseudonym-taken = ce pseudonyme est déjà celui d'un·e autre membre ici ({ $id })
refusal-pseudonym-twice = un·e autre membre de la même archive a déjà ce pseudonyme, écrit autrement (majuscules, accents composés ou non, caractères invisibles) ({ $id })
refusal-no-free-pseudonym = aucune variante numérotée de ce pseudonyme en conflit n'est libre et valable ; renommez l'un·e des deux membres puis réimportez
refusal-unknown-member = ce conseil n'a pas ce ou cette membre
refusal-unknown-task = ce conseil n'a pas cette tâche
refusal-not-members-task = ce n'est pas une tâche de ce ou cette membre
refusal-beyond-status = la fiche retour change plus que l'état et les commentaires de la tâche
refusal-authentication = la partie qui prouve d'où vient le fichier est mal formée
status-read-only-media = Conseil en lecture seule (son dossier ne peut pas être modifié) : vous pouvez lire et exporter ; copiez-le sur un disque où vous pouvez écrire pour le modifier.
compacted = Conseil compacté : { $before } Mio → { $after } Mio sur le disque (données : { $live } Mio).
confirm-import-unauthenticated = Si l'empreinte est la même que celle de la personne qui a fait l'archive, vous pouvez l'importer quand même. Importer ?
warn-identity-readable = Attention : d'autres personnes que vous peuvent lire votre fichier d'identité { $path } (droits { $mode }), et donc ouvrir le conseil. Protégez-le : chmod 600 { $path }
