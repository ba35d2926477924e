from parts.common import E

# ---------------- Finnish (14) ----------------
E("fi", "access+rectification+erasure", False, "formal template citing GDPR articles, three rights",
  "Heikki Lindroos <heikki.lindroos@example.fi>", "EU:n tietosuoja-asetuksen 15, 16 ja 17 artiklan mukainen pyyntö",
  "Zoomi Kuvakaupat Oy\nVasaratie 2 A\n65350 Vaasa\n\nAsia: Rekisteröidyn oikeuksien käyttäminen\n\n1) Tarkastusoikeus (15 art.). Pyydän vahvistusta siitä, käsittelettekö henkilötietojani, sekä jäljennöstä käsiteltävistä tiedoista, tietoa käsittelyn tarkoituksista, vastaanottajista, säilytysajasta ja tietolähteistä.\n\n2) Oikaisu (16 art.). Rekisterissänne olevan puhelinnumeroni tulee olla 040 000 7788. Vanha numero on virheellinen.\n\n3) Poisto (17 art.). Pyydän poistamaan kaikki tilaushistoriaani liittyvät kuvat, joita ei tarvita kirjanpitolain mukaisiin velvoitteisiin.\n\nVastaus pyydetään sähköisesti 12 artiklan 3 kohdan mukaisessa määräajassa.\n\nVaasassa 30.11.2026\nHeikki Lindroos")

E("fi", "rectification", False, "mentions erasure right but only wants address fixed",
  "Elina Saarinen <elina.saarinen@example.fi>", "osoitteenmuutos",
  "Hei, tiedän että voisin pyytää teitä poistamaan tietoni kokonaan, mutta en halua sitä – haluan vain että osoitteeni korjataan: uusi osoite on Vaasanpuistikko 20 C 14, 65100 Vaasa. Kiitos!\nElina Saarinen")

E("fi", "", False, "near-miss: cancel Slotti booking",
  "Tommi Leinonen <tommi.leinonen@example.fi>", "Peruutus",
  "Hei, peruuttakaa mun aika huomiselle klo 10 (perhekuvaus), varasin sen Slotin kautta mutta en löydä peruutuslinkkiä. T. Tommi Leinonen")

E("fi", "erasure", False, "teenager writing in own name, Instagram photo",
  "Iida Manninen <iida.manninen09@example.fi>", "mun kuva teidän instassa",
  "moi, mun kuva on teidän instagramissa siinä koulukuvamainoksessa (se jossa on sininen tausta ja mä nauran). mä en halua et se on siellä, poistakaa se ja älkää käyttäkö sitä enää. oon 16. t. Iida")

E("fi", "marketing_opt_out", False, "Ostrobothnian dialect, stop SMS ads",
  "Reijo Hautamäki <reijo.hautamaki@example.fi>", "tekstarit",
  "Terve. Mää en haluu noita teirän tekstiviestimainoksia enää yhtään, ne tuloo aina kesken työpäivän. Lopettakaa ne. Muuten on ollu iha hyvä palvelu.\nReijo, Kauhava")

E("fi", "", False, "estate letter about deceased father's account, no DSR",
  "Marko Lindholm <marko.lindholm@example.fi>", "Kuolinpesän asia",
  "Hei,\n\nisäni Esko Lindholm kuoli lokakuussa. Kuolinpesän puolesta ilmoitan, että hänen verkkokauppatilinsä voidaan sulkea ja mahdolliset avoimet laskut voi lähettää kuolinpesälle osoitteeseen Kalaranta 5, 65200 Vaasa. Perukirjoitus on tammikuussa.\n\nMarko Lindholm")

E("fi", "objection", False, "withdraws consent if any and objects to portrait in shop window; wants it removed",
  "Katja Vainio <katja.vainio@example.fi>", "Kuvani näyteikkunassa",
  "Hei,\n\nhuomasin, että muotokuvani on liikkeenne näyteikkunassa esimerkkikuvana. En muista antaneeni siihen lupaa, ja jos olen antanut, peruutan sen. Vastustan kuvani käyttöä teidän omassa mainonnassanne ja pyydän ottamaan sen pois ikkunasta.\n\nKatja Vainio")

E("fi", "access", False, "very short, no umlauts, what info you have",
  "Jyrki Lahtinen <jyrki.lahtinen@example.fi>", "",
  "mita tietoja teilla on minusta? jyrki lahtinen 0400001122")

E("fi", "", False, "question about marketing consent, no request",
  "Anne Kallio <anne.kallio@example.fi>", "Uutiskirje",
  "Hei, jos tilaan teidän uutiskirjeen, käytetäänkö sähköpostiosoitettani johonkin muuhun? Ja voinko myöhemmin perua sen helposti? Kiitos vastauksesta etukäteen.\nAnne")

E("fi", "erasure+objection", False, "daycare director forwards parent's wish: erase child data and no photographing",
  "Päiväkoti Tuulikello / Minna Rajala <minna.rajala@example.fi>", "Huoltajan toive kuvauksesta",
  "Hei,\n\nyksi huoltajistamme (Lotta Kemppainen, lapsi Veeti, Pupujen ryhmä) on pyytänyt meitä välittämään teille, että Veetin kuvat ja nimitiedot poistetaan teiltä ja ettei Veetiä kuvata jatkossa lainkaan ryhmäkuviin. Hän vastustaa lapsensa tietojen käsittelyä kuvauksessa.\n\nTerveisin\nMinna Rajala\npäiväkodinjohtaja")

E("fi", "", True, "out-of-office from a school contact",
  "Hannu Väisänen <hannu.vaisanen@example.fi>", "Poissa: Koulukuvauksen aikataulu",
  "Olen poissa toimistolta 11.12. asti. Viestisi on vastaanotettu.\n\nHannu Väisänen\nVähänkyrön koulu",
  hdrs={"Auto-Submitted": "auto-replied"})

E("fi", "portability", False, "portability only, to another photographer",
  "Noora Heinonen <noora.heinonen@example.fi>", "Tietojen siirto",
  "Hei,\n\nolemme siirtymässä yhdistyksemme kanssa toiselle kuvaamolle, mutta minua koskevat tiedot: voisitteko lähettää minulle antamani tiedot ja tilaushistoriani yleisesti käytetyssä, koneluettavassa muodossa (esim. CSV), niin voin antaa ne uudelle palveluntarjoajalle. Tietoja ei tarvitse poistaa.\n\nNoora Heinonen")

E("fi", "", False, "complaint about print quality (consumer reklamaatio)",
  "Seppo Turunen <seppo.turunen@example.fi>", "Reklamaatio",
  "Tilasin 10 kpl 20x30 vedoksia ja puolet niistä on sinertäviä. Haluan uudet tilalle tai rahat takaisin. Tilaus 50911.\nSeppo Turunen")

E("fi", "restriction", False, "asks photos not deleted yet but no use, needs for court",
  "Jenni Mattila <jenni.mattila@example.fi>", "Kuvien säilyttäminen",
  "Hei,\n\nteidän pitäisi ilmeisesti poistaa vanhat kuvani säilytysajan päätyttyä, mutta tarvitsen ne todisteeksi riita-asiassa (huoltajuus). Pyydän, ettette poista niitä vielä, mutta ette myöskään käytä niitä mihinkään muuhun ennen kuin ilmoitan. Eli säilyttäkää, mutta muuten käsittely seis.\n\nJenni Mattila")

# ---------------- Swedish (9) ----------------
E("sv", "erasure", False, "subject only Swedish",
  "Kaj Westerlund <kaj.westerlund@example.fi>", "Radera mina uppgifter tack", "")

E("sv", "", False, "near-miss: var är min beställning",
  "Lena Blomqvist <lena.blomqvist@example.fi>", "Beställning",
  "Hej, var är min beställning? Jag beställde julkort för två veckor sedan och har inte fått något. Order 50744.\nLena")

E("sv", "access+objection", False, "access to data incl. browsing + objection to analytics/business development",
  "Niklas Forsman <niklas.forsman@example.fi>", "Mina uppgifter och analys",
  "Hej,\n\njag vill veta vilka uppgifter ni har om mig, särskilt vad ni samlar in om mitt surfande i webbutiken. Dessutom motsätter jag mig att ni behandlar mina besöksuppgifter för statistik och affärsutveckling.\n\nNiklas Forsman")

E("sv", "marketing_opt_out", False, "grandmother, long, request in middle",
  "Margareta Höglund <margareta.hoglund@example.fi>", "Brev från er",
  "Goddag,\n\njag är 79 år och har inte dator själv men mitt barnbarn hjälper mig att skriva. Jag var hos er för länge sedan och lät fota mig till min 75-årsdag, ett mycket fint foto som står på byrån. Nu kommer det hela tiden reklambrev och e-post från er om julkort och kalendrar. Jag vill inte ha någon mer reklam från er, varken på posten eller e-post. Annars är allt bra och tack för fotot.\n\nMargareta Höglund\nNärpes")

E("sv", "marketing_opt_out+complaint", False, "earlier opt-out ignored (reminder) + conditional DPA complaint threat",
  "Stefan Lassila <stefan.lassila@example.fi>", "Sista varningen",
  "Jag har redan en gång avregistrerat mig och får ändå era nyhetsbrev. Om det kommer ett enda till gör jag en anmälan till dataombudsmannen.\nStefan Lassila")

E("sv", "", True, "bounce from Swedish server with headers",
  "MAILER-DAEMON <postmaster@example.se>", "Olevererbart: Ditt registerutdrag",
  "Ditt meddelande kunde inte levereras till mottagaren.\n\nmottagare: eva.stenlund@example.se\nOrsak: Brevlådan är full.\n",
  hdrs={"Auto-Submitted": "auto-replied", "X-Failed-Recipients": "eva.stenlund@example.se"})

E("sv", "rectification", False, "child's surname changed, guardian",
  "Malin Eriksson <malin.eriksson@example.fi>", "Namnbyte",
  "Hej! Min son heter numera Oliver Eriksson (tidigare Oliver Mattsson). Kan ni ändra hans efternamn i era uppgifter så att det blir rätt på vårens skolfoton? Han går i Borgaregatans skola, klass 5.\nMalin Eriksson")

E("sv", "", False, "invoice due date question",
  "Peter Sandvik <peter.sandvik@example.fi>", "Faktura",
  "Hej, kan jag få förlängd förfallodag på fakturan 2026-2301 till slutet av månaden? Lönen kommer först då.\nPeter Sandvik")

E("sv", "erasure", False, "mix Swedish and English, delete account",
  "Alexandra Björk <alexandra.bjork@example.fi>", "account",
  "Hej, please kan ni delete mitt konto i webbutiken? Jag använder det inte längre och vill att alla mina uppgifter tas bort. Thanks!\nAlex")

# ---------------- English (7) ----------------
E("en", "access", False, "guardian asking what data on child from school photos",
  "Michael O'Connor <michael.oconnor@example.com>", "Data about my daughter",
  "Hello,\n\nmy daughter Siobhan (age 8) had her school photos taken by you at the international school in Vaasa. As her parent, I'd like to know what personal data you hold about her - name, class, photos, anything else - and who you share it with.\n\nRegards,\nMichael O'Connor")

E("en", "marketing_opt_out", False, "take me off your mailing list, polite",
  "Helen Ward <helen.ward@example.com>", "mailing list",
  "Hi there, could you please take me off your mailing list? I get too many emails these days. Thanks and happy holidays!\nHelen")

E("en", "", False, "price complaint, no GDPR",
  "Chris Palmer <chris.palmer@example.com>", "Prices",
  "Your passport photos cost twice as much as the place next door. I'll take my business elsewhere unless you can explain why.\nChris")

E("en", "erasure+marketing_opt_out+complaint", False, "angry; erase, stop marketing, will complain to ombudsman if not",
  "Victoria Sharp <victoria.sharp@example.com>", "Enough",
  "I have never been your customer in any meaningful sense. I bought one passport photo in 2021. Since then: newsletters, SMS, Christmas offers. Stop the marketing now and delete every bit of my personal data. If this is not done within 30 days I will file a complaint with the Data Protection Ombudsman.\n\nV. Sharp")

E("en", "", True, "mailing-list digest with List-Unsubscribe",
  "Photo Traders Forum <digest@example.com>", "[PhotoTraders] Daily digest, 12 messages",
  "Today's topics:\n1. Best printer for canvas?\n2. Selling used Canon 5D\n3. GDPR notices for school photographers - anyone have a template?\n\nTo unsubscribe from this list, use the link in the header.",
  hdrs={"List-Unsubscribe": "<mailto:leave-phototraders@example.com>", "Precedence": "list"})

E("en", "restriction", False, "asks to pause use while accuracy disputed, non-native",
  "Ji-woo Park <jiwoo.park@example.com>", "Pause my data",
  "Hello, your invoice system has my birth date and name wrong and I think maybe you mixed me with another customer. Please don't use my data for anything until you check it. I don't want deletion, only stop using until it is clear.\nJi-woo Park")

E("en", "rectification", False, "employer asks on behalf of employee to fix name on staff photo record",
  "Sarah Collins <sarah.collins@example.com>", "Name correction for one of our staff",
  "Hello,\n\none of our employees, Mikael Nurmi, asked me to pass on that his name is spelled 'Mikael Nurmi' and not 'Michael Nurmi' in your staff photo records and in the file names you delivered to us. Could you please correct this in your system?\n\nBest regards,\nSarah Collins\nHR, Nordic Engines Ltd")
