from parts.common import E

E("en", "erasure", False, "non-native writer says 'access' but means deletion of her data",
  "Marjatta Kivelä <marjatta.kivela@example.fi>", "access request",
  """Hello,

I want to make access to my data so that it is removed from your system. I have not ordered anything since 2019 when we moved from Vaasa to Tampere and there is no reason you keep my informations anymore.

So please do the access and delete everything.

Best regards
Marjatta Kivelä""")

E("en", "marketing_opt_out", False, "one-word unsubscribe reply typed by a person",
  "Dan Whitfield <dan.whitfield@example.com>", "Re: Autumn offers - 20% off canvas prints",
  """unsubscribe""")

E("en", "", False, "vague 'GDPR request' with no right named, asks how to start",
  "Priya Raghunathan <priya.r@example.com>", "GDPR request",
  """Hi team,

I would like to raise a GDPR request with your company. Could you let me know what the process is and whether there is a form I should fill in?

Thanks,
Priya""")

E("en", "access", False, "American-style formal SAR template, lightly edited",
  "Jordan Mills <jordan.mills@example.com>", "Data Subject Access Request - Jordan Mills",
  """To whom it may concern,

I am writing to make a data subject access request under Article 15 of the General Data Protection Regulation.

Please provide me with:
1. Confirmation of whether or not you process personal data about me;
2. A copy of that personal data;
3. The purposes of the processing and the categories of data concerned;
4. The recipients or categories of recipients to whom the data have been or will be disclosed;
5. The envisaged retention period or the criteria used to determine it;
6. The source of the data where it was not collected from me;
7. Whether any automated decision-making, including profiling, takes place.

For identification: I had passport photos taken at your Vaasa store in June 2025 while working at the university, and I ordered prints online with this email address.

I look forward to your response within one month as required by law.

Sincerely,
Jordan Mills""")

E("en", "access+erasure", False, "Estonian writer, wants copy then deletion, informal non-native",
  "Kadri Tamm <kadri.tamm@example.com>", "my data",
  """Tere / hello

I was customer when I lived in Finland 2021-2023, I did the school photos for my son in Gerby school. Now we live back in Tartu. Please first send me what data you have about me and my son (Rasmus Tamm) and after that delete all. I dont need the photos anymore, I have them already.

Thank you
Kadri""")

E("en", "complaint+access", False, "long angry mail, second reminder of access request, threatens DPA",
  "Graham Hollis <graham.hollis@example.com>", "SECOND REMINDER - still no reply to my subject access request",
  """This is the second time I am writing and frankly I am astonished.

On 14 September I sent you a subject access request. I asked, very clearly, for a copy of the personal data you hold about me and where you got my mobile number from, because I have been getting text messages from you about "Christmas family portraits" that I never signed up for. I have never been a customer of yours. I have never set foot in Vaasa.

No acknowledgement. No reply. Nothing. Meanwhile the texts keep coming.

You have had more than a month. You are in breach of the GDPR and I have no intention of letting this go. Unless I have a complete answer to my original request within seven days I will be filing a complaint with the Finnish Data Protection Ombudsman, and I will also be telling everyone I know exactly how your company treats people's data.

I want to know:
- what you hold on me,
- where my number came from,
- who else you have given it to.

Graham Hollis""")

E("en", "", False, "booking cancellation, near-miss",
  "Ben Carter <ben.carter@example.com>", "cancel my appointment",
  """Hi, I have a booking for passport photos on Thursday at 14:30 but I need to cancel, something came up at work. Can I rebook online or do I call?

Ben""")

E("en", "", True, "Slotti booking confirmation, no auto headers",
  "Slotti <no-reply@slotti.example.com>", "Varausvahvistus / Booking confirmation - Zoomi Kuvakaupat Vaasa",
  """Hei / Hello,

Your booking has been confirmed.

Service: Passport photo (Passikuva)
Location: Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa
Time: Wed 14.10.2026 at 10:15
Customer: Laura Nieminen

To cancel or change your booking, use the link in this message at least 24 hours before the appointment.

This message was sent automatically. Please do not reply.
Slotti""")

E("en", "rectification", False, "Indian English, name misspelled on school-photo order",
  "Anand Krishnamurthy <anand.k@example.com>", "Kindly correct spelling of my daughter's name",
  """Dear Sir/Madam,

Greetings. My daughter Aishwarya Krishnamurthy is studying in grade 3 at Vasa övningsskola. In the school photo order form and on the envelope which came home her name is written as "Aiswarya Krisnamurti". Kindly do the needful and correct her name in your records so that the photo packet and the invoice will have the right spelling.

Also my own surname is misspelled in the same way on the invoice.

Thanking you,
Anand Krishnamurthy
040 123 4567""")

E("en", "marketing_opt_out", False, "British, polite indirect opt-out",
  "Helen Ashby <helen.ashby@example.com>", "Emails",
  """Hello,

I wonder if I might ask you to stop sending me the promotional emails? I did enjoy using your shop for my wedding prints last year but I really don't need to hear about every sale. I'm not asking you to close my account, I may well order again.

Many thanks,
Helen""")

E("fi", "erasure", False, "lyhyt puhekielinen poistopyyntö ilman ääkkösiä",
  "Jani Koskinen <jani.koskinen@example.fi>", "tiedot pois",
  """moi, poistakaa kaikki mun tiedot teidan rekisterista. en oo asiakas enaa

-jani""")

E("fi", "access", False, "muodollinen tarkastuspyyntö",
  "Leena Haapala <leena.haapala@example.fi>", "Tarkastuspyyntö",
  """Hyvä vastaanottaja,

Pyydän EU:n tietosuoja-asetuksen 15 artiklan mukaisesti jäljennöksen kaikista minua koskevista henkilötiedoista, joita Zoomi Kuvakaupat Oy käsittelee asiakasrekisterissään, sekä tiedon siitä, mistä tiedot on saatu ja kenelle niitä on luovutettu.

Olen asioinut liikkeessänne viimeksi keväällä 2024 (ylioppilaskuvat tyttärelleni).

Vastauksen voi lähettää tähän sähköpostiosoitteeseen.

Ystävällisin terveisin
Leena Haapala
Mustasaari""")

E("fi", "objection", False, "vastustaa perintätoimistolle luovuttamista, kertoo tilanteestaan",
  "Tuomas Rinne <tuomas.rinne@example.fi>", "Perintä",
  """Hei

Sain kirjeen OK-perinnältä laskusta, jonka maksoin jo lokakuun alussa (kuitti liitteenä erikseen jos tarvitsette). Lasku oli myöhässä vain muutaman päivän koska olin sairaalassa.

Vastustan sitä että tietojani annetaan perintätoimistolle tämän laskun takia, koska se on maksettu eikä siinä ole mitään perittävää. En halua että nimeni on jossain perintärekisterissä.

Tuomas Rinne
040 123 4567""")

E("fi", "", False, "reklamaatio kuvan laadusta, ei tietosuoja-asia",
  "Anneli Salo <anneli.salo@example.fi>", "Valitus kuvista",
  """Hei,

Tilasin teiltä 10 kpl 13x18 kuvia ja niissä kaikissa on outo vihertävä sävy. Netissä kuvat näytti ihan normaaleilta. Voitteko tulostaa ne uudestaan tai palauttaa rahat?

Tilausnumero 448120.

t. Anneli Salo""")

E("fi", "marketing_opt_out", False, "tekstiviestimainonnan kielto, puhekieli",
  "Pekka Mäkelä <pekka.makela@example.fi>", "tekstarit",
  """Moi. Teiltä tulee koko ajan noita tekstiviestejä joulukuvista ym. En haluu niitä enää, lopettakaa. Kiitos""")

E("fi", "", True, "Business Central -laskuilmoitus ilman otsakkeita",
  "Zoomi Kuvakaupat laskutus <laskutus@example.fi>", "Lasku 2026-10431 / Zoomi Kuvakaupat Oy",
  """Hyvä asiakas,

Ohessa laskunne nro 2026-10431.

Laskun summa: 64,90 EUR
Eräpäivä: 30.10.2026
Viitenumero: 10431 26603
Tilinumero: FI12 3456 7890 1234 56

Tämä viesti on lähetetty automaattisesti, eikä siihen voi vastata. Laskua koskevat kysymykset: laskutus@example.fi

Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa, Y-tunnus 0855332-0""",
  to="Mirja Honkanen <mirja.honkanen@example.fi>")

E("fi", "erasure+objection", False, "vanhempi vaatii lapsen kuvan pois koulun nettisivuilta ja kieltää käytön mainonnassa",
  "Satu Väisänen <satu.vaisanen@example.fi>", "Lapseni kuva mainoksessa",
  """Hei,

Huomasin että tyttäreni (Ella, 7 v.) kuva on teidän Facebook-sivun mainoksessa "Koulukuvat 2026 - varaa nyt". En ole koskaan antanut lupaa siihen. Koulukuvauksessa annoin luvan vain siihen, että kuvat otetaan ja myydään meille.

Ottakaa kuva heti pois Facebookista ja kaikista muistakin paikoista. Lisäksi kiellän käyttämästä hänen kuviaan missään teidän markkinoinnissa jatkossakaan.

Satu Väisänen
Lähetetty iPhonesta""")

E("fi", "portability", False, "haluaa tilaushistorian koneluettavana toiseen palveluun",
  "Ville Heikkilä <ville.heikkila@example.fi>", "tiedot csv:nä",
  """Hei!

Onko mahdollista saada kaikki verkkokauppaan lataamani kuvat ja tilaushistoria jossain koneluettavassa muodossa (zip + csv tms)? Siirrän kuva-arkiston toiseen palveluun ja haluaisin viedä kaiken kerralla. GDPR:n siirto-oikeus tms.

Ville""")

E("fi", "rectification+marketing_opt_out", False, "sukunimi muuttunut, samalla ei halua uutiskirjettä",
  "Hanna Leppänen <hanna.leppanen@example.fi>", "Nimenmuutos",
  """Hei,

Menin naimisiin kesällä ja sukunimeni on nyt Leppänen (ennen Ojala). Voisitteko päivittää nimen asiakastietoihini. Asiakasnumero on muistaakseni 20331.

Ja samalla, voitte lopettaa uutiskirjeen lähettämisen, en ehdi lukea niitä.

Kiitos!
Hanna""")

E("fi", "complaint", False, "kertoo tehneensä jo ilmoituksen tietosuojavaltuutetulle",
  "Risto Ahonen <risto.ahonen@example.fi>", "tiedoksi",
  """Tiedoksi että olen tänään tehnyt ilmoituksen tietosuojavaltuutetun toimistoon siitä, että passikuvani näkyi toisen asiakkaan tilausvahvistuksessa. Asian käsittelynumeroa en vielä tiedä.

Risto Ahonen""")

E("sv", "access", False, "finlandssvensk, vill granska sina uppgifter",
  "Mikaela Sjöberg <mikaela.sjoberg@example.fi>", "Mina uppgifter",
  """Hej!

Jag skulle vilja granska vilka uppgifter ni har om mig och mina två barn (Elsa och Oskar Sjöberg, skolfotografering i Smedsby). Kan ni skicka en sammanställning per e-post?

Tack på förhand,
Mikaela Sjöberg
Korsholm""")

E("sv", "erasure", False, "kort, radera konto",
  "Johan Lindqvist <johan.lindqvist@example.se>", "radera konto",
  """Hej. Radera mitt konto i webbutiken och allt som hör till. Mvh Johan""")

E("sv", "marketing_opt_out", False, "avregistrering från nyhetsbrev, artig",
  "Birgitta Holm <birgitta.holm@example.fi>", "Nyhetsbrev",
  """Hej,

Vänligen avregistrera mig från ert nyhetsbrev. Jag har försökt via länken längst ner men den leder bara till en felsida.

Med vänliga hälsningar
Birgitta Holm""")

E("sv", "", True, "frånvaromeddelande på svenska utan auto-rubriker",
  "Anna-Karin Nyman <anna-karin.nyman@example.fi>", "Frånvaro: Re: Fotografering vecka 42",
  """Hej,

Jag är på semester till och med 23.10 och läser inte min e-post. I brådskande ärenden kontakta skolans kansli, tfn 06 123 4567.

Anna-Karin Nyman
Rektor, Sundom skola""")

E("sv", "restriction", False, "bestrider uppgifternas riktighet, vill att behandlingen pausas",
  "Stefan Forsman <stefan.forsman@example.fi>", "Felaktig faktura och adress",
  """Hej,

Ni har skickat en faktura och sedan en betalningspåminnelse till fel person, nämligen mig. Jag har aldrig beställt något. Någon annan har tydligen angett min adress.

Jag bestrider att uppgifterna som kopplar mig till beställningen är korrekta. Tills ni har utrett saken vill jag att ni inte använder mina uppgifter och framför allt inte lämnar dem vidare till inkasso.

Stefan Forsman
Vörå""")

E("sv", "", False, "frågar var beställningen är, near-miss",
  "Lotta Backman <lotta.backman@example.fi>", "Var är min beställning?",
  """Hej! Jag beställde förstoringar för två veckor sedan (order 447903) men har inte fått något. Kan ni kolla? /Lotta""")

E("en", "", True, "newsletter from the company itself bounced into the mailbox",
  "Zoomi Kuvakaupat <uutiset@example.fi>", "Joulukuvat nyt -20% | Christmas photos now -20%",
  """Zoomi Kuvakaupat - Joulu 2026

Varaa perheen joulukuvaus nyt ja saat 20 % alennuksen kaikista kuvatuotteista.
Book your family Christmas session now and get 20% off all print products.

Varaa / Book: https://www.example.fi/varaa

Et halua enää uutiskirjettä? Peruuta tilaus tästä.
Don't want these emails? Unsubscribe here.

Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa""",
  hdrs={"List-Unsubscribe": "<mailto:unsubscribe@example.fi>", "Precedence": "bulk"})

E("en", "erasure+objection", False, "Russian writer, deletion and stop processing",
  "Olga Smirnova <olga.smirnova@example.com>", "Delete my personal information",
  """Good day.

I ask you to delete all my personal information from your databases, including photos from 2022 (visa photo) and my phone number. Also I ask to stop any further processing of my data from today.

I am not happy that after 4 years I still receive SMS from you.

With respect,
Olga Smirnova""")

E("en", "restriction", False, "preservation notice for a dispute, don't delete",
  "Thomas Becker <thomas.becker@example.com>", "Please preserve records - order 445871",
  """Hello,

I am in a dispute with my former employer about staff photos that your company took of me in March 2026 and which are still on their website. I am taking this up with them separately.

Please do not delete any records relating to that photo session (the order from the employer, any consent forms, the booking, the photo files and e-mails). I need them preserved until the dispute is resolved. Please confirm that you have put a hold on them.

Regards,
Thomas Becker""")

E("en", "", False, "developer asking how the privacy mailbox handles requests, no request",
  "Sam Okafor <sam.okafor@example.com>", "Question about your privacy process",
  """Hi,

I'm writing a university thesis on how small Nordic companies handle GDPR data subject requests. Would someone be willing to answer a few questions (15 min call or e-mail) about how you receive requests, how long you usually take and whether you use any tools?

No personal data requests from me, just research.

Best,
Sam Okafor
MSc student""")
