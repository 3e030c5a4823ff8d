from gen_ids import *
# ⟦code:text⟧ markup. codes: n ph em ad pc dob url ip nir sin ramq iban
N1 = nir_fmt(nir("1","84","11","59","350","042"), "sp")
N2 = nir_fmt(nir("2","79","02","99","352","017"), "blk")
N3 = nir_fmt(nir("2","91","07","2A","004","117"), "sp")
N4 = nir_fmt(nir("1","62","03","13","055","208"), "13+2")
N5 = nir_fmt(nir("2","88","09","93","066","311"), "nbsp")
N6 = nir_fmt(nir("1","70","05","69","381","090"), "sp")
N7 = nir_fmt(nir("2","95","12","75","118","463"), "blk")
N8 = nir_fmt(nir("1","57","01","2B","033","005"), "sp")
N9 = nir_fmt(nir("2","83","04","99","138","254"), "dot")
N10 = nir_fmt(nir("1","99","10","31","555","126"), "13+2")
N11 = nir_fmt(nir("2","66","08","62","193","077"), "sp")
N12 = nir_fmt(nir("1","02","06","34","172","380"), "blk")
NBAD1 = nir_fmt(nir("1","85","06","44","109","220", bad=True), "sp")
NBAD2 = nir_fmt(nir("2","90","03","75","056","101", bad=True), "blk")
FW_NIR = nir("2","74","06","76","540","312")
FW_NIR = "".join(chr(0xFF10 + int(c)) for c in nir_fmt(FW_NIR, "blk"))

I1 = iban_fmt(iban("FR", fr_bban("30003","01762","00051234879")))
I2 = iban_fmt(iban("FR", fr_bban("15589","22805","04021876133")), grouped=False)
I3 = iban_fmt(iban("FR", fr_bban("10278","06043","00020471501")))
I4 = iban_fmt(iban("BE", be_bban("063","5521307")))
I5 = iban_fmt(iban("CH", "08390" + "035871262006"))
I6 = iban_fmt(iban("LU", "002" + "7305518290041"), grouped=False)
I7 = iban_fmt(iban("FR", fr_bban("12506","00071","56104837220")))
I8 = iban_fmt(iban("FR", fr_bban("20041","00001","7245318W020")))
I9 = iban_fmt(iban("FR", fr_bban("18206","00410","65029311874")), grouped=False)
I10 = iban_fmt(iban("BE", be_bban("310","1842706")), grouped=False)

S1 = sin_fmt(sin("52431806"), " ")
S2 = sin_fmt(sin("71905524"), "-")
S3 = sin_fmt(sin("13682047"), None)
S4 = sin_fmt(sin("46019273"), " ")
S5 = sin_fmt(sin("93357110"), "-")
S6 = sin_fmt(sin("28844691"), None)
SBAD1 = sin_fmt(sin_bad("61277403"), " ")

R1 = ramq_fmt(ramq("Wapachee","Kaylee",1988,7,23,True,14), " ")
R2 = ramq_fmt(ramq("Dorvilus","Rosemène",1971,11,2,True,27), None)
R3 = ramq_fmt(ramq("Lachance","Guy-Aimé",1953,4,30,False,12), "-")
R4 = ramq_fmt(ramq("Petiquay","Tanya",1996,1,9,True,31), " ")
R5 = ramq_fmt(ramq("Saintil","Dieuseul",1968,9,17,False,18), " ")
R6 = ramq_fmt(ramq("Bérubé","Ghislaine",1949,12,5,True,21), None)
R7 = ramq_fmt(ramq("Qumaq","Aalasi",1990,3,28,True,16), " ")
R8 = ramq_fmt(ramq("Ottawa","Sipi",1979,6,11,False,22), "-")
R9 = ramq_fmt(ramq("Bolduc-Pépin","Kéven",2001,8,3,False,13), " ")
R10 = ramq_fmt(ramq("Castañeda","Xiomara",1985,5,19,True,24), None)

FR = [
# ---------------- France / Quebec minutes, positive ----------------
f"Présent·es : ⟦n:Rosaire Gagnon-Labelle⟧, ⟦n:Wideline Dorvilus⟧, ⟦n:Sokha Chhim⟧, Mélèze (pseudo) et la secrétaire de séance.",
"⟦n:Xiomara⟧ a proposé qu'on reporte le point 4 au mois prochain, appuyée par ⟦n:Kouyaté⟧.",
"Compte rendu rédigé par ⟦n:Maëlys St-Onge⟧, relu par ⟦n:Gisèle⟧ avant envoi.",
"Pour joindre ⟦n:Fritzner⟧ : ⟦ph:514-555-0147⟧ (laisser un message, il rappelle après 18 h).",
"⟦n:Hanane Bouzid⟧ nous a donné son adresse pour le chèque de défraiement : ⟦ad:17 bis, rue des Tanneurs, 59800 Lille⟧.",
"Mme ⟦n:Wróblewska⟧ signale que son suivi au CMP a été interrompu en juillet sans explication.",
"Dr ⟦n:Tavakoli⟧ accepte de venir présenter l'étude en novembre, salle 204.",
f"NIR de ⟦n:Lotfi⟧ pour le dossier MDPH : ⟦nir:{N1}⟧ — à ne surtout pas recopier dans le drive !",
"Selon ⟦n:Păunescu⟧, la liste d'attente du CLSC dépasse maintenant six mois.",
"Chez ⟦n:Exantus⟧, la rencontre s'est tenue dans la cuisine faute de local.",
"⟦n:Kéven⟧ pis ⟦n:Jessy⟧ ont monté le kiosque au Marché Jean-Talon samedi passé.",
"Courriel de ⟦n:Trịnh Minh Khoa⟧ : ⟦em:khoa.trinh@example.net⟧, il veut recevoir l'ordre du jour.",
"Pour les covoiturages, écrire à ⟦em:oumou.sangare [at] example [dot] org⟧ (c'est l'adresse d'⟦n:Oumou⟧).",
"Mme ⟦n:Conceição Pestana⟧ est partie à 16 h, son fils ⟦n:Rui⟧ est venu la chercher.",
"« Ma sœur ⟦n:Nadège⟧ m'hébergeait à Laval, mais c'est fini depuis mars. Depuis je dors dans mon char. »",
"Née le ⟦dob:14/02/1979⟧ à Oran, ⟦n:Rachida M'Hamdi⟧ demande que sa date de naissance soit retirée du tableau des membres.",
f"DDN : ⟦dob:1988-07-23⟧ · RAMQ : ⟦ramq:{R1}⟧ · nom : ⟦n:WAPACHEE, Kaylee⟧",
"Fiche d'inscription — ⟦n:Neeposh, Darlene⟧ — tél. ⟦ph:819 555-0133⟧ — ⟦ad:212, chemin Matabanick, Waswanipi (Québec) J0Y 3C0⟧",
"Maître ⟦n:Fátima do Carmo⟧ représentera ⟦n:Joaquim⟧ à l'audience devant le JLD jeudi.",
"Me ⟦n:Bérubé-Thériault⟧ a confirmé par courriel qu'elle peut nous accompagner au TAQ.",
"Prise de notes : ⟦n:Ionela\u00a0Dumitrescu⟧ ; gardien du temps : ⟦n:Bohdan⟧.",
"⟦n:Aalasi\tQumaq⟧\t⟦ph:418 555 0190⟧\tprésente\tsigné",
"Signé :\n⟦n:Kahentinetha\nDiabo⟧, co-porte-parole du comité",
"Le prénom de ⟦n:ياسمينة⟧ s'écrit ainsi en arabe ; dans les comptes rendus elle préfère « ⟦n:Yasmina⟧ ».",
"Message de ⟦n:Оксана Литвиненко⟧, traduit par ⟦n:Olha⟧ : elle ne pourra pas venir en décembre.",
"⟦n:Lâm Ngọc Diễm⟧ a demandé une interprète pour la séance de mars.",
"Atelier cuisine animé par ⟦n:林小雨⟧et ⟦n:Thanh⟧, 14 personnes présentes.",
"ORDRE DU JOUR PRÉPARÉ PAR ⟦n:GUERLINE EXANTUS⟧ ET ⟦n:SHIRIN⟧",
"⟦n:chanthou⟧ a ramené les clés, ⟦n:vannak prum⟧ les récupère lundi",
"⟦n:OBI Chukwuemeka⟧ (trésorier) présente le bilan : 1 250 $ en caisse au 31 mars.",
"Docteure ⟦n:Ngo Bassong⟧ rappelle que les ordonnances doivent être renouvelées au CMP avant l'été.",
"Pr ⟦n:Kumaran Thevarajah⟧ (CHU) a accepté de relire la charte éthique.",
"Sœur ⟦n:Adrienne⟧ de la Maison d'accueil nous prête la salle gratuitement jusqu'en juin.",
"⟦n:Lauréat⟧ pis ⟦n:Euclide⟧ sont arrivés en retard à cause de la tempête.",
"⟦n:Ti-Guy⟧ (⟦n:Guy-Aimé Lachance⟧ pour l'état civil) veut qu'on continue de l'appeler comme ça.",
f"RAMQ de ⟦n:Guy-Aimé⟧ : ⟦ramq:{R3}⟧, carte expirée, il faut la renouveler avant son rendez-vous.",
"⟦n:Momo⟧ appelle le 115 tous les soirs depuis trois semaines sans obtenir de place.",
"L'avocate d'⟦n:Ousmane Kouyaté⟧ demande une attestation de participation au conseil.",
"La fille d’⟦n:Emine⟧ a fait la traduction en turc du flyer.",
"Au CLSC des Faubourgs, demander ⟦n:Réal⟧ au ⟦ph:514 555-0123⟧ poste 221.",
"⟦n:Seynabou⟧ préfère WhatsApp : ⟦ph:+33 6 39 98 11 02⟧.",
"Portable de ⟦n:Mihai⟧ : ⟦ph:06.39.98.45.67⟧ / fixe chez sa mère : ⟦ph:01 99 00 23 45⟧.",
"Numéro sans frais où joindre ⟦n:Réjeanne⟧ au travail : ⟦ph:1-800-555-0111⟧ (lundi au vendredi).",
"Nouvelle adresse de ⟦n:Gisèle Larochelle⟧ : ⟦em:GISELE.LAROCHELLE@EXAMPLE.COM⟧",
"Inscriptions sur ⟦url:https://entrepairs.example.org/inscription?atelier=12⟧ avant le 15.",
"Le nouveau site du comité est en ligne : ⟦url:pairsaidants-exemple.quebec⟧.",
"Voir ⟦url:www.collectif-exemple.paris/agenda⟧ pour les dates des groupes de parole.",
"Le blogue de ⟦n:Farnaz⟧ (⟦url:farnaz-ecrit-exemple.me⟧) raconte son hospitalisation sous contrainte.",
"⟦n:Yesenia⟧ habite dans le ⟦pc:93200⟧ depuis son expulsion de l'hôtel social.",
"Code postal de ⟦n:Wilmer⟧ pour la carte OPUS tarif réduit : ⟦pc:h2k4j7⟧.",
"Le questionnaire anonyme a quand même été rempli depuis ⟦ip:198.51.100.23⟧, à 3 h du matin.",
"Accès au drive bloqué pour l'adresse ⟦ip:2001:db8:4a1::17⟧, ⟦n:Kinkela⟧ s'en occupe.",
f"NAS de ⟦n:Dieuseul⟧ : ⟦sin:{S1}⟧ (pour le formulaire d'aide sociale, à détruire après).",
f"IBAN de ⟦n:Zbigniew⟧ pour le remboursement des frais de transport : ⟦iban:{I1}⟧",
"De : ⟦n:Kinkela Malanda⟧ <⟦em:k.malanda@example.org⟧>\nÀ : conseil\nObjet : absence du 12",
f"Dossier CAF de Mme ⟦n:Nour El Houda Meziane⟧, née le ⟦dob:3 mars 1986⟧, NIR ⟦nir:{N2}⟧.",
"⟦n:Rosemène Dorvilus⟧ (⟦dob:02/11/1971⟧) — adhésion renouvelée.",
f"Carte soleil : ⟦ramq:{R2}⟧ ; ⟦n:Rosemène⟧ l'a montrée à l'accueil, on a noté le numéro par erreur.",
"Pour la sortie au Biodôme, répondre à ⟦n:Analyn⟧ au ⟦ph:(438) 555-0162⟧ ou à ⟦em:analyn.bautista@example.com⟧.",
"M. ⟦n:Sivakumar⟧ ne souhaite plus recevoir les convocations par la poste.",
"Envoyer le courrier à M. ⟦n:Kourosh Tavakoli⟧, ⟦ad:48, avenue Jean-Jaurès, bât. C, appt 112, 69007 Lyon⟧.",
"⟦n:Marisol de la Torre⟧ et ⟦n:Edwin Huamán⟧ animeront l'atelier en espagnol.",
"⟦n:Małgorzata⟧ rappelle que les pair·es aidant·es ne remplacent pas les soignant·es.",
"Adresse de ⟦n:Kateri⟧ pour la carte de prompt rétablissement : ⟦ad:3625, avenue Papineau, app. 4, Montréal (Québec) H2K 4J7⟧",
f"Fiche : ⟦n:PETIQUAY Tanya⟧ | DDN ⟦dob:09-01-1996⟧ | RAMQ ⟦ramq:{R4}⟧ | tél. ⟦ph:819-555-0185⟧",
"Appel de ⟦n:Yao Kouassi⟧ : il a été hospitalisé au CHS le 3, joignable au ⟦ph:06-39-98-70-21⟧.",
"Les participant·es remercient chaleureusement ⟦n:Soledad⟧ pour ses dix ans d'engagement.",
f"Nom : ⟦n:SAINTIL Dieuseul⟧ — date de naissance : ⟦dob:17 septembre 1968⟧ — RAMQ : ⟦ramq:{R5}⟧",
"⟦n:Jadwiga  Szymańska⟧ était absente, excusée.",
"Compte rendu : ⟦n:Kas\u00adsandra Vachon-Ricard⟧",
"Rappel : ⟦n:Tharshini\u200bSivakumar⟧ s'occupe du café.",
"Son numéro a changé : ⟦ph:514\u200b-555-0162⟧, selon ⟦n:Zakary⟧.",
"Joindre ⟦n:Ilhem⟧ au ⟦ph:０６ ３９ ９８ ２２ ７１⟧ (copié d'un PDF).",
f"Le numéro de sécu de ⟦n:Perrine⟧ apparaît dans le scan : ⟦nir:{FW_NIR}⟧.",
"⟦n:Maricel Dela Cruz⟧ (aidante de son frère ⟦n:Jun⟧) rejoint le groupe famille.",
"Point 3 — intervention de ⟦n:Sreymom⟧ sur l'accès au logement ; ⟦n:Vannak⟧ complète.",
"Excusé·es : ⟦n:Bohdan Kravchuk⟧, ⟦n:Zeynep Karaca⟧, ⟦n:Gaétan⟧.",
"⟦n:Şükrü Aydoğan⟧ ne peut plus venir le mardi à cause de son travail de nuit.",
"Mme ⟦n:Gülşen Öztürk⟧, interprète bénévole, a laissé son numéro : ⟦ph:04 65 71 90 12⟧.",
"⟦n:Mahsa⟧ dit qu'elle a eu peur d'en parler devant Dr ⟦n:Ebrahimi⟧.",
f"Virement à faire sur le compte de ⟦n:Ionela⟧ : ⟦iban:{I2}⟧ (frais de garde).",
f"RIB transmis par ⟦n:Joaquim Bettencourt⟧ : ⟦iban:{I3}⟧, banque au Portugal fermée.",
f"Compte belge de ⟦n:Nkechi⟧ : ⟦iban:{I4}⟧",
f"⟦n:Aurélien-Kossi Amegnran⟧ a été remboursé sur son compte suisse ⟦iban:{I5}⟧.",
f"IBAN luxembourgeois de ⟦n:Liridona⟧ : ⟦iban:{I6}⟧ — vérifier avec elle.",
f"Numéro de sécu de ⟦n:Grâce⟧ (née en Corse) : ⟦nir:{N3}⟧",
f"⟦n:Armand⟧ a dicté son numéro : ⟦nir:{N4}⟧, on l'a rayé du cahier.",
f"Formulaire ASS de ⟦n:Fatoumata Diakité⟧ : NIR ⟦nir:{N5}⟧ ; date de naissance ⟦dob:22.09.1988⟧.",
f"Dossier PCH — ⟦n:Gérald Mbemba⟧, ⟦nir:{N6}⟧, ⟦ad:5 allée des Capucines, 69100 Villeurbanne⟧",
f"⟦n:Mégane⟧ a reçu sa carte Vitale ({'⟦nir:' + N7 + '⟧'}) à l'ancienne adresse.",
f"Copie de l'attestation de ⟦n:Santu Paoli⟧ : ⟦nir:{N8}⟧, né le ⟦dob:1er janvier 1957⟧ à Bastia.",
f"Le scan de ⟦n:Dilnoza⟧ contient son NIR : ⟦nir:{N9}⟧. Supprimé du serveur.",
f"⟦n:Kenzo⟧ (25 ans) : ⟦nir:{N10}⟧",
f"Numéro de sécurité sociale de Mme ⟦n:Dolorès Wiart⟧ : ⟦nir:{N11}⟧ — NE PAS DIFFUSER",
f"⟦n:Enzo-Malik⟧ nous a envoyé son NIR par SMS : ⟦nir:{N12}⟧ ; réponse : on n'en a pas besoin.",
f"NAS : ⟦sin:{S2}⟧ — ⟦n:Rolande Morissette⟧, pour le crédit d'impôt.",
f"⟦n:Kéven Bolduc-Pépin⟧, NAS ⟦sin:{S3}⟧, RAMQ ⟦ramq:{R9}⟧, né le ⟦dob:3 août 2001⟧.",
f"RAMQ de Mme ⟦n:Bérubé⟧ (⟦ramq:{R6}⟧) à corriger sur le formulaire.",
f"Carte d'assurance maladie d'⟦n:Aalasi⟧ : ⟦ramq:{R7}⟧, émise à Kuujjuaq.",
f"⟦n:Sipi Ottawa⟧, ⟦ramq:{R8}⟧, a laissé sa carte sur la table, récupérée par ⟦n:Manon-Jeanne⟧.",
f"⟦n:Xiomara Castañeda⟧ : ⟦ramq:{R10}⟧ / NAS ⟦sin:{S6}⟧ (demande de la travailleuse sociale).",
"Lettre à envoyer à ⟦n:Thérèse Lavigueur⟧, ⟦ad:1120, rue Saint-Vallier Est, app. 3, Québec (Québec) G1K 3R2⟧.",
"Domicile de ⟦n:Réal⟧ : ⟦ad:87, 3e Avenue, Val-d'Or (Québec) J9P 1S4⟧",
"⟦n:Maïka⟧ a déménagé au ⟦ad:2254, boulevard Saint-Joseph Est, logement 6, Montréal H2H 1E9⟧.",
"Adresse d'hébergement de ⟦n:Rachid⟧ : Foyer des Lilas, chambre 14, ⟦ad:22 rue Paul-Bert, 93500 Pantin⟧",
"Colis pour ⟦n:Noémie-Lou⟧ : ⟦ad:9, impasse du Moulin, 35400 Saint-Malo⟧",
"⟦n:Ousmane⟧ vit maintenant dans le ⟦pc:13015⟧ avec sa compagne.",
"⟦n:Lya-Rose⟧ a donné le code postal ⟦pc:G1R 2J6⟧ pour l'envoi des billets.",
"Secteur de ⟦n:Clovis⟧ : ⟦pc:J8Y3Z5⟧.",
"Chez ⟦n:Adjoa⟧ c'est le ⟦pc:75019⟧, pas le ⟦pc:75020⟧ comme noté la dernière fois.",
"⟦n:Dieudonné⟧ habite à Gatineau, code ⟦pc:J9H 4K1⟧.",
"Date de naissance de ⟦n:Anaïs-Kim⟧ : ⟦dob:30/06/2003⟧ (elle est mineure ? non, 21 ans).",
"DDN ⟦dob:12.05.62⟧ — ⟦n:Fernande Pelletier⟧",
"⟦n:Bảo⟧, né le ⟦dob:7 juillet 1993⟧ à Hué, arrivé en France en 2015.",
"⟦n:Innocent Habimana⟧ (⟦dob:15/08/1980⟧), ⟦n:Espérance Uwase⟧ (⟦dob:04/04/1984⟧) : couple hébergé au CHRS.",
"Date de naissance : ⟦dob:1975-10-31⟧. Nom : ⟦n:Shanipiap Mestenapeo⟧. Communauté : Uashat mak Mani-utenam.",
"⟦n:Manikanet⟧ est née le ⟦dob:2 février 1991⟧ ; elle veut témoigner à la commission.",
"⟦n:Ângela Medeiros⟧, ⟦em:angela_medeiros71@example.com⟧, ⟦ph:+33 (0)6 39 98 55 10⟧",
"Écrire plutôt à ⟦em:mimi.c@example.org⟧ — c'est ⟦n:Mimi⟧ (⟦n:Émilienne Cormier⟧).",
"Adresse de ⟦n:Tekaronhiáhkhwa⟧ : ⟦em:tekaron.h AT example DOT net⟧",
"⟦em:JEAN-GUY.ST-PIERRE@EXAMPLE.ORG⟧ : ⟦n:Jean-Guy⟧ veut être retiré de la liste.",
"Pour ⟦n:Djeneba⟧ : ⟦em:djeneba.traore@mail.example.com⟧, ⟦ph:0639984411⟧.",
"⟦n:Cheikh-Tidiane⟧ a partagé son profil : ⟦url:https://www.example.net/u/cheikh.tidiane⟧",
"Le témoignage de ⟦n:Ruth-Esther⟧ est sur ⟦url:http://recits.example.org/ruth-esther-2019⟧ — demander son accord avant de relayer.",
"⟦n:Kéziah⟧ : page de cagnotte ⟦url:cagnotte.example.com/soins-kz⟧",
"Le vidéo de ⟦n:Pasha⟧ est sur ⟦url:www.example.com/watch?v=pasha-inukjuak⟧.",
"Adresse IP du poste de ⟦n:Wilmer⟧ : ⟦ip:192.0.2.144⟧ (il ne reçoit pas les courriels).",
"Tentatives de connexion depuis ⟦ip:203.0.113.7⟧ et ⟦ip:203.0.113.91⟧ sur le compte de ⟦n:Amel⟧.",
"⟦n:Gaétane⟧ a appelé de la ligne fixe : ⟦ph:418-555-0104⟧ poste 12.",
"Cellulaire de ⟦n:Jean-Robert⟧ : ⟦ph:5145550199⟧",
"⟦n:Mackenzy⟧ : ⟦ph:+1 438 555 0178⟧ (numéro haïtien désactivé).",
"Tél. de ⟦n:Ovide Thibodeau⟧ : ⟦ph:819.555.0126⟧",
"Le fixe d'⟦n:Océane⟧ : ⟦ph:05 36 49 18 27⟧, elle n'a plus de portable.",
"Pour ⟦n:Nasrine⟧ : ⟦ph:0033 6 39 98 03 61⟧",
"Proposé par ⟦n:Lucienne⟧, appuyé par ⟦n:Diabo⟧ : adoption de l'ordre du jour.",
"Tour de table : ⟦n:Hamza⟧, ⟦n:Ludmila⟧, ⟦n:Rosaire⟧, ⟦n:Nathanaëlle⟧, Caribou (pseudo), ⟦n:Wendy-Kim⟧.",
"⟦n:Aurore⟧ a lu le poème qu'elle a écrit à l'unité.",
"⟦n:Victoire⟧ a ramené les gâteaux, ⟦n:Pierre-Louis⟧ les boissons.",
"« Je m'appelle ⟦n:Rose⟧, j'ai 54 ans, j'ai passé dix ans à la rue. »",
"⟦n:Noël⟧ ne vient plus depuis que l'hôpital de jour a fermé.",
"⟦n:Espérance⟧ a proposé d'aller voir la ministre en délégation.",
"Dans le groupe de ⟦n:Ben Saïd⟧, 6 personnes sur 8 n'ont pas de médecin de famille.",
"⟦n:N'Guessan⟧ transmettra le compte rendu à l'ARS.",
"⟦n:D'Amico⟧ propose de décaler la réunion à 14 h 30.",
"⟦n:MEZIANE Sofiane⟧, ⟦n:BELKACEMI Lila⟧, ⟦n:RAKOTOARISOA Fanja⟧ : liste d'attente atelier écriture.",
"Le cousin de ⟦n:Aïcha⟧, ⟦n:Bilal Ait Ouarab⟧, pourrait nous prêter une camionnette.",
"Remerciements à M. et Mme ⟦n:Pinheiro⟧ pour le local.",
"⟦n:Elisapie Nappaaluk⟧ (Kangiqsujuaq) participera par visio.",
"Témoignage de ⟦n:Tshiuetin⟧ (prénom utilisé avec son accord) sur le retour dans la communauté.",
"Réunion chez ⟦n:Awashish⟧, à Opitciwan, en présence de l'agente de liaison.",
"⟦n:Pascaline Nsimba⟧ : ⟦ad:14 rue du Docteur-Roux, 3e étage gauche, 94200 Ivry-sur-Seine⟧, interphone « ⟦n:Nsimba⟧ ».",
"Rendez-vous pris pour ⟦n:Wendelle⟧ à la Maison de la solidarité, mardi 10 h, avec l'assistante sociale.",
]

FR += [
"§NFD§⟦n:Gisèle Bérubé⟧ a envoyé le procès-verbal à ⟦n:Hélène-Émilie⟧ et à ⟦n:Anaëlle⟧.",
"§NFD§Née le ⟦dob:12 décembre 1960⟧ à Rimouski, ⟦n:Thérèse Côté-Lévesque⟧ est la doyenne du comité.",
"§NFD§Adresse : ⟦ad:45, rue de l'Église, app. 2, Lévis (Québec) G6V 4Z9⟧ — ⟦n:Réjean⟧",
]

FR_NEG = [
"Prochaine réunion : mercredi 12 février, 14 h 30, salle 3 de la Maison de la solidarité.",
"Espoir, c'est le nom qu'on a choisi pour le journal du conseil.",
"Une pierre a été lancée dans la vitre du local pendant le week-end ; plainte déposée.",
"Le martin-pêcheur du logo sera redessiné par la graphiste de l'association.",
"Martin-pêcheur propose d'ajouter une pause à 15 h.",
"La secrétaire rappelle que le quorum est de 7 membres ; nous étions 9.",
"Le président ouvre la séance à 18 h 05 et remercie les participant·es.",
"Budget 2024 : 12 400 € de subvention ARS, dont 3 100 € pour les défraiements.",
"Point 5.2 reporté, faute de temps. Voir p. 14 du rapport annuel.",
"Le CIUSSS du Centre-Sud-de-l'Île-de-Montréal finance 60 % du projet.",
"Réunion au CLSC Hochelaga-Maisonneuve, local 2.14, de 9 h à 11 h 30.",
"Le CMP de secteur ferme du 1er au 15 août.",
"Rencontre avec l'ARS Hauts-de-France reportée en octobre.",
"Mise à jour du PTSM : 4 fiches actions sur 23 concernent les pairs.",
"Visite de l'Hôpital Louis-H.-Lafontaine le 22 mai, départ de la station Joliette.",
"On se retrouve devant le Tim Hortons de la rue Ontario à midi.",
"Les collations viennent du Jean Coutu et du IGA du coin.",
"Sortie au parc Jean-Drapeau : 15 inscrit·es, coût 0 $.",
"Rose, lilas ou jaune : vote sur la couleur des affiches, le jaune l'emporte.",
"Une rose blanche a été déposée pour les membres décédés cette année.",
"Pierre angulaire du projet : la participation réelle des personnes concernées.",
"Lecture d'un extrait de Deegan (1988) sur le rétablissement.",
"Le rapport Laforcade (2016) est cité dans notre mémoire, p. 8.",
"Loi P-38.001 : discussion sur les gardes préventives, article 7.",
"Article L3212-1 du code de la santé publique : soins à la demande d'un tiers.",
"Section 3.2.1.4 du guide : confidentialité des échanges.",
"Dossier n° 2023-0481 transmis au service juridique.",
f"Référence du reçu fiscal : {NBAD1} (numéro interne de la caisse, pas un NIR).",
f"Code article de la commande de fournitures : {NBAD2}.",
f"Numéro de lot des masques : {SBAD1}.",
"Madame la ministre a promis une réponse avant Noël.",
"Dieu merci, personne n'a été blessé lors de l'évacuation.",
"Le 15, le 112 et le 3114 sont affichés dans la salle ; le 115 aussi.",
"En cas de crise : 811 option 2, ou le 988.",
"Toussaint : le local sera fermé le 1er novembre.",
"Avril est un mois chargé avec la semaine de la santé mentale.",
"Grâce au soutien de la Fondation Jean-Lapointe, l'atelier continue.",
"Prudence avec les captures d'écran dans le groupe WhatsApp.",
"Les pair·es aidant·es de Saint-Hyacinthe et de Villeneuve-d'Ascq se joindront à nous.",
"Colibri et Mésange animeront la table ronde ; Héron prend les notes.",
"Caribou rappelle la règle : on parle au « je ».",
"Un pair aidant et une intervenante du GEM ont co-animé la séance.",
"Taux de participation : 72 % au premier trimestre, 64 % au deuxième.",
"Facture EDF de 214,37 € payée le 3 ; reste 1 032 € sur le compte.",
"Salle 1208 réservée de 13 h à 16 h, code de la porte à demander à l'accueil.",
"Le plan d'action 2025-2030 sera présenté au RRASMQ en juin.",
"Les membres votent à main levée : 11 pour, 0 contre, 2 abstentions.",
"Horaire : 9h15–10h30 accueil, 10h45 plénière, 12h repas.",
"L'UNAFAM et la FNAPSY co-organisent la journée du 10 octobre.",
"Le film « Vol au-dessus d'un nid de coucou » sera projeté jeudi.",
"Résumé de la lecture de « Les Misérables » par le club de lecture.",
"Le quartier Saint-Roch et le secteur Limoilou sont les plus touchés.",
"Déménagement du local boulevard Saint-Laurent prévu pour septembre.",
"Rue Victor-Hugo, le bus 72 ne passe plus après 21 h.",
"Objectif : 150 questionnaires d'ici la fin de l'année, on en a 87.",
"Rappel : les remboursements se font sur présentation des tickets, maximum 20 € par séance.",
"Tableau p. 3 : 1 personne sur 4 dit avoir subi une contention.",
"Victoire collective : la mairie accepte de financer les tickets de transport.",
"Lundi de Pâques, Fête nationale, Action de grâce : le local est fermé.",
"Le Pavillon Albert-Prévost et l'Institut Philippe-Pinel ont répondu à notre lettre.",
"§NFD§Prochaine réunion : mercredi 12 mars, 14 h 30, à la Médiathèque Émile-Zola.",
"Version 2.3.1 du formulaire adoptée ; la 2.4 attendra.",
"Tirage au sort pour l'ordre de passage : groupe A à 10 h, groupe B à 10 h 40.",
]

S7 = sin_fmt(sin("72640185"), " ")
S8 = sin_fmt(sin("19283746"), "-")
FR += [
f"Remboursement atelier : ⟦n:Agnieszka Wójcik⟧, ⟦iban:{I7}⟧, 42,80 €.",
f"⟦n:Habib⟧ a recopié son IBAN dans le tableur partagé (⟦iban:{I8}⟧) ; ⟦n:Séverine⟧ l'a effacé.",
f"Compte pour la cagnotte de ⟦n:Kadiatou⟧ : ⟦iban:{I9}⟧",
f"⟦n:Bogdan⟧ touche son allocation sur un compte belge : ⟦iban:{I10}⟧.",
f"Feuille de paie de ⟦n:Manouchka Célestin⟧ : NAS ⟦sin:{S7}⟧, ⟦ad:7780, rue Lajeunesse, app. 201, Montréal (Québec) H2R 2J1⟧.",
f"⟦n:Hilaire⟧ a laissé son NAS (⟦sin:{S8}⟧) sur le babillard, retiré tout de suite.",
f"NAS ⟦sin:{S4}⟧ et RAMQ inscrits sur la fiche de ⟦n:Wendy-Kim⟧ : à caviarder.",
"Les courriels bouncent pour ⟦em:rosaire.gl@example.net⟧ et ⟦em:w.dorvilus@example.org⟧, vérifier avec eux.",
"Liste de diffusion : ⟦em:sokha.c@example.com⟧ ; ⟦em:maelys.so@example.org⟧ ; ⟦em:kouyate.o@example.net⟧",
"⟦n:Zuleika⟧ écrit depuis ⟦em:zuleika_b@sub.example.org⟧, elle a changé de fournisseur.",
"Envoyer la convocation à ⟦em:ti-guy.lachance@example.com⟧ (adresse de ⟦n:Ti-Guy⟧).",
"Le formulaire d'adhésion est sur ⟦url:https://adhesion.example.org/conseil-des-pairs/form?id=4471⟧ et sur ⟦url:example.net/adh⟧.",
"Photos de la marche publiées par ⟦n:Khadija⟧ sur ⟦url:http://photos.example.com/album/marche-fiertes-folles⟧ — visages à flouter.",
"Lien du visio envoyé par ⟦n:Olha⟧ : ⟦url:https://visio.example.net/r/conseil-8842⟧",
"⟦n:Édouardine⟧ a créé un site : ⟦url:www.edouardine-temoigne-exemple.quebec⟧ (à ne pas partager sans son accord).",
"Le serveur du collectif a enregistré ⟦ip:192.0.2.88⟧ pendant la connexion de ⟦n:Naïm⟧.",
"Journal du drive : ⟦ip:2001:db8:0:0:1:0:0:42⟧ a consulté la liste des membres à 2 h 14.",
"⟦n:Rafaela⟧ a été relogée au ⟦ad:31, rue Notre-Dame Ouest, app. 7, Trois-Rivières (Québec) G9A 4T5⟧.",
"Courrier pour ⟦n:Abdoulaye⟧ : ⟦ad:2 rue des Glycines, bât. B, esc. 3, 44300 Nantes⟧",
"⟦n:Ginette-Rose⟧ habite maintenant ⟦pc:G8T 1W2⟧, secteur Cap-de-la-Madeleine.",
"⟦n:Mamadou-Lamine⟧ est domicilié dans le ⟦pc:31500⟧ (domiciliation au CCAS).",
]
