# conseil messages in English (second language).

## Error prefixes
error-prefix = Error:
hint-prefix = What to do:

## Command-line help
cli-usage = Usage:
cli-commands = Commands
cli-command = COMMAND
cli-options = Options
cli-help = Print this help
cli-version = Print the version

cli-cmd = Minutes, tasks and contributions of a peer council, encrypted on disk.
cli-cmd-init = Create a new, empty, encrypted council
cli-cmd-keygen = Create an identity file (secret key), like age-keygen
cli-cmd-check = Decrypt and verify every record of the council
cli-cmd-rekey = Add or remove a key, change or remove the passphrase
cli-cmd-member = Members (pseudonyms only)
cli-cmd-member-add = Add a member
cli-cmd-member-list = List members
cli-cmd-member-show = Show a member
cli-cmd-member-update = Change a member
cli-cmd-group = Working groups
cli-cmd-group-add = Add a working group
cli-cmd-group-list = List working groups
cli-cmd-group-show = Show a working group
cli-cmd-meeting = Meetings and minutes
cli-cmd-meeting-add = Add a meeting (optionally from the previous one's agenda)
cli-cmd-meeting-list = List meetings
cli-cmd-meeting-show = Show a meeting's minutes
cli-cmd-meeting-item = Add an agenda item
cli-cmd-meeting-notes = Write the notes of an agenda item
cli-cmd-meeting-attend = Record attendance
cli-cmd-meeting-decide = Record a decision
cli-cmd-meeting-action = Record an action item; it becomes a task of the chosen group
cli-cmd-meeting-adopt = Adopt the minutes (they can then only be amended)
cli-cmd-meeting-amend = Append a dated amendment to adopted minutes
cli-cmd-task = Working-group tasks
cli-cmd-task-add = Add a task
cli-cmd-task-list = List tasks
cli-cmd-task-show = Show a task
cli-cmd-task-update = Change a task's status, comment on it or edit it
cli-cmd-contribution = Members' contributions and their consent
cli-cmd-contribution-add = Add a contribution
cli-cmd-contribution-list = List contributions
cli-cmd-contribution-show = Show a contribution
cli-cmd-contribution-update = Withdraw consent or change a contribution

cli-arg-lang = Language of messages: fr or en
cli-arg-db = Council folder (default: the user's data folder)
cli-arg-identity = Identity file that opens the council
cli-arg-passphrase-file = Read the passphrase from this file ("-": standard input), for scripts
cli-arg-demo = Show a demo council, created then erased
cli-arg-json = JSON output, for scripts
cli-arg-name = Name of the council
cli-arg-recipients = Public key (age1…) or key file that will open the council
cli-arg-passphrase = The council can also be opened with a passphrase (asked without echo)
cli-arg-language = Language of the council: fr or en
cli-arg-output = File to create
cli-arg-add-recipient = Add this public key (age1…) or the keys of this file
cli-arg-remove-recipient = Remove this public key (age1…)
cli-arg-set-passphrase = Set or change the passphrase
cli-arg-new-passphrase-file = Read the new passphrase from this file ("-": standard input)
cli-arg-remove-passphrase = Remove the passphrase
cli-arg-list = List public keys and say whether a passphrase is set
cli-arg-pseudonym = Pseudonym (never a name, e-mail or number)
cli-arg-roles = Role: member, secretary, facilitator (repeatable)
cli-arg-groups = Working group (repeatable)
cli-arg-credit = Agrees to be credited by pseudonym in exports
cli-arg-member = Member: pseudonym or id
cli-arg-active = Active member: true or false
cli-arg-purpose = What the group is for
cli-arg-cadence = How often it meets (e.g. quarterly)
cli-arg-group = Working group: name or id
cli-arg-date = Date (YYYY-MM-DD)
cli-arg-title = Title
cli-arg-kind = Kind
cli-arg-template = Reuse this meeting's agenda ("previous": the one before)
cli-arg-meeting = Meeting: id or start of id
cli-arg-slot = Time slot, e.g. 9h15-10h30
cli-arg-item = Agenda item number (from 1)
cli-arg-text = Text ("-": read from standard input, to keep it out of shell history)
cli-arg-members = Member present (repeatable)
cli-arg-guests = Number of guests (never their names)
cli-arg-consensus = Decision reached by consensus
cli-arg-votes = Decision put to a vote: for,against,abstain (e.g. 8,1,2)
cli-arg-assignees = Member in charge (repeatable)
cli-arg-due = Due date (YYYY-MM-DD)
cli-arg-on = Adoption date (default today)
cli-arg-description = Description ("-": standard input)
cli-arg-status = Status: todo, doing, blocked, done
cli-arg-task = Task: id or start of id
cli-arg-comment = Dated comment ("-": standard input)
cli-arg-author = Author: pseudonym or id
cli-arg-unlinked = Link the contribution to nobody, even inside the council
cli-arg-consent = Consent: council-only, paraphrase, quote
cli-arg-themes = Theme (repeatable)
cli-arg-expires = End of consent (YYYY-MM-DD)
cli-arg-theme = Keep only this theme
cli-arg-contribution = Contribution: id or start of id
cli-arg-withdraw = Withdraw consent from today

## Prompts
prompt-passphrase = Council passphrase: 
prompt-new-passphrase = New passphrase: 
prompt-repeat-passphrase = Repeat the passphrase: 

## Results
default-council-name = Peer council
init-done = Council created in { $path } ({ $recipients ->
    [0] no key
    [one] one key
   *[other] { $recipients } keys
  }{ $passphrase ->
    [yes] {" "}and a passphrase
   *[no] {""}
  }).
keygen-done = Identity written to { $path } (keep this file secret). Public key:
rekey-done = Access updated: { $recipients ->
    [0] no key
    [one] one key
   *[other] { $recipients } keys
  }, { $passphrase ->
    [yes] with a passphrase
   *[no] without a passphrase
  }.
rekey-has-passphrase = Passphrase: yes
rekey-no-passphrase = Passphrase: no
check-count = { $kind }: { $count }
check-bad = Damaged record: { $tree } / { $id }
check-ok = Everything is readable and intact ({ $total } records).
saved = Saved ({ $id }).
member-added = Member added: { $pseudonym } ({ $id })
group-added = Group added: { $name } ({ $id })
meeting-added = Meeting added: { $title } ({ $id })
task-added = Task added: { $title } ({ $id })
contribution-added = Contribution added ({ $id })
state-active = active
state-inactive = inactive
credit-yes = credited in exports
credit-no = anonymous in exports
overdue-mark = ⚠ overdue
minutes-draft = draft
minutes-adopted = adopted on { $date }
attendance-line = Present: { $members }; guests: { $guests }
amendment-line = Amendment of { $date }: { $text }
outcome-consensus = consensus
outcome-vote = for { $yes }, against { $no }, abstain { $abstain }
outcome-none = no outcome recorded

## Names
kind-member = Members
kind-group = Working groups
kind-meeting = Meetings
kind-task = Tasks
kind-contribution = Contributions
kind-draft = Advocacy drafts
status-todo = to do
status-doing = doing
status-blocked = blocked
status-done = done
consent-council-only = council only
consent-paraphrase = paraphrase
consent-quote = quote
consent-withdrawn = withdrawn
gap-no-attendance = Nobody is marked present.
gap-decision-outcome = Item { $item }: a decision has no outcome (consensus or vote).
gap-action-group = Item { $item }: an action item has no working group.
gap-action-assignee = Item { $item }: an action item has nobody to carry it.
field-pseudonym = the pseudonym
field-email = an e-mail address
field-phone = a number (phone or other)
field-url = a web address
field-title = the title
field-name = the name
field-notes = the notes
field-text = the text
field-theme = a theme
field-question = a question
field-decision = a decision
field-action = an action item
field-amendment = the amendment
field-comment = the comment
field-description = the description
field-purpose = the group's purpose
field-cadence = the cadence
field-heading = a section heading
field-body = a section's text
field-response = the response received
field-group = the working group
field-groups = the working groups
field-attendance = the attendance
field-assignees = the people in charge
field-author = the author
field-meeting = the meeting

## Demo
demo-council-name = Council of experiential-knowledge consultants (demo)
demo-title = { $name }
demo-summary = { $members } members, { $groups } working groups, { $meetings } meetings ({ $adopted } minutes adopted), { $tasks } tasks, { $contributions } contributions, { $drafts } advocacy drafts.
demo-consent = Consent: { $council } council only, { $paraphrase } paraphrase, { $quote } quote, { $withdrawn } withdrawn.
demo-check = Check: { $total } records decrypted, { $bad } damaged.
demo-removed = The demo council and its key have been erased.

## Errors: what happened (err-) and what to do (rec-)
err-not-found = There is no council in { $path }.
rec-not-found = Check the path given to --db, or create a council with "conseil init".
err-already-exists = { $path } already exists and is not empty.
rec-already-exists = Choose another folder with --db; nothing was changed.
err-not-a-council = { $path } is not a council folder.
rec-not-a-council = Check the path given to --db.
err-locked = The council { $path } is already open in another program.
rec-locked = Close the other conseil window, then try again.
err-access = Cannot read or write { $path } ({ $reason }).
rec-access = Check that the folder exists and belongs to you, and that the disk has free space.
err-newer-format = This council was written by a newer version of conseil (format { $found }; this version reads up to format { $supported }).
rec-newer-format = Install the latest version of conseil; nothing was changed.
err-wrong-passphrase = The passphrase does not match.
rec-wrong-passphrase = Check capitals and accents, then try again.
err-not-a-recipient = This identity does not open this council.
rec-not-a-recipient = Use the identity file given when the council was created, or ask the secretary to add you ("conseil rekey --add-recipient").
err-no-passphrase = This council does not open with a passphrase.
rec-no-passphrase = Give your identity file with -i.
err-no-recipients = This council only opens with its passphrase.
rec-no-recipients = Run the command without -i to type the passphrase.
err-no-way-in = This change would leave no key and no passphrase: nobody could open the council again.
rec-no-way-in = First add another key or a passphrase; nothing was changed.
err-unknown-recipient = The key { $key } does not open this council.
rec-unknown-recipient = List the keys with "conseil rekey --list".
err-excessive-work = This council's passphrase demands far too much computation.
rec-excessive-work = The file may have been tampered with; use a backup or your identity file.
err-corrupt = Record { $id } ({ $tree }) does not decrypt: it was damaged or altered.
rec-corrupt = The other records are intact. Run "conseil check" for the full list, and restore a backup if needed.
err-missing = No record { $id } in { $kind }.
rec-missing = Check the id with the "list" command.
err-database = The database refused the write ({ $reason }).
rec-database = Check the free space on the disk. What was saved before is intact.
err-wrap = Cannot encrypt the council key ({ $reason }).
err-bad-id = This id is not valid.
rec-bad-id = An id has 32 characters (0-9, a-f); the first 4 are enough if they name a single record.
err-empty = { $field } is missing.
err-too-long = { $field } is too long.
rec-too-long = Split the text into several parts.
err-identifying-pseudonym = The pseudonym looks like { $what }: it could identify the person.
rec-identifying-pseudonym = Choose a pseudonym with no name, number or address.
err-duplicate-pseudonym = This pseudonym is already taken.
rec-duplicate-pseudonym = Choose another pseudonym.
err-slot-order = The time slot ends before it starts.
rec-slot = Write the slot like 9h15-10h30.
err-bad-time = This time cannot be read.
err-bad-date = This date cannot be read.
rec-bad-date = Write the date like 2026-03-12 (year-month-day).
err-adopted = These minutes are adopted: they can no longer be changed.
rec-adopted = Append a dated amendment with "conseil meeting amend".
err-already-adopted = These minutes are already adopted.
err-not-ready = The minutes are not ready to be adopted.
rec-not-ready = Complete what is missing (listed above), then try again.
err-consent-dates = The consent dates are out of order.
err-dangling = { $field } does not exist in the council.
rec-dangling = Check the name or id with the "list" command.
err-no-such-item = This agenda item does not exist.
rec-no-such-item = Items are numbered from 1; show them with "conseil meeting show".
err-duplicate = { $field } lists the same person or group twice.
err-unknown-value = "{ $value }" is not a known value.
rec-unknown-value = See the possible values with --help.
err-no-match = Nothing in { $kind } matches "{ $key }".
rec-no-match = Check with the "list" command.
err-ambiguous = Several { $kind } records match "{ $key }".
rec-ambiguous = Give more characters of the id.
err-key-file-io = Cannot read the key file { $path } ({ $reason }).
err-key-file-line = Line { $line } of { $path } is not an age key.
err-key-file-empty = The file { $path } holds no usable key.
rec-key-file = Give a file made by "conseil keygen" or "age-keygen", or an age1… public key.
err-no-unlock = No way to open the council: no identity file and no passphrase.
rec-no-unlock = Give -i FILE (or CONSEIL_IDENTITY), or --passphrase-file, or run the command in a terminal to type the passphrase.
err-passphrase-mismatch = The two passphrases typed differ.
rec-passphrase-mismatch = Start again; nothing was changed.
err-passphrase-empty = The passphrase is empty.
err-init-without-access = A council needs at least one key or a passphrase.
rec-init-without-access = Add --recipient FILE (made by "conseil keygen") or --passphrase.
err-read = Cannot read { $what } ({ $reason }).
err-no-data-dir = No data folder was found for this account.
rec-no-data-dir = Give the council folder with --db.
err-exists = { $path } already exists.
rec-exists = Choose another file name: conseil never overwrites a key.
err-check-failed = { $count ->
    [one] One record is damaged.
   *[other] { $count } records are damaged.
  }
err-bad-votes = A vote is written as three numbers: for,against,abstain.
rec-bad-votes = For example: --votes 8,1,2
err-nothing-to-change = Nothing to change.
err-output = Cannot write the output ({ $reason }).
