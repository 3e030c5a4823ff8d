from ids import *
NB = '\u00a0'; NNB = '\u202f'
L = []
def add(lang, text, nfd=False, region=''):
    L.append((lang, text, nfd, region))
add('fr', f"NIR de ⟦p|Kenza⟧ relevé sur la photo envoyée : ⟦nir|{NIR('2','01','09','59','350','118','nbsp')}⟧ — photo supprimée du drive.", region='FR')
add('fr', "Mme ⟦p|Hélène Déséglise⟧ (déléguée), née le ⟦d|5/2/64⟧ : ⟦em|h.deseglise@example.org⟧ — préfère être appelée « Lène ».", nfd=True, region='FR')
add('fr', f"⟦p|Mathilde Laplante⟧ — RAMQ ⟦ramq|{RAMQ('Laplante','Mathilde','81','12','22',True,'09',sep='-')}⟧ — demande de remboursement de frais de déplacement.", region='QC')
add('fr', f"Formulaire papier de ⟦p|Kevin-Lee Ouimet⟧ : NAS ⟦sin|{SIN('71840263')}⟧, ⟦a|3300, ch. Sainte-Foy, app. 1204, Québec (Québec) G1X 1S4⟧", region='QC')
add('fr', "Le portail admin a enregistré ⟦ip|2001:db8::17⟧ lors de la connexion de ⟦p|Patrice⟧ à 2 h du matin.", region='QC')
add('en', "⟦p|Oksana Hryhorchuk⟧ moved to ⟦a|Unit 7, 1040 McPhillips St, Winnipeg MB R2X 2K7⟧; mail her ⟦em|oksana.h@example.com⟧.", region='MB')
add('en', "⟦p|Mélanie Cormier-Bastarache⟧ emailed from ⟦em|mcb_moncton@example.com⟧; her art site ⟦u|https://www.example.net/~mcormier/art⟧ has our poster.", region='NB-en')
add('fr', f"Titulaire du compte : Mme ⟦p|Cissé⟧, IBAN ⟦iban|{IBAN('FR', fr_bban('10278','06029','00027841503'), group=False)}⟧ — remboursement du repas du 12.", region='FR')
add('fr', "Contact à Bruxelles : ⟦p|Gilles Van Acker⟧, ⟦ph|+32 (0)2 514 37 90⟧, ⟦a|chaussée de Haecht 301, 1030 Schaerbeek⟧", region='BE')
add('en', "Bus 11 to Portage & Main, then the 47 to the U of M; the peer panel is in room 224 of the Helen Glass Centre.", region='MB')
add('fr', "Le 1er juillet c'est le jour du déménagement ; le comité logement tiendra un kiosque à la place Émilie-Gamelin.", region='QC')
add('fr', "Ciné-club : « Le Fabuleux Destin d'Amélie Poulain » le 20 à 18h30, salle Georges-Brassens, gratuit.", region='FR')
add('fr', "⟦p|Jolène⟧ a dit que c'était weird que la nurse l'a callée par son nom de famille devant tout le monde à l'urgence.", region='NB')
add('fr', "Boîte vocale : « c'est ⟦p|Ginette⟧, mon courriel c'est ⟦em|ginette point boudreau arobas example point com⟧, envoyez-moi le procès-verbal »", region='QC')
add('fr', "Déménagement du local prévu le 30 juin : 14 cartons, 2 armoires, le frigo reste. Coût estimé 480 $.", region='QC')
add('fr', f"Journal de quart — nuit\n02h15 ⟦p|Marie-Soleil Gauvreau⟧ veut qu'on garde sa carte soleil : ⟦ramq|{RAMQ('Gauvreau','Marie-Soleil','99','06','27',True,'03')}⟧ → mise dans le coffre\n04h00 tout est calme", region='QC')
add('fr', f"Recours de M. ⟦p|Ngoy Ilunga⟧ (NIR ⟦nir|{NIR('1','71','10','93','066','480','sp')}⟧) : la CDSP n'a jamais répondu à son courrier du 3 février.", region='FR')
add('en', "Zoom bombing last night: host ⟦p|Priya⟧ logged ⟦ip|203.0.113.9⟧; recording at ⟦u|https://meet.example.org/rec/88213⟧ deleted.", region='ON')
add('fr', "⟦p|Lucas⟧ a enfin trouvé une coloc dans le ⟦pc|31400⟧ ; sa copine ⟦p|Inès⟧ reste à Montréal, code ⟦pc|h2t1z4⟧.", region='FR')
