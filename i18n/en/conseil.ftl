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
cli-cmd-compact = Gives back the space the database keeps for old versions of records (an encrypted copy; nothing is decrypted)
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
cli-cmd-meeting-question = Questions raised: add, correct, delete
cli-cmd-meeting-question-add = Records a question raised
cli-cmd-meeting-question-edit = Corrects a question
cli-cmd-meeting-question-delete = Deletes a question
cli-cmd-meeting-decision = Decisions: add, correct (text or outcome), delete
cli-cmd-meeting-decision-add = Records a decision
cli-cmd-meeting-decision-edit = Corrects a decision (its text or its outcome)
cli-cmd-meeting-decision-delete = Deletes a decision
cli-cmd-meeting-action-add = Records an action item; with a group, it becomes a task
cli-cmd-meeting-action-edit = Corrects an action item; its task follows
cli-cmd-meeting-action-delete = Deletes an action item and the task made from it
cli-cmd-meeting-edit = Changes a meeting's date or title
cli-cmd-meeting-delete = Deletes a meeting not yet adopted (its tasks stay on the board)
cli-cmd-meeting-start = Records when an item really began
cli-cmd-meeting-move = Moves an item within the agenda
cli-cmd-meeting-item-edit = Corrects an item's time slot, kind or title
cli-cmd-meeting-item-delete = Deletes an item with its notes, questions, decisions and actions
cli-cmd-group-edit = Renames a group, changes its purpose or cadence, or pauses it
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
cli-cmd-contribution-consent = Change the consent of a contribution; the change is dated in its history

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
cli-arg-slot = Time slot, e.g. 9:15-10:30
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
cli-arg-new-consent = New consent: council-only, paraphrase, quote
cli-arg-consent-on = Day the person changed it (YYYY-MM-DD, today by default)
cli-arg-withdraw = Withdraw consent from today
cli-arg-number = Number of the line within the item (from 1, in the order shown by "meeting show")
cli-arg-at = Time, e.g. 9:25
cli-arg-clear = Forgets the recorded time
cli-arg-position = New place of the item (from 1)
cli-arg-no-outcome = Clears the outcome (to complete before adoption)
cli-arg-no-assignee = Removes everyone assigned
cli-arg-rename = New name
cli-arg-group-active = Group active: true or false

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
check-ok = Everything is readable and intact ({ $total ->
    [one] { $total } record
   *[other] { $total } records
}).
saved = Saved ({ $id }).
member-added = Member added: { $pseudonym } ({ $id })
group-added = Group added: { $name } ({ $id })
meeting-added = Meeting added: { $title } ({ $id })
task-added = Task added: { $title } ({ $id })
action-added-no-task = Action item recorded without a working group: it becomes a task once a group is chosen ("meeting action edit … --group").
meeting-deleted = Meeting deleted: { $title }.{ $tasks ->
    [0] {""}
    [one] {" "}Its task stays on the board.
   *[other] {" "}Its { $tasks } tasks stay on the board.
}
contribution-added = Contribution added ({ $id })
state-active = active
state-inactive = inactive
credit-yes = credited in exports
credit-no = anonymous in exports
overdue-mark = ⚠ overdue
minutes-draft = draft
minutes-adopted = adopted on { $date }
attendance-line = { $count ->
    [0] Nobody marked present
   *[other] Present: { $members }
}; { $guests ->
    [0] no guests
    [one] 1 guest
   *[other] { $guests } guests
}
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
consent-changed = consent changed on { $date }: { $from } → { $to }
gap-no-attendance = Nobody is marked present.
gap-decision-outcome = Item { $item }: a decision has no outcome (consensus or vote).
gap-action-group = Item { $item }: an action item has no working group.
gap-action-assignee = Item { $item }: an action item has nobody to carry it.
gap-too-many-votes = Item { $item }: a vote counts { $votes } votes for { $present ->
    [one] 1 member present
   *[other] { $present } members present
}.
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
demo-summary = { $members ->
    [one] { $members } member
   *[other] { $members } members
}, { $groups ->
    [one] { $groups } working group
   *[other] { $groups } working groups
}, { $meetings ->
    [one] { $meetings } meeting
   *[other] { $meetings } meetings
} ({ $adopted } with adopted minutes), { $tasks ->
    [one] { $tasks } task
   *[other] { $tasks } tasks
}, { $contributions ->
    [one] { $contributions } contribution
   *[other] { $contributions } contributions
}, { $drafts ->
    [one] { $drafts } advocacy draft
   *[other] { $drafts } advocacy drafts
}.
demo-consent = Consent: { $council } council only, { $paraphrase } paraphrase, { $quote } quote, { $withdrawn } withdrawn.
demo-check = Check: { $total ->
    [one] { $total } record decrypted
   *[other] { $total } records decrypted
}, { $bad } damaged.
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
err-excessive-work = This council's passphrase demands scrypt work of 2^{ $found } (about { $mib } MiB of memory), far more than conseil itself writes (2^{ $ours }): it was not attempted.
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
err-too-long = Text too long: { $field }.
rec-too-long = Split the text into several parts.
err-identifying-pseudonym = The pseudonym looks like { $what }: it could identify the person.
rec-identifying-pseudonym = Choose a pseudonym with no name, number or address.
err-duplicate-pseudonym = This pseudonym is already taken.
rec-duplicate-pseudonym = Choose another pseudonym.
err-slot-order = The time slot ends before it starts.
rec-slot = Write the slot like 9:15-10:30.
err-bad-time = This time cannot be read.
err-bad-date = This date cannot be read.
rec-bad-date = Write the date like 2026-03-12 (year-month-day), with a year from 1900 to 2199.
err-adopted = These minutes are adopted: they can no longer be changed.
rec-adopted = Append a dated amendment with "conseil meeting amend".
err-already-adopted = These minutes are already adopted.
err-not-ready = The minutes are not ready to be adopted.
rec-not-ready = Complete what is missing (listed above), then try again.
err-no-such-entry = This line no longer exists (it may already have been deleted).
err-not-adopted = These minutes are not adopted yet: they are not amended but corrected directly.
err-consent-withdrawn = Consent to this contribution was withdrawn; it can no longer be changed.
rec-consent-withdrawn = If the person gives it again, record a new contribution with their agreement.
err-consent-expired = Consent to this contribution had ended by that date; it can no longer be changed.
err-wrong-code = This is not the code chosen when locking.
rec-wrong-code = Try again. Forgot it? Quit (Esc) and open the council again with your identity file; what you were typing is kept, encrypted.
err-duplicate-group = Another working group already has this name.
rec-duplicate-group = Choose another name, or edit the existing group.
rec-not-adopted = Edit the line itself ([e] on the chosen line).
err-too-many-votes = The vote counts { $votes } votes, but { $present ->
    [one] only 1 member is
   *[other] { $present } members are
} marked present (guests do not vote).
rec-too-many-votes = Correct the numbers (for, against, abstaining) or the attendance.
err-consent-dates = The consent dates are out of order.
rec-consent-dates = An end, withdrawal or change date falls on or after the day consent was given, and each change after the one before.
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
rec-exists = Choose another file name: conseil never overwrites an existing file (except with --force, where a command offers it).
err-check-failed = { $count ->
    [one] One record is damaged.
   *[other] { $count } records are damaged.
  }
err-bad-votes = A vote is written as three numbers: for,against,abstain.
rec-bad-votes = For example: --votes 8,1,2
err-nothing-to-change = Nothing to change.
err-output = Cannot write the output ({ $reason }).

## Terminal UI
app-name = conseil
locked = locked
too-small = Window too small: please enlarge it (at least 36 columns by 10 rows).
tab-dashboard = Home
tab-meetings = Meetings
tab-board = Tasks
tab-contributions = Contributions
tab-members = Members
status-saved = ✓ Saved at { $time }
status-unsaved = ● Changes in progress, not saved yet
status-failed = ⚠ Saving failed: { $reason } Nothing on screen is lost; try again.
status-draft-restored = The text you were typing before the lock was found again.
unlock-title = Council locked
unlock-help-identity = Press Enter to open with the identity file shown, or type the passphrase and press Enter.
unlock-help-passphrase = Type the council's passphrase, or the path of the identity file in the second field (↓, Tab completes), then Enter. Nothing is shown before it opens.
unlock-passphrase = Passphrase
unlock-type-passphrase = Type the passphrase.
help-title = Keys
search-title = Search everything
search-query = Search (Enter to open)
search-nothing = No results.
confirm-title = Confirm
confirm-keys = [y] Yes    [n] or [Esc] No
confirm-adopt = Adopt the minutes "{ $title }"? They can then only be amended, not changed.
confirm-delete-item = Delete the item "{ $title }"? { $questions ->
    [0] {""}
    [one] 1 question,{" "}
   *[other] { $questions } questions,{" "}
}{ $decisions ->
    [0] {""}
    [one] 1 decision,{" "}
   *[other] { $decisions } decisions,{" "}
}{ $actions ->
    [0] {""}
    [one] 1 action item,{" "}
   *[other] { $actions } action items,{" "}
}and its notes go with it.{ $tasks ->
    [0] {""}
    [one] {" "}The task made from its action item leaves the board too.
   *[other] {" "}The { $tasks } tasks made from its action items leave the board too.
}
confirm-withdraw = Withdraw consent for this contribution? It will not be used in any export again.
confirm-deactivate = Make { $pseudonym } inactive? Their history is kept.
confirm-reactivate = Make { $pseudonym } active again?
attendance-title = Attendance
attendance-guests = Guests: { $guests }
form-help = Enter: save · Tab / Shift-Tab: next / previous field · Ctrl-U: clear the field · Esc: cancel
form-new-meeting = New meeting (reuses the previous agenda)
form-new-item = New agenda item
form-question = Question raised
form-decision = Decision
form-action = Action item (becomes a task)
form-amendment = Dated amendment
form-new-task = New task
form-edit-task = Edit task
form-comment = Comment
form-new-contribution = New contribution
form-edit-contribution = Edit contribution
form-new-member = New member
form-rename-member = Edit member (pseudonym, roles, groups)
form-votes-hint = Write the votes like 8,1,2 (for, against, abstain).
label-date = Date (YYYY-MM-DD)
label-title = Title
label-group = Working group
label-slot = Time slot (e.g. 9:15-10:30)
label-kind = Kind
label-text = Text
label-outcome = Outcome
label-votes = Votes for,against,abstain (if a vote)
label-assignees = People in charge (Space to tick)
label-due = Due date (YYYY-MM-DD, optional)
label-author = Author
label-consent = Consent
label-themes = Themes (comma-separated)
label-pseudonym = Pseudonym (never a name or number)
label-role = Role
author-unlinked = a member (not linked)
no-group = no group
item-other = other
item-welcome = welcome
item-round-table = round table
item-plenary = plenary
item-presentation = presentation
item-break = break
outcome-vote-choice = vote
contribution-testimony = testimony
contribution-idea = idea
contribution-recommendation = recommendation
contribution-question = question
contribution-quote = quote
role-member = member
role-secretary = secretary
role-facilitator = facilitator
state-active-badge = [active]
state-inactive-badge = [inactive]
credit-yes-badge = [credited]
credit-no-badge = [anonymous]
overdue-badge = ⚠ overdue
filter-all = all
board-filters = Filters — group: { $group } [g] · member: { $member } [f]
contrib-filters = Filters — theme: { $theme } [t] · group: { $group } [g] · meeting: { $meeting } [m]
contrib-count = Contributions ({ $count })
contrib-row = { $badge } { $date } { $author }: { $text }
contrib-consent-given = Consent: { $level } (given on { $date })
contrib-consent-changed = Consent: { $level } (changed on { $date }, before: { $before })
contrib-consent-withdrawn = Consent withdrawn on { $date }
contrib-consent-expired = Consent ended on { $date }
col-date = Date
col-kind = Kind
col-title = Title
col-status = Status
col-pseudonym = Pseudonym
col-roles = Roles
col-state = State
col-groups = Groups
meeting-monthly = monthly council
meeting-extraordinary = extraordinary
minutes-draft-badge = [draft]
minutes-adopted-badge = [adopted]
minutes-adopted-on = [adopted on { $date }]
minutes-attendance = Attendance: { $present ->
    [0] no member marked
    [one] 1 member
   *[other] { $present } members
} and { $guests ->
    [0] no guests
    [one] 1 guest
   *[other] { $guests } guests
}
minutes-agenda = Agenda
minutes-empty-agenda = No items: [a] to add one.
minutes-item-position = Item { $n }/{ $total }
minutes-no-notes = (no notes yet: Enter to write)
minutes-notes-editing = Notes — [Esc] to finish
minutes-add-item-first = Add an agenda item first ([a]).
minutes-amend-only-adopted = Only adopted minutes are amended; these can be edited directly.
minutes-not-ready = Not ready for adoption yet:
dash-next-meeting = Next meeting
dash-meeting-detail = { $items ->
    [one] { $items } agenda item
   *[other] { $items } agenda items
} · { $present ->
    [one] { $present } member marked present
   *[other] { $present } members marked present
}
dash-no-meeting = No meeting yet: [2] then [n] to create one.
dash-open-tasks = Open tasks by group (overdue first)
dash-group-line = { $group }: { $open } open, { $overdue } overdue
dash-recent = Recent contributions · privacy warnings: { $warnings }
month-1 = January council
month-2 = February council
month-3 = March council
month-4 = April council
month-5 = May council
month-6 = June council
month-7 = July council
month-8 = August council
month-9 = September council
month-10 = October council
month-11 = November council
month-12 = December council
key-quit = Quit
key-lock = Lock
key-help = Help
key-search = Search
key-back = Back
key-dashboard = Home
key-meetings = Meetings
key-board = Tasks
key-contributions = Contributions
key-members = Members
key-up = Up
key-down = Down
key-left = Left
key-right = Right
key-open = Open
key-new = New
key-new-group-meeting = Group meeting
key-edit = Edit
key-delete = Delete
key-toggle-active = Active / inactive
key-toggle-credit = Credited / anonymous
key-withdraw = Withdraw consent
key-move-item-up = Item up
key-move-item-down = Item down
key-add-item = Add item
key-edit-notes = Write notes
key-attendance = Attendance
key-add-question = Question
key-add-decision = Decision
key-add-action = Action → task
key-mark-start = Actual start
key-adopt = Adopt
key-amend = Amend
key-status-back = Previous status
key-status-forward = Next status
key-filter-group = Filter by group
key-filter-member = Filter by member
key-filter-theme = Filter by theme
key-filter-meeting = Filter by meeting
key-comment = Comment
key-next-field = Next field
key-prev-field = Previous field
key-submit = OK
key-cancel = Cancel
key-toggle = Tick
key-confirm = Yes
key-guest-more = Guest +
key-guest-less = Guest −
err-no-terminal = The conseil interface needs a terminal.
rec-no-terminal = Run conseil in a terminal, or use the subcommands (conseil --help) in a script.
err-config-syntax = The settings file { $path } has a mistake: { $reason }
rec-config = Fix the line shown, or rename the file to start again from the defaults.
err-config-value = In { $path }, "{ $setting } = { $value }" is not accepted.
rec-config-value = Possible values: { $expected }.
cli-arg-config = Settings file (default: config.toml in the configuration folder)
field-person_name = a person's name
field-address = a street address
field-postal_code = a postal code
field-handle = a social-media handle
field-nir = a social security number
field-sin = a social insurance number
field-ramq = a health insurance number
field-iban = an account number (IBAN)
field-date_of_birth = a date of birth
field-ip = an IP address
cli-cmd-scrub = Find identifying data in a text and print it scrubbed
cli-cmd-never-write = The "never write" list (names to catch, kept as keyed hashes)
cli-cmd-never-write-add = Add names, read from standard input (one per line)
cli-cmd-never-write-count = Count the names on the list
cli-cmd-never-write-clear = Empty the list
cli-cmd-draft = Advocacy drafts
cli-cmd-draft-add = Create an advocacy draft
cli-cmd-draft-section = Add a section (text and contributions drawn on)
cli-cmd-draft-list = List advocacy drafts
cli-cmd-draft-show = Show an advocacy draft
cli-cmd-export = Exports for the outside world
cli-cmd-export-plaidoyer = Export an advocacy draft, with no identifying data
cli-arg-input = File to read ("-": standard input)
cli-arg-report = Print the report (counts by kind) instead of the text
cli-arg-lines = One JSON array per line of text
cli-arg-audience = Audience: decision-makers, public, research
cli-arg-heading = Section heading
cli-arg-body = Section text ("-": standard input)
cli-arg-contributions = Contribution quoted or drawn on (repeatable)
cli-arg-draft = Draft: id or start of id
cli-arg-format = Format: md, html or txt
cli-arg-save-report = Also save the report beside the file
cli-arg-force = Replace the file if it exists
cli-arg-dry-run = Show the report without writing anything
draft-added = Draft created: { $title } ({ $id })
export-written = Export written to { $path }.
export-not-recorded = The export is not noted in the draft's history: the council is on read-only media.
report-title = Redaction report (counts only, never the removed text):
report-removed = Items removed: { $count }
report-review = Items to review (unexplained words, quasi-identifiers left in place): { $count }
report-section = Section “{ $heading }”: { $removed } removed, { $review } to review
report-consent = Quotes: { $quotes } · paraphrase-only contributions (not pasted): { $paraphrase } · left out as council-only: { $council } · left out as withdrawn or expired: { $withdrawn }
report-neutral = Pseudonyms replaced by a neutral mention: { $pseudonyms } · dates reduced to the month: { $dates }
never-write-added = { $added ->
    [one] { $added } name added
   *[other] { $added } names added
}; the list holds { $total }.
never-write-count = The "never write" list holds { $total ->
    [one] { $total } name
   *[other] { $total } names
}.
err-template = The template { $name } cannot be used: { $reason }
rec-template = Fix the template in the configuration folder, or remove it to use the default one.
field-contributions = the contributions
field-age = an age
field-place = a place
field-institution = an institution
field-event_date = an event date
field-diagnosis = a rare diagnosis
tab-drafts = Drafts
tab-settings = Settings
key-drafts = Drafts
key-settings = Settings
key-add-section = Add section
key-export = Export
key-replace-span = Replace with a marker
status-exported = Export written to { $path } and recorded in the draft's history.
confirm-export = Write { $path }? { $removed ->
    [one] { $removed } identifying item removed
   *[other] { $removed } identifying items removed
}, { $review } to review, { $quotes ->
    [one] { $quotes } quote
   *[other] { $quotes } quotes
}, { $paraphrase ->
    [one] { $paraphrase } contribution to paraphrase
   *[other] { $paraphrase } contributions to paraphrase
} (not pasted), { $excluded } left out (consent), { $pseudonyms ->
    [one] { $pseudonyms } pseudonym replaced
   *[other] { $pseudonyms } pseudonyms replaced
}.
form-new-draft = New advocacy draft
form-new-section = New section
form-export = Export the draft (with no identifying data)
form-never-write = Add a name never to write (kept as a keyed hash)
label-audience = Audience
label-language = Language
label-heading = Section heading
label-material = Usable contributions — filter of screen 4: theme { $theme }, group { $group }, meeting { $meeting } (Space to tick)
label-format = Format
label-file = File to write
label-name = Name (first and last)
audience-decision-makers = decision makers
audience-public = general public
audience-research = research
language-fr = French
language-en = English
format-md = Markdown
format-html = HTML
format-txt = text
field-heading-required = the section heading
field-draft = the draft
drafts-list = Advocacy drafts
drafts-empty = No draft yet: [n] to create one.
draft-line = { $sections ->
    [one] { $sections } section
   *[other] { $sections } sections
} · { $exports ->
    [0] never exported
    [one] exported once
   *[other] exported { $exports } times
}
draft-material = [quote] quoted · [paraphrase] material to paraphrase, never pasted
draft-history = Export history
draft-history-line = { $month } — { $audience } — { $count ->
    [one] { $count } quote
   *[other] { $count } quotes
}
settings-title = Settings
settings-language = Language: { $lang }
settings-autolock = Locks after { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} without a key
settings-never-write = Names never to write: { $count } (masked: only their hashes are kept) — [n] add
dash-warnings-none = No identifying data found in the council's texts.
dash-warning-line = ⚠ { $place }: { $kind }
notes-warnings = { $count ->
    [one] ⚠ 1 identifying item
   *[other] ⚠ { $count } identifying items
}: { $kinds } — [Ctrl-R] replace with a marker
notes-no-warning = ✓ No identifying data found.
confirm-withdraw-earlier = It already appears in earlier exports, which cannot be recalled: { $exports }.
cli-cmd-archive = Encrypted archives of the whole council (backup, hand-over)
cli-cmd-archive-export = Write an encrypted archive of the whole council
cli-cmd-archive-import = Import an archive (all or nothing; importing again changes nothing)
cli-arg-to = Public key (age1…, ssh-ed25519…, ssh-rsa…) or key file that will open the archive (repeatable)
cli-arg-to-files = Recipients file in the "age -R" format (repeatable)
cli-arg-archive-passphrase = Protect or open the archive with a passphrase (asked without echo)
cli-arg-archive-passphrase-file = Read the archive passphrase from this file ("-": standard input)
cli-arg-armor = Text (ASCII) archive, for e-mail or printing
cli-arg-archive = Archive to import
cli-arg-archive-identities = Identity file (age or ssh) that opens the archive (default: the one of -i)
cli-arg-new = Create a new council at --db from the archive
prompt-archive-passphrase = Archive passphrase: 
archive-written = Archive written to { $path } ({ $count ->
    [one] { $count } record
   *[other] { $count } records
}). Keep it somewhere safe.
import-summary = Import: { $added } added, { $updated } updated, { $unchanged } unchanged, { $conflicts } in conflict.
import-conflict = Conflict ({ $kind }): the council's version { $id } is kept, the archive's is added as { $copy }, marked "conflit d'import".
err-archive-not-age = This file is not a readable conseil archive (nor a valid age file).
rec-archive-not-age = Check the file: it may be truncated, damaged or of another type. The council was not changed.
err-archive-damaged = The archive is damaged or truncated: it does not decrypt to the end.
rec-archive-damaged = Use another copy of the archive. The council was not changed.
err-archive-wrong-key = Neither this key nor this passphrase opens the archive.
rec-archive-wrong-key = Give the recipient identity (--archive-identity) or the right passphrase. The council was not changed.
err-archive-needs-passphrase = This archive opens with a passphrase.
rec-archive-needs-passphrase = Add --archive-passphrase (or --archive-passphrase-file).
err-archive-needs-identity = This archive opens with a key, not a passphrase.
rec-archive-needs-identity = Give the identity file with --archive-identity.
err-archive-work = This archive's passphrase demands scrypt work of 2^{ $found } (about { $mib } MiB of memory): too much to attempt; the council was not changed.
rec-archive-work = conseil accepts at most 2^{ $max } ({ $mib } MiB of memory, about 2 seconds). If the archive comes from another tool, ask for it to be encrypted again with conseil or "age -p" (2^{ $ours }), or to your public key; otherwise it may have been tampered with.
err-archive-too-large = The archive is far larger than any council can be.
err-archive-not-archive = This decrypted file is not a conseil archive.
err-archive-newer = The archive comes from a newer version of conseil (format { $found }).
rec-archive-newer = Install the latest version of conseil. The council was not changed.
err-archive-invalid = The archive holds an invalid record ({ $kind } { $id }): { $reason }.
rec-archive-invalid = Nothing was imported. Fix the source of the archive.
err-archive-duplicate = The archive holds two { $kind } records with the same id { $id }.
err-archive-dangling = In the archive, { $kind } { $id } points to an unknown record ({ $field }: { $target }).
err-archive-seal = Cannot encrypt the archive: { $reason }
err-archive-key = Unreadable archive key: { $reason }
cli-arg-rotate = Renew the data key: everything is re-encrypted into a fresh folder, the old one is erased
cli-arg-no-rotate = Remove a key without renewing the data key (not advised)
prompt-current-passphrase = Council passphrase (to keep it): 
rekey-rotates-on-removal = Removing a key also renews the data key, so the old key opens nothing any more (--no-rotate to avoid it).
rekey-rotated = Data key renewed: { $count ->
    [one] { $count } record re-encrypted
   *[other] { $count } records re-encrypted
} into a fresh folder; the old one was erased.
cli-cmd-handover = Hand-over: an archive for the incoming secretary's key, and what is left for you to do
handover-checklist = To finish the hand-over:
    1. Give { $archive } to the incoming secretary; they open it with "conseil --db THEIR_FOLDER archive import { $archive } --archive-identity THEIR_KEY --new --recipient THEIR_KEY".
    2. Check with them that "conseil check" shows the whole council.
    The never-write list ({ $listed ->
        [one] { $listed } name
       *[other] { $listed } names
    }, as encrypted keyed hashes) travels in the archive: the next secretary's exports keep removing those names.
    3. Remove your own key from your copy: "conseil rekey --remove-recipient YOUR_KEY" (the data key is renewed), or erase your copy of the council.
    4. Destroy your old archives, copies of the folder, and your identity file if it is no longer needed.
    Keys that still open this council: { $keys }
err-read-only-slip = This member slip is read-only: you can change your tasks' status and comment on them.
rec-read-only-slip = Other changes go through the secretary.
cli-cmd-view = Open a member's slip (their tasks, the adopted minutes, their contributions); their task updates come back as a return slip
cli-arg-for-member = Write only this member's slip (what they may see) instead of the whole council
cli-arg-slip = Member slip to open
slip-written = Slip of { $pseudonym } written to { $path }: only their tasks, the adopted minutes and their contributions.
slip-review-title = { $pseudonym }'s slip: review before it is sealed
slip-report = Slip cleaned: { $removed ->
        [0] nothing removed
        [one] one item removed
       *[other] { $removed } items removed
    }; { $waiting ->
        [0] nothing waits for an answer
        [one] one item waits for your answer (--review to go through it)
       *[other] { $waiting } items wait for your answer (--review to go through them)
    }.
return-merged = Return slip merged: { $count ->
    [one] { $count } task updated
   *[other] { $count } tasks updated
}.
return-written = Return slip written to { $path } ({ $count ->
    [one] { $count } task
   *[other] { $count } tasks
}), encrypted for the secretary: send it to them.
return-nothing = No task changed: no return slip.
err-slip-not-archive = This file is a member slip, not a council archive.
rec-slip-not-archive = Open it with "conseil view FILE -i YOUR_KEY".
err-not-a-slip = This file is not a member slip.
rec-not-a-slip = A council archive is imported with "conseil archive import".
tab-archives = Archives
key-archives = Archives
archive-done-title = Done
notice-keys = [Enter] or [Esc] to close
archives-export = Encrypted backup of the whole council
archives-export-help = An age archive for a key kept off this computer (backup).
archives-import = Import an archive or a return slip
archives-import-help = All or nothing; importing again changes nothing; a return slip only changes the member's tasks.
archives-slip = A member's slip
archives-slip-help = Only their tasks, the adopted minutes and their contributions, encrypted for their key.
archives-handover = Hand-over
archives-handover-help = An archive for the incoming secretary's key, and what is left for you to do.
form-archive-export = Encrypted backup
form-handover = Hand-over
form-archive-import = Import
form-member-slip = A member's slip
label-recipient = Public key (age1…, ssh-…) or key file
label-identity = Identity file that opens the archive
label-armor = Format
label-member = Member
armor-no = binary
armor-yes = text (ASCII armour)
field-recipient = the key
field-file = the file
field-identity = the identity file
progress-reading = Reading the council…
progress-sealing = Encrypting…
progress-writing = Writing…
progress-decrypting = Decrypting…
progress-checking = Checking…
progress-importing = Importing…
progress-reloading = Reloading…
progress-done = Done
label-roles = Roles (Space to tick)
label-groups = Working groups (Space to tick)

# What replaces identifying data in an export (never any of the replaced text).
placeholder-email = [e-mail removed]
placeholder-phone = [phone removed]
placeholder-nir = [social security number removed]
placeholder-sin = [SIN removed]
placeholder-ramq = [health insurance number removed]
placeholder-iban = [IBAN removed]
placeholder-postal-code = [postal code removed]
placeholder-address = [address removed]
placeholder-date-of-birth = [date of birth removed]
placeholder-url = [web address removed]
placeholder-ip = [IP address removed]
placeholder-handle = [social handle removed]
placeholder-person-name = [name removed]
placeholder-age = [age removed]
placeholder-place = [place removed]
placeholder-institution = [institution removed]
placeholder-event-date = [date removed]
placeholder-diagnosis = [diagnosis removed]
placeholder-unexplained-word = [word removed]
field-unexplained_word = a word to check
err-council-locked = The council is locked: nothing can be read or saved.
rec-council-locked = Unlock the screen to go on.

# Exported documents: words that go into the document itself.
month-name-1 = January
month-name-2 = February
month-name-3 = March
month-name-4 = April
month-name-5 = May
month-name-6 = June
month-name-7 = July
month-name-8 = August
month-name-9 = September
month-name-10 = October
month-name-11 = November
month-name-12 = December
export-neutral = a council member
export-passage-removed = [passage removed: it repeats a contribution that may not be quoted]
month-year = { $month } { $year }
err-unreviewed = { $count ->
    [one] One item still needs your answer before the export.
   *[other] { $count } items still need your answer before the export.
}
rec-unreviewed = Review them (conseil export … --review, or the review screen) or export without --strict.
report-count = {"  "}{ $what }: { $count }
report-pasted = Sentences that repeat a contribution: { $refused } removed (no quote consent), { $quoted } kept (quoting allowed)
report-unresolved = { $count ->
    [0] Nothing is waiting for an answer.
    [one] One item is waiting for your answer (an unexplained word or a quasi-identifier).
   *[other] { $count } items are waiting for your answer (unexplained words or quasi-identifiers).
}
key-confirm-name = It's a name
key-not-a-name = Not a name
key-acknowledge = Seen, keep
review-title = Review before export — { $path }
review-waiting = { $count ->
    [one] One item is waiting for your answer: [n] it's a name, [p] not a name, [v] seen.
   *[other] { $count } items are waiting for your answer: [n] it's a name, [p] not a name, [v] seen.
}
review-cancelled = Export cancelled: nothing was written.
review-removed = removed
review-question = to decide
review-seen = seen
review-to-see = to check
review-nothing = Nothing to review: no name, contact detail or quasi-identifier found.
review-where-title = title
review-where-heading = section { $section }, heading
review-where-paragraph = section { $section }, paragraph { $paragraph }
review-where-quote = section { $section }, quote { $quote }
review-where-text = text { $text } of the slip
cli-arg-review = Asks, for each unexplained word and quasi-identifier, whether to keep it (answers are read from standard input)
review-cli-removed = { $count ->
    [0] No item will be removed.
    [one] One item will be removed (a name, a contact detail, a number…).
   *[other] { $count } items will be removed (names, contact details, numbers…).
}
review-cli-word = Is this a person's name? [n] yes, a name · [p] not a name · [Enter] skip
review-cli-quasi = This detail may help recognise someone. [v] seen, keep · [n] it's a name · [Enter] skip
review-cli-quasi-number = This detail could help recognise someone. [v] seen, keep · [Enter] skip
err-identifying-text = This text holds { $what }: it was not saved (--strict).
rec-identifying-text = Replace them with a pseudonym or a neutral mention, or save without --strict.
warn-identifying-text = Warning: this text holds { $what }. It is saved (encrypted) but will be removed from every export; replace it if you can (--strict refuses such texts).
cli-arg-strict = Refuses to save text that holds identifying data, and to export while an item waits for an answer
err-too-large = { $what } is over { $limit } MiB: nothing was read (text is never cut silently).
rec-too-large = Split the text into several files.
cli-arg-erase = Withdraws consent and erases the text for good (only a dated trace remains)
key-erase = Erase the text
confirm-erase = Withdraw consent and erase this text for good? Only a dated trace will remain (kind, themes, withdrawal date), and it will be in no future archive.

## Minutes, lines, groups, lock code
meeting-title = Council meeting, { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
form-edit-meeting = Edit the meeting (date, title)
form-edit-item = Edit the item (time slot, kind, title)
form-start = When the item really began
form-edit-question = Correct the question
form-edit-decision = Correct the decision
form-edit-action = Correct the action item (its task follows)
form-consent = Change the consent (dated today)
form-new-group = New working group
form-edit-group = Edit the working group
form-lock-code = Choose a code to reopen the screen (at least 4 characters; kept only for this session)
label-start = Time (e.g. 9:25); empty to forget it
label-group-name = Group name
label-purpose = What it is for (optional)
label-cadence = How often it meets (e.g. quarterly)
label-code = Unlock code
outcome-undecided = not recorded yet
confirm-credit = Name { $pseudonym } by their pseudonym in exports? Only with their agreement.
confirm-uncredit = Stop naming { $pseudonym } in exports? Their contributions will be credited to "a member".
confirm-delete-meeting = Delete the meeting "{ $title }" and all its minutes? { $tasks ->
    [0] {""}
    [one] The task made from it stays on the board.
   *[other] The { $tasks } tasks made from it stay on the board.
}
confirm-delete-question = Delete the question "{ $text }"?
confirm-delete-decision = Delete the decision "{ $text }"?
confirm-delete-action = Delete the action item "{ $text }"?{ $tasks ->
    [0] {""}
   *[other] {" "}The task made from it leaves the board too.
}
member-view-read-only = Member's slip: only your tasks (status, comments) can change here.
meeting-adopted-stays = Adopted minutes are not deleted; they are amended.
minutes-no-lines = This item has no question, decision or action item yet: [i], [d] or [t] to add one.
minutes-adopted-amend = These minutes are adopted and can no longer be edited. To correct them, add a dated amendment with [{ $key }].
gap-jumped = Here is the line to complete: [{ $key }] to correct it.
gaps-title = What is missing before adoption
gaps-help = Choose a line with ↑↓, then Enter to go there and correct it.
unlock-type-code = Type the code chosen when locking.
unlock-help-code = Screen locked. Type the code chosen when locking, then Enter.
unlock-help-relock = Screen locked. Type the passphrase, or the path of the identity file (Tab completes), then Enter.
unlock-identity = Identity file (Tab completes the path)
unlock-code = Code
unlock-in-memory = Demo key kept in memory
lock-code-too-short = The code must have at least { $min } characters.
minutes-lines = Lines of the item
minutes-lines-focus = [Tab] or [Esc]: back to the agenda
minutes-more-above = ▲ { $n } more lines above — [{ $key }]
minutes-more-below = ▼ { $n } more lines below — [{ $key }]
minutes-slots-out-of-order = ⚠ Time slots out of order at item { $items }: move it ([K]/[J]) or correct its slot ([e]).
minutes-late = { $minutes } min late
minutes-started = started at { $time }
action-no-group = no group
action-no-one = nobody
action-due = due { $date }
action-task = task: { $status }
hints-more = More
hints-page = { $page }/{ $pages }
key-edit-item = Edit the item
key-edit-meeting = Edit the meeting
key-edit-line = Correct the line
key-delete-line = Delete the line
key-focus-lines = Lines of the item
key-focus-agenda = Agenda
key-page-up = Previous page
key-page-down = Next page
key-clear-field = Clear the field
key-new-line = New line
key-more-keys = More keys
key-complete = Complete the path
key-new-group = New group
key-edit-group = Edit the group
key-toggle-group = Active / paused
key-consent = Change the consent
key-close-detail = Close the detail
key-help-cancel = Close
groups-title = Working groups
groups-empty = No group yet: [n] to create one.
group-paused = paused
group-active = active
members-groups-hint = [Tab]: working groups
groups-members-hint = [Tab]: members
task-detail-title = Task detail
task-carried-by = Carried by: { $who }
task-group = Group: { $group }
task-due = Due: { $date }
task-no-due = Due: no date
task-status = Status: { $status }
task-origin = From: { $meeting }, item "{ $item }"
task-no-origin = From: added to the board
task-history = History and comments
task-no-history = (no comment yet: [c] to comment)
task-event-status = { $date }: { $from } → { $to }
task-event-comment = { $date }: "{ $text }"
task-open-detail = [Enter] Detail
consent-since = { $level } since { $date }
too-small-form = Window too small for this form: enlarge it (what was typed is kept).
form-more-fields = ▼ more fields below (Tab)
form-more-fields-above = ▲ more fields above (Shift-Tab)
form-multiline-hint = Ctrl-J: new line in this text
hint-up-down = Choose
hint-left-right = Column
hint-fields = Next / previous field
hint-guests = Guests − / +
hint-pages = Scroll
hint-status = Status − / +
hint-move-item = Move the item
hint-screens = Screens
line-question = Question:
line-decision = Decision:
line-action = Action:
help-more-below = ▼ { $n } more keys below (↓ or PgDn) · Esc: close
help-top = ▲ back up with ↑ or PgUp · Esc: close
help-close = Esc or ?: close the help
col-group = Group
col-cadence = Cadence
key-adopted-edit-notes = Correct a note
key-board-open = Detail
key-dashboard-open = Open the next meeting
key-meetings-open = Open the minutes
key-form-cancel = Cancel (nothing is saved)
key-gaps-open = Go and correct
key-unlock-submit = Open

# Integrity (issue 13)
err-integrity = The council no longer matches its last saved state: { $problems }. Nothing was changed.
integrity-behind = { $missing ->
    [one] its last saved write is missing (it holds { $store }, its head file { $head })
   *[other] its last { $missing } saved writes are missing (it holds { $store }, its head file { $head })
}
integrity-does-not-add-up = records were removed or put back to an older version outside conseil
integrity-mirror-missing = its head file ({ $file }) is gone: nothing shows that no recent write was lost
integrity-mirror-damaged = its head file ({ $file }) is damaged
integrity-mirror-disagrees = its head file ({ $file }) does not match the database
integrity-head-damaged = its head (the counter and fingerprint of all its writes) is damaged
integrity-lost = Lost: { $places }.
integrity-replayed = Put back to an older version: { $places }.
integrity-absent = Gone: { $places }.
integrity-place = { $kind } { $id }
integrity-place-intact = { $kind } { $id } (an intact copy exists)
integrity-more = and { $count } more
integrity-meta = council settings
rec-integrity = "conseil check" gives the full list. "conseil recover" rebuilds a council from everything still intact. If you accept the council as it is, "conseil check --accept".
integrity-preserved = A copy of the files from before the open is kept in { $path }.
err-read-only = Council { $path } is open read-only: nothing is written to it.
rec-read-only-examining = It was opened to be examined. Rebuild it first ("conseil recover") or accept its state ("conseil check --accept").
rec-read-only-copy = Its folder cannot be changed (read-only media). Copy the council to a disk you can write to.
err-preserve = Cannot keep a copy of the council in { $path } before opening it: { $reason }.
rec-preserve = This copy protects your last writes if the database is damaged. Free some space (as much as the council's size), then try again.
err-unreadable = The database of council { $path } is unreadable: the storage engine refuses all of it.
rec-unreadable = "conseil recover" reads the files directly and rebuilds a council with every record still intact.
check-lost = Lost write: { $place }, written at no. { $seq }
check-replayed = Put back to an older version: { $kind } { $id } (version no. { $found }, while no. { $newer } exists intact)
check-absent = Gone: { $place }, written at no. { $seq }
check-head = The council is at write no. { $counter }, as its head file says.
check-accepted = State accepted: a new head was written (no. { $counter }).
cli-arg-accept = After reading the report: accept the council as it is (new head)
cli-cmd-recover = Rebuild a damaged council from its files, into a new folder
cli-arg-recover-to = Folder of the rebuilt council (default: the council's, followed by .recovered)
recover-fallback-name = Recovered council
recover-heading = Records recovered:
recover-count = { $kind }: { $count }
recover-no-council = The council's own record (name, settings) is lost: the rebuilt council is called "{ $name }".
recover-complete = Everything came back: the rebuilt council is exactly its last saved state (no. { $counter }).
recover-incomplete = The rebuilt council is not quite its last saved state (no. { $counter }): what follows could not be recovered.
recover-no-reference = No intact head survived: there is no telling whether everything came back. Check the recent records.
recover-lost = Not recovered: { $kind } { $id } (write no. { $seq })
recover-unreadable = Unreadable file, skipped: { $path }
recover-passphrase = The passphrase was not carried over: add one with "conseil rekey --set-passphrase" if you want one.
recover-next = The rebuilt council is in { $target }. Check it ("conseil --db { $target } check"), then put it in place of the old one: rename { $path } to { $damaged } and { $target } to { $path }. Keep the old one until you are sure.
backup-written = Automatic backup written: { $path } (write no. { $counter }).
backup-no-recipients = No automatic backup: this council opens only with its passphrase. Add a key ("conseil rekey --add-recipient FILE") to have them.
backup-failed = The automatic backup failed: { $reason }
recover-from-backup = { $count ->
    [one] One record was taken from the newest automatic backup (write no. { $counter }); what was written since and is no longer intact is lost.
   *[other] { $count } records were taken from the newest automatic backup (write no. { $counter }); what was written since and is no longer intact is lost.
}
recover-newest-backup = The newest automatic backup is that of write no. { $counter } ({ $path }).
recover-no-backup = There is no automatic backup beside this council.
list-damaged = Damaged record, left out: { $tree } / { $id }. "conseil check" says what is affected; "conseil recover" rebuilds the council from what is intact.
damaged-record = { $tree ->
    [members] member
    [groups] working group
    [meetings] meeting
    [tasks] task
    [contributions] contribution
    [drafts] advocacy draft
   *[other] { $tree }
} { $id }
dash-damaged = ⚠ { $count ->
    [one] 1 damaged record, left out and untouched
   *[other] { $count } damaged records, left out and untouched
} ({ $names }). Everything else can be read and edited. "conseil check" says what is affected; "conseil recover" rebuilds the council from what is intact and the latest backup.
backup-left-out = { $count ->
    [one] This backup does not hold one damaged record
   *[other] This backup does not hold { $count } damaged records
} ({ $names }). Older backups are all kept: they may hold an intact version, which "conseil recover" can take back.
err-damaged-records = { $count ->
    [one] One record is damaged
   *[other] { $count } records are damaged
}: { $names }. An archive must hold the whole council: none was written.
rec-damaged-records = "conseil check" says what is affected; "conseil recover" rebuilds the council from what is intact and the latest backup. Then export the archive from the rebuilt council.
key-members-focus-lines = Working groups
key-groups-focus-agenda = Members
err-archive-unauthenticated = Nothing proves this file comes from this council (or, for a return slip, from the member the slip was sent to): anyone with the council's public key can make one. Its fingerprint: { $fingerprint }.
archive-claims = It presents itself as coming from council { $council }.
rec-archive-unauthenticated = Compare this fingerprint with the one the person who made it got (in person, on the phone). If they are the same, run again with "--accept-unauthenticated". Nothing was changed.
archive-fingerprint = Archive fingerprint: { $fingerprint } (give it to whoever will import it, to compare).
cli-arg-accept-unauthenticated = Import an archive or a return slip not provably from this council, after comparing its fingerprint

## lang branch
# Command-line errors (instead of clap's own messages).
cli-error-unknown-subcommand = The command "{ $sub }" does not exist.
cli-error-unknown-argument = "{ $arg }" is not expected here.
cli-error-missing-required = { $count ->
    [one] A required argument is missing:
   *[other] Some required arguments are missing:
}
cli-error-missing-value = "{ $arg }" needs a value, but none was given.
cli-error-invalid-value = "{ $value }" is not a possible value for "{ $arg }".
cli-error-possible-values = Possible values: { $values }
cli-error-bad-value = "{ $value }" is not a valid value for "{ $arg }".
cli-error-reason-number = A whole number is needed, written in digits.
cli-error-reason-too-large = This number is too large.
cli-error-reason-range = A number between { $min } and { $max } is needed.
cli-error-conflict = "{ $arg }" cannot be used with "{ $other }".
cli-error-conflict-list = "{ $arg }" cannot be used with:
cli-error-conflict-others = "{ $arg }" cannot be used with the other options given.
cli-error-repeated = "{ $arg }" can only be given once.
cli-error-subcommand-conflict = The command "{ $sub }" cannot be used with "{ $other }".
cli-error-no-equals = "{ $arg }" needs an equals sign between the option and its value (--option=value).
cli-error-missing-subcommand = "{ $cmd }" needs a command, but none was given.
cli-error-possible-subcommands = Possible commands: { $values }
cli-error-invalid-utf8 = One of the arguments holds unreadable characters (it is not UTF-8).
cli-error-too-many-values = "{ $value }" is one value too many for "{ $arg }".
cli-error-too-few-values = "{ $arg }" needs at least { $min } values, { $actual ->
    [0] but none was given.
    [one] but only one was given.
   *[other] but only { $actual } were given.
}
cli-error-wrong-number = "{ $arg }" needs { $expected } values, { $actual ->
    [0] but none was given.
    [one] but one was given.
   *[other] but { $actual } were given.
}
cli-error-generic = The command line is not understood.
cli-error-tip-subcommand = { $count ->
    [one] A similar command exists: { $names }.
   *[other] Similar commands exist: { $names }.
}
cli-error-tip-argument = A similar option exists: "{ $arg }".
cli-error-tip-value = { $count ->
    [one] A similar value exists: { $names }.
   *[other] Similar values exist: { $names }.
}
cli-error-tip-as-value = To pass "{ $arg }" as a value, write "{ $suggestion }".
cli-error-tip-exists = "{ $suggestion }" exists.
cli-error-tip-remove-dashes = The command "{ $sub }" exists: to use it, remove the "--" before it.
cli-error-quoted = "{ $name }"
cli-error-more = For more information: { $help }
cli-help-env = variable { $var }
cli-help-default = default: { $value }
# Value names in help and errors (--date <DATE>).
cli-value-lang = LANG
cli-value-path = PATH
cli-value-file = FILE
cli-value-key = KEY
cli-value-text = TEXT
cli-value-pseudonym = PSEUDONYM
cli-value-roles = ROLE
cli-value-groups = GROUP
cli-value-group = GROUP
cli-value-credit = true|false
cli-value-active = true|false
cli-value-member = MEMBER
cli-value-members = MEMBER
cli-value-name = NAME
cli-value-purpose = PURPOSE
cli-value-cadence = CADENCE
cli-value-date = DATE
cli-value-title = TITLE
cli-value-kind = KIND
cli-value-meeting = MEETING
cli-value-slot = SLOT
cli-value-item = ITEM
cli-value-guests = NUMBER
cli-value-for = FOR
cli-value-against = AGAINST
cli-value-abstain = ABSTAIN
cli-value-assignees = MEMBER
cli-value-due = DUE
cli-value-status = STATUS
cli-value-task = TASK
cli-value-author = AUTHOR
cli-value-consent = CONSENT
cli-value-themes = THEME
cli-value-theme = THEME
cli-value-expires = END
cli-value-contribution = CONTRIBUTION
cli-value-contributions = CONTRIBUTION
cli-value-language = LANGUAGE
cli-value-audience = AUDIENCE
cli-value-heading = HEADING
cli-value-draft = DRAFT
cli-value-format = FORMAT
cli-help-values = possible values: { $values }
# English times: 9:05, 9:00–10:30.
time-of-day = { $hours }:{ $minutes }
time-slot = { $start }–{ $end }
search-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
# A date in words: March 1, 2026.
date-long = { $month } { $day }, { $year }
# Search: what each result is and where it is.
search-kind-meeting = Meeting
search-kind-item = Agenda item
search-kind-note = Note
search-kind-question = Question
search-kind-decision = Decision
search-kind-action = Action item
search-kind-task = Task
search-kind-contribution = Contribution
search-kind-member = Member
search-place-meeting = { $meeting }, { $date }
search-place-item = { $meeting }, { $date } · item "{ $item }"
search-place-task = { $group } group · { $status }
search-place-contribution = { $date }
search-place-contribution-themes = { $date } · themes: { $themes }
search-title-count = { $title } — { $count }
cli-value-rename = NAME
cli-value-group_active = true|false
cli-value-number = NUMBER
cli-value-time = TIME
cli-value-position = POSITION
hint-choice = Change the choice
key-picker-toggle = Present or not
notes-warning-item = "{ $text }", { $kind }
list-separator = {"; "}
hint-boxes = Previous / next box
dash-recent-pending = Recent contributions · privacy warnings: being looked for…
keyname-shift = Shift-
keyname-space = Space
keyname-enter = Enter
keyname-esc = Esc
keyname-backtab = Shift-Tab
keyname-pageup = PgUp
keyname-pagedown = PgDn
keyname-delete = Del
cli-cmd-licences = Show conseil's licence and the notices of the data it embeds
licences-statement = conseil { $version } is free software: you can redistribute it and/or modify it under the terms of the GNU Affero General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (AGPL-3.0-or-later).
licences-warranty = It comes WITHOUT ANY WARRANTY, to the extent permitted by law; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. The full licence text is in the LICENSE file of its source code and at https://www.gnu.org/licenses/agpl-3.0.html.
licences-source = The source code: whoever gives you this program, or lets you use it remotely, must also give you its complete source code (AGPL-3.0, sections 6 and 13). It holds LICENSE and crates/detect/lexicon/ (SOURCES.md, fetch.sh, extract.py), which rebuilds the embedded lexicon.
licences-data = Embedded data: the identifying-data detector embeds a lexicon built from openly licensed or public-domain lists. Here are the notices and attributions their licences ask for (crates/detect/lexicon/SOURCES.md, in English):
refusal-malformed = the file is not in the expected form (technical detail: { $detail })
refusal-bad-hash = a list of protected names is damaged (a fingerprint of the wrong length)
refusal-pseudonym-taken = this pseudonym is already another member's here ({ $id })
refusal-pseudonym-twice = another member of the same archive already has this pseudonym, written differently (case, composed or decomposed accents, invisible characters) ({ $id })
refusal-no-free-pseudonym = no numbered variant of this conflicting pseudonym is free and valid; rename one of the two members and import again
refusal-unknown-member = this council has no such member
refusal-unknown-task = this council has no such task
refusal-not-members-task = it is not one of this member's tasks
refusal-beyond-status = the return slip changes more than the task's status and comments
refusal-authentication = the part that proves where the file comes from is malformed
status-read-only-media = Read-only council (its folder cannot be written): you can read and export; copy it to a disk you can write to in order to change it.
compacted = Council compacted: { $before } MiB → { $after } MiB on disk (data: { $live } MiB).
confirm-import-unauthenticated = If the fingerprint is the same as the one the person who made the archive has, you may import it all the same. Import?
warn-identity-readable = Warning: people other than you can read your identity file { $path } (mode { $mode }), and so open the council. Protect it: chmod 600 { $path }
