BECH = [
# ---- Belgium ----
("Présent·es (Liège) : ⟦P|Maïté Vandersmissen⟧, ⟦P|Jef Claeys⟧, ⟦P|Kadidiatou Baldé⟧, Héron. Excusée : ⟦P|Nele⟧.", 0),
("Contact de ⟦P|Yasmina Ouled-Ali⟧ : ⟦T|+32 4 223 18 90⟧ ou ⟦E|yasmina.oa@liege.example.net⟧", 0),
("→ ⟦P|Thibault⟧ envoie la facture au CPAS d'Ixelles avant le 30.", 0),
("Virement pour la caisse commune : ⟦B|${ibanbe:0630412345}⟧ (titulaire ⟦P|Dorcas Mwamba⟧).", 0),
("Nouvelle adresse de ⟦P|Koen De Wachter⟧ : ⟦A|rue de la Victoire 112 bte 3, 1060 Saint-Gilles⟧.", 0),
("La réunion a eu lieu à la gare de Bruxelles-Midi puis au café en face de la place Rogier, chez ⟦P|Hamza⟧.", 0),
("sms de ⟦P|joël⟧ : g raté le bus pr Charleroi, appelle ⟦P|fanny⟧ au ⟦T|0475 21 09 87⟧ stp", 0),
("Le Relais social de Charleroi et le SPF Santé publique soutiennent le projet pilote.", 0),
("Témoignage : mon oncle, ⟦P|Bernard Lambotte⟧, m'a mis à la porte quand j'avais 17 ans, à Namur.", 0),
("IBAN (dons Belgique) : ⟦B|${ibanbe:3101234567|b}⟧", 0),
# ---- Switzerland ----
("Présent·es (Lausanne) : ⟦P|Ursula Zbinden⟧, ⟦P|Ariane Favre-Bulle⟧, ⟦P|Dragan Petrović⟧, Castor ; absent : ⟦P|Luca⟧.", 0),
("⟦P|Séverine Rochat⟧ : ⟦T|+41 21 624 77 13⟧, ⟦A|chemin des Pâquerettes 14, 1004 Lausanne⟧.", 0),
("→ ⟦P|Valentin⟧ appelle l'Hospice général (Genève) mardi pour le dossier de ⟦P|Ifeoma⟧.", 0),
("IBAN pour le remboursement : ⟦B|${ibanch:00762011623852957}⟧, au nom de ⟦P|Thérèse Gumy⟧ 👍.", 0),
("Le CHUV et l'Hôpital de Cery ont été cités ; la Fondation Pro Mente Sana fera une présentation.", 0),
("Mon portable suisse : ⟦T|079 481 22 06⟧, c'est ⟦P|Nilufar⟧, je viens plus le jeudi.", 0),
("Séance du 12 mars à Fribourg, gare puis bus 5 jusqu'à l'arrêt Jean-Marie-Musy.", 0),
("Le compte LU de l'ancien partenaire : ⟦B|${ibanlu:0019400644750000}⟧ — ⟦P|Pol Weber⟧ va le clôturer.", 0),
("Les frais de transport (CHF 42.–) seront remboursés sur présentation des billets CFF.", 0),
("Téléphone du foyer à Genève : ⟦T|+41 22 318 45 67⟧ (demander ⟦P|Aurore⟧).", 0),
]
