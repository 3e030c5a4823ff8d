#!/usr/bin/env python3
"""Writes privacy.txt: labelled sentences in the style of peer-council
minutes, French and English. Spans are marked {kind|text}; lines without a
mark are negatives (look-alikes that must not fire). Run once after editing
the templates; the output is committed and read by tests/integration/privacy.rs.
"""
import random

random.seed(20261122)

EMAILS = ["marie.tremblay@videotron.ca", "j.dupont@orange.fr", "coord.conseil@gmail.com", "luc_b@hotmail.com",
          "sylvie.r@laposte.net", "andre.gagnon@outlook.com", "k.martin@free.fr", "nadia.b@sympatico.ca"]
PHONES_FR = ["06 12 34 56 78", "07.61.22.33.44", "03-20-44-55-66", "+33 6 12 34 56 78", "0033 3 20 11 22 33", "0612345678"]
PHONES_NA = ["(514) 555-0199", "514.555.0147", "+1 418 555 0123", "450-555-0188", "819 555-0110 poste 214", "(438) 555-0102"]
NIRS = ["1 85 05 78 006 084 91", "2 84 05 2A 123 456 32"]
SINS = ["046 454 286", "130-692-544", "193 456 787"]
RAMQS = ["TREM 5812 1512", "GAGN 8553 0412", "DUPM 7853 1234"]
IBANS = ["FR76 3000 6000 0112 3456 7890 189", "FR14 2004 1010 0505 0001 3M02 606"]
POSTAL_CA = ["H2X 1Y4", "G1R 4P5", "J4K 2T3", "H1W 3H7"]
ADDRESSES = ["12 rue des Tanneurs", "45 avenue du Peuple Belge", "3 bis rue Saint-Sauveur", "1200 boulevard Saint-Laurent",
             "88 chemin de la Côte", "7 impasse des Lilas", "250 Sherbrooke Street"]
DOBS = [("né le", "12 mars 1978"), ("née le", "03/07/1985"), ("née en", "1962"), ("date de naissance :", "1990-04-15"),
        ("born on", "June 4, 1981"), ("DOB:", "11/02/1974"), ("né en", "avril 1969")]
URLS = ["https://www.facebook.com/marie.tremblay.77", "www.monblogue.fr/ma-vie", "http://instagram.com/luc_b", "linktr.ee/nadiab"]
IPS = ["192.168.1.24", "82.64.12.201", "2001:db8:85a3:0:0:8a2e:370:7334"]
HANDLES = ["@marie_t78", "@lucbeaulieu", "@sylvie.r", "@nadia_b"]
NAMES = ["Marie Tremblay", "Jean Dupont", "Sylvie Roy", "André Gagnon", "Nathalie Côté", "Pierre Lefebvre",
         "Catherine Morin", "Michael Brown", "Jennifer Smith", "Luc Beaulieu"]
TITLED = ["Mme Lapointe", "M. Girard", "Dr Bélanger", "Dre Ouellet", "Me Fortin", "Dr. Wilson", "Mrs. Taylor"]
AGES = [("J'ai", "34"), ("elle a", "52"), ("il a", "61"), ("âgée de", "47"), ("un homme de", "29"), ("I am", "41"), ("she was", "38")]
TOWNS = ["Roubaix", "Tourcoing", "Rimouski", "Hochelaga", "Verdun", "Sherbrooke", "Wazemmes", "Limoilou"]
INSTITUTIONS = ["hôpital Sainte-Justine", "clinique Saint-Luc", "CHSLD Saint-Laurent", "CLSC Hochelaga-Maisonneuve",
                "centre hospitalier de Roubaix", "hospital St. Michael"]
EVENTS = [("hospitalisée le", "12 mars 2019"), ("hospitalisé le", "3 juin 2021"), ("admise le", "14/02/2020"),
          ("admitted on", "May 3, 2018"), ("expulsée le", "1er juillet 2022")]
DIAGNOSES = ["maladie de Huntington", "syndrome de Gilles de la Tourette", "trouble dissociatif de l'identité",
             "syndrome de Korsakoff", "narcolepsie", "Tourette syndrome"]
PSEUDOS = ["Colibri", "Héron", "Mésange", "Saule", "Boréal", "Luciole"]

def m(kind, text):
    return "{" + kind + "|" + text + "}"

P = []  # positive templates: functions returning a line
def pos(f):
    P.append(f)
    return f

pos(lambda: f"{random.choice(PSEUDOS)} propose d'écrire à {m('email', random.choice(EMAILS))} pour la suite.")
pos(lambda: f"Pour le covoiturage, appeler le {m('phone', random.choice(PHONES_FR))} avant jeudi.")
pos(lambda: f"La personne a laissé son numéro, le {m('phone', random.choice(PHONES_NA))}, sur la feuille d'accueil.")
pos(lambda: f"Contact: {m('email', random.choice(EMAILS))} or {m('phone', random.choice(PHONES_NA))}.")
pos(lambda: f"Son numéro de sécurité sociale ({m('nir', random.choice(NIRS))}) figurait sur le formulaire.")
pos(lambda: f"Le NAS {m('sin', random.choice(SINS))} a été noté par erreur dans le compte rendu.")
pos(lambda: f"La carte d'assurance maladie {m('ramq', random.choice(RAMQS))} a été photocopiée à l'accueil.")
pos(lambda: f"Le remboursement se fera sur le compte {m('iban', random.choice(IBANS))}.")
pos(lambda: f"Elle habite au {m('address', random.choice(ADDRESSES))}, {m('postal_code', random.choice(POSTAL_CA))}.")
pos(lambda: f"Le courrier est parti au {m('address', random.choice(ADDRESSES))}.")
pos(lambda: f"Adresse : 5 rue Nationale, {m('postal_code', '59000')} Lille.".replace("5 rue Nationale", m('address', "5 rue Nationale")).replace("Lille.", m('place', 'Lille') + "."))
pos(lambda: (lambda k, d: f"Une participante, {k} {m('date_of_birth', d)}, témoigne de son parcours.")(*random.choice(DOBS)))
pos(lambda: f"Son profil est sur {m('url', random.choice(URLS))} si besoin.")
pos(lambda: f"La connexion venait de l'adresse {m('ip', random.choice(IPS))} selon l'informaticien.")
pos(lambda: f"On peut le suivre sur Twitter, {m('handle', random.choice(HANDLES))}, pour les nouvelles.")
pos(lambda: f"{m('person_name', random.choice(NAMES))} est venue présenter le projet du CLSM.")
pos(lambda: f"Selon {m('person_name', random.choice(NAMES))}, la liste d'attente a doublé.")
pos(lambda: f"{m('person_name', random.choice(TITLED))} a refusé de recevoir le conseil.")
pos(lambda: f"We met {m('person_name', random.choice(TITLED))} at the regional office.")
pos(lambda: f"{m('person_name', random.choice(NAMES))} said the program would close in spring.")
pos(lambda: (lambda a, n: f"{random.choice(PSEUDOS)} raconte : « {a} {m('age', n)} ans et je vis seule depuis longtemps. »")(*random.choice(AGES[:5])))
pos(lambda: (lambda a, n: f"In the round table, {a} {m('age', n)} years old when it started.")(*random.choice(AGES[5:])))
pos(lambda: f"Elle a grandi à {m('place', random.choice(TOWNS))} et y vit encore.")
pos(lambda: f"Les membres de {m('place', random.choice(TOWNS))} signalent moins de places en hébergement.")
pos(lambda: f"Il a été suivi à l'{m('institution', random.choice(INSTITUTIONS[:1]))} pendant deux ans.")
pos(lambda: f"Le suivi à la {m('institution', random.choice(INSTITUTIONS[1:2]))} s'est mal passé.")
pos(lambda: f"Témoignage sur le {m('institution', random.choice(INSTITUTIONS[2:5]))} et ses délais.")
pos(lambda: (lambda e, d: f"Elle a été {e} {m('event_date', d)} après une crise.".replace("Elle a été admitted on", "She was admitted on"))(*random.choice(EVENTS)))
pos(lambda: f"Il vit avec la {m('diagnosis', random.choice(DIAGNOSES[:2]))} et en parle ouvertement.")
pos(lambda: f"Une personne atteinte de {m('diagnosis', random.choice(DIAGNOSES[2:5]))} a demandé un accompagnement.")
pos(lambda: f"Écrire à {m('email', random.choice(EMAILS))} ; en cas d'urgence, {m('phone', random.choice(PHONES_FR))}.")
pos(lambda: f"{m('person_name', random.choice(NAMES))} ({m('email', random.choice(EMAILS))}) coordonne la journée.")
pos(lambda: f"Le formulaire demandait le NAS ({m('sin', random.choice(SINS))}) et l'adresse ({m('address', random.choice(ADDRESSES))}).")
pos(lambda: f"Appelez-moi au {m('phone', random.choice(PHONES_NA))}, demandez {m('person_name', random.choice(NAMES[:6]))}.")
pos(lambda: f"Born on {m('date_of_birth', 'June 4, 1981')}, he asked that his story be shared without his name.")
pos(lambda: f"La page {m('url', 'https://www.facebook.com/groups/entraide.roubaix')} publie les rencontres.")

NEG = [
    "La rencontre a commencé à 9h15 et s'est terminée à 12h30.",
    "Accueil de 9h00 à 9h15, tour de table de 9h15 à 10h30, pause de 10h30 à 10h45.",
    "Plénière de 10h45–11h30 sur le plan d'action 2005-2010.",
    "Le PASM, page 16, parle de la participation des personnes utilisatrices.",
    "Selon le PASM, page 8, il faut « parfaire le système québécois de santé mentale ».",
    "Le sondage a rejoint 320 professionnels et 145 personnes usagères.",
    "Le CCOMS et le CLSM organisent une journée commune en 2026.",
    "Le RRASMQ invite les groupes à préparer la rencontre nationale.",
    "Les CSSS et les agences régionales ont été consultés entre 2010 et 2015.",
    "L'ARS finance désormais trois postes de pair·es aidant·es.",
    "La secrétaire lit le compte rendu de la rencontre précédente.",
    "Un pair aidant présente le bilan de la formation.",
    "L'animatrice rappelle les règles de la parole partagée.",
    "La coordonnatrice du groupe Communication présente l'affiche.",
    "Colibri propose de reporter le point 4 à la prochaine rencontre.",
    "Héron et Mésange se portent volontaires pour le groupe Prise de parole.",
    "Saule rappelle que la participation ne doit jamais être alibi.",
    "Vote : 8 pour, 1 contre, 2 abstentions.",
    "Décision prise par consensus à 11h05.",
    "Le budget passe de 12 000 $ à 15 500 $ pour l'année 2027.",
    "Il reste 45 minutes pour la plénière et 15 minutes pour l'évaluation.",
    "Le plan d'action 2015-2020 n'a pas été renouvelé.",
    "The meeting started at 9:15 and ended at 12:30.",
    "The survey reached 320 professionals in 14 regions.",
    "The CCOMS report, page 42, lists 12 recommendations.",
    "Item 3: the council agrees by consensus to write to the board.",
    "The facilitator reminded everyone of the group agreements.",
    "Page 23 du guide explique le rôle des usagers et usagères.",
    "Le conseil se réunit le deuxième jeudi du mois, de 9h à 13h.",
    "Prochaine rencontre : jeudi 10 décembre 2026.",
    "Le compte rendu du 12 novembre 2026 est adopté sans modification.",
    "Il y a 3 ans, le conseil comptait 8 membres ; aujourd'hui 12.",
    "Depuis 10 ans, le forum réunit usagers, proches et intervenants.",
    "Le plan de 5 ans prévoit 2 rencontres nationales.",
    "Le groupe Recherche internationale se réunit chaque trimestre.",
    "Le document fait 24 pages et comprend 3 sections.",
    "La salle 204 est réservée de 13h30 à 16h00.",
    "Les membres demandent que les recommandations reçoivent une réponse écrite.",
    "On parle de rétablissement et de pouvoir d'agir.",
    "Le point 2.3 du PASM concerne l'hébergement.",
    "Les 3 groupes de travail présenteront leur bilan en juin.",
    "Rapport annuel 2025, section 4.2, tableau 7.",
    "Le conseil a tenu 11 rencontres en 2025 et accueilli 4 nouveaux membres.",
    "Luciole demande la parole pendant le tour de table.",
    "Boréal présente la version révisée du dépliant.",
    "The working group met on June 12 to prepare the brief.",
    "Version 2.1 of the guide was released in 2024.",
    "La pause café est de 15 minutes, à 10h30.",
    "La feuille de présence compte 9 signatures et 2 personnes invitées.",
    "Une personne rappelle que la stigmatisation commence parfois dans les services.",
]

# Hand-written harder cases: identifiers in less usual shapes, and
# look-alikes that trip naive patterns.
HARD = [
    "Elle m'a écrit depuis {email|l.roy+conseil@cegep.qc.ca} hier soir.",
    "Tél. : {phone|+33 (0)6 12 34 56 78}, laisser un message.",
    "Son cellulaire, {phone|438 555 0123}, ne répond plus.",
    "On peut joindre le bureau au {phone|1-800-555-0199} en semaine.",
    "Le courriel de {person_name|Mme Tremblay} est sur la liste.",
    "{person_name|Pierre} est revenu après trois mois d'absence.",
    "J'ai croisé {person_name|Jean-François Gagnon} à la friperie.",
    "She said {person_name|Dr. Patel} never returned her calls.",
    "Il habite {address|4 bis rue des Postes}, au deuxième.",
    "Adresse de livraison : {address|1350 avenue du Mont-Royal Est}, {postal_code|H2J 1Y5}.",
    "Né le {date_of_birth|29/02/1984}, il a fêté ses quarante ans.",
    "DOB {date_of_birth|1979-08-14} appears on the form.",
    "Sa page : {url|https://instagram.com/luc.b.art}.",
    "Le NIR {nir|1 85 05 78 006 084 91} a été barré au feutre.",
    "Elle a été hospitalisée le {event_date|2 février 2023}.",
    "Il a {age|58} ans et vit seul.",
    "Une femme de {age|43} ans a témoigné.",
    "On s'est vus à {place|Villeray} la semaine dernière.",
    "Le suivi au {institution|CHUM} s'est arrêté.",
    "Elle vit avec la {diagnosis|narcolepsie} depuis l'enfance.",
    "La réunion a lieu salle 2.14, au deuxième étage.",
    "Version 2.0.1 du guide, page 12.",
    "Le CLSC et le CHSLD ont été invités.",
    "Au centre hospitalier, l'attente reste longue.",
    "Une rose sur la table, offerte par le groupe.",
    "Pierre angulaire du projet : la participation.",
    "Le 06 du mois, le groupe se réunit à 18h30.",
    "514 personnes ont répondu au questionnaire.",
    "Il faut 10 ans pour changer une culture, dit-on.",
    "Le plan d'action 2015-2020 prévoyait 12 mesures.",
    "Le conseil a voté 7 contre 2, avec 1 abstention.",
    "Voir la section 4.3.2 et l'annexe B.",
    "Les ARS et les CLSM travaillent ensemble depuis 2019.",
    "Le forum accueillait 45 personnes à 9h00 précises.",
    "{person_name|Dr Seuss} est l'auteur préféré de Luciole.",
    "Colibri, Héron et Saule animent la plénière.",
    "Le mot « recovery » se traduit par rétablissement.",
    "Le budget de 24 500 $ couvre 3 ans.",
    "La ligne 1 du métro était en panne ce matin.",
    "Rendez-vous au local 305, entrée B.",
]

lines = ["# Labelled privacy corpus (generated by generate.py; see its docstring).",
         "# {kind|text} marks a span; lines without a mark are negatives."]
positives = set()
while len(positives) < 290:
    positives.add(random.choice(P)())
negatives = list(NEG)
# Variations of the negatives with other numbers, times and pseudonyms.
while len(negatives) < 150:
    h, mnt = random.choice([9, 10, 11, 13, 14]), random.choice(["00", "15", "30", "45"])
    n = random.randint(2, 400)
    y1 = random.randint(1995, 2020)
    t = random.choice([
        f"Point reporté : reprise à {h}h{mnt} après la pause.",
        f"Le groupe compte {n} participant·es inscrit·es depuis {y1}.",
        f"Voir le plan {y1}-{y1 + 5}, page {random.randint(2, 90)}.",
        f"{random.choice(PSEUDOS)} et {random.choice(PSEUDOS)} présentent le point {random.randint(1, 9)}.",
        f"Les {n} réponses au sondage seront analysées d'ici {random.choice(['juin', 'octobre', 'décembre'])} {y1 + 6}.",
        f"Séance levée à {h}h{mnt} ; prochaine séance dans {random.randint(2, 6)} semaines.",
        f"The group counted {n} replies between {y1} and {y1 + 3}.",
    ])
    if t not in negatives:
        negatives.append(t)
body = sorted(positives) + negatives + HARD
random.shuffle(body)
lines += body
open("privacy.txt", "w").write("\n".join(lines) + "\n")
print(len(positives), "positive lines,", len(negatives), "negative lines")
