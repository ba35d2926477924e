from parts.common import E

E("fi", "portability", False, "father wants own uploaded photo-book files exported",
  "Marko Lindberg <marko.lindberg@example.fi>", "Kuvakirjojen tiedostot",
  """Hei!

Olen tehnyt teidän verkkokaupassa kolme kuvakirjaa lapsista vuosina 2022–2025 ja ladannut sinne omia kuvia satoja. Pyydän saada itse toimittamani kuvat ja tilaustiedot koneluettavassa muodossa (esim. zip + json/csv), jotta voin siirtää ne toiseen palveluun. Suora siirto toiselle palveluntarjoajalle käy myös, jos se on teknisesti mahdollista.

Marko Lindberg""")

E("fi", "", False, "grandfather: complaint about wrong size prints (near-miss)",
  "Erkki Hautala <erkki.hautala@example.fi>", "vääränkokoiset kuvat",
  """päivää. tilasin pojanpojan rippikuvia 13x18 koossa 4 kpl mutta tuli 10x15 kokoisia. tilausnumero on 449010. pyydän vaihtamaan oikeisiin tai palauttamaan rahat.
erkki hautala
ylistaro""")

E("sv", "access", False, "father asks what data the school gave Zoomi (class list) about his son",
  "Fredrik Kull <fredrik.kull@example.fi>", "Klasslistan från skolan",
  """Hej,

Vilka uppgifter om min son Elias Kull fick ni från skolan inför fotograferingen? Adress, personbeteckning, vårdnadshavarnas uppgifter? Jag vill få veta exakt vad ni har och få en kopia.

Fredrik Kull
Replot""")

E("en", "complaint", False, "parent says lodged complaint with DPA; no new request",
  "Karen Moore <karen.moore@example.com>", "Complaint filed",
  """Dear Zoomi,

For your information, I have today submitted a complaint to the Office of the Data Protection Ombudsman about the publication of my son's photo on your Instagram account without our consent, and about your failure to respond to my emails of 3 and 17 October.

Karen Moore""")

E("fi", "erasure", False, "teenager: delete my photo from your Instagram, typed casual",
  "Nea Hirvonen <nea.hirvonen@example.fi>", "instagram",
  """heii, teiän instassa on mun kuva siit ku meil oli luokkakuvaus (se jossa mä nauran). voisitteks poistaa sen, en haluu et se on siellä :( t. nea 8c""")

E("sv", "restriction", False, "contests accuracy of order record claimed by debt collector; block until checked",
  "Susanne Åkerlund <susanne.akerlund@example.fi>", "Felaktig faktura – begränsa behandlingen",
  """Hej,

Jag har fått en betalningspåminnelse för skolfoton som jag aldrig har beställt. Det verkar som om min e-postadress kopplats till ett annat barns beställning. Jag bestrider uppgiften och begär att ni begränsar behandlingen av mina uppgifter, och inte skickar dem vidare till inkasso, tills ni har kontrollerat saken.

Susanne Åkerlund""")

E("fi", "", True, "order shipped notice",
  "Zoomi Verkkokauppa <noreply@example.fi>", "Tilauksesi 449217 on lähetetty",
  """Hei,

tilauksesi 449217 on lähetetty. Seurantakoodi: JJFI64512300000998877

Tilaamasi tuotteet:
- Koulukuvapaketti S
- Lompakkokuvat 8 kpl

Terveisin Zoomi Kuvakaupat""")

E("en", "erasure+marketing_opt_out", False, "grandmother wants account gone and no ads",
  "Patricia Evans <patricia.evans@example.com>", "Please remove me",
  """Dear Zoomi team,

My grandson's school moved to another photographer so I won't be ordering any more. Please delete my customer account and all my details, and I don't want any more offers by email or post.

Kind regards,
Patricia Evans""")

E("fi", "objection", False, "father objects to processing child's photos for 'business development' / AI training",
  "Sami Kettunen <sami.kettunen@example.fi>", "Kuvien käyttö liiketoiminnan kehittämiseen",
  """Hei,

Tietosuojaselosteessanne mainitaan käyttötarkoituksena liiketoiminnan kehittäminen. Jos tämä tarkoittaa esim. lasten kuvien käyttämistä kuvankäsittelyohjelmien tai tekoälyn kehittämiseen, vastustan sitä lasteni (Aada ja Eino Kettunen) osalta. Kuvia saa käyttää vain siihen, että voimme tilata niitä.

Sami Kettunen""")

E("sv", "", False, "mother asks whether passport photo digital code still valid (near-miss)",
  "Linda Hägglund <linda.hagglund@example.fi>", "Passfoto-kod",
  """Hej, vi tog passfoto av vår son hos er i augusti men han hann aldrig ansöka om passet. Gäller fotokoden ännu eller måste vi ta ett nytt foto? Tack!""")

E("fi", "access+erasure", False, "mother of confirmation kid: what's stored from rippikoulu photos, then delete",
  "Kirsi Valkama <kirsi.valkama@example.fi>", "Rippikoulukuvat",
  """Hei,

Seurakunta tilasi teiltä rippikoululeirin ryhmäkuvat ja poikamme kuvattiin myös yksin. Haluaisin ensin tietää mitä tietoja ja kuvia pojastamme Jesse Valkamasta on teillä. Sen jälkeen pyydän että kaikki poistetaan, emme ole tilanneet mitään.

Kirsi Valkama""")

E("en", "portability", False, "short portability ask",
  "Ben Carter <ben.carter@example.com>", "Export my data",
  """Hi, can I get an export of my account data and all the photos I've uploaded to your shop in a machine-readable format so I can move them to another provider? Thanks, Ben""")

E("sv", "complaint", False, "sv: says Zoomi breaks data protection law, and will go to ombudsman if not fixed",
  "Rasmus Sjöberg <rasmus.sjoberg@example.fi>", "Ni bryter mot dataskyddsförordningen",
  """Hej,

Ni lägger ut klassfoton med fullständiga namn på varje barn i webbshoppen, så att vem som helst med en kod kan se namnen på alla barn i klassen. Det strider mot dataskyddsförordningen. Om ni inte ändrar på detta kommer jag att anmäla saken till dataombudsmannen.

Rasmus Sjöberg""")

E("fi", "rectification", False, "mother: wrong guardian email, codes go to ex-husband",
  "Henna Saarinen <henna.saarinen@example.fi>", "Kirjautumiskoodit menee väärään osoitteeseen",
  """Hei,

tyttäreni Lumin koulukuvien koodit menevät edelleen vain entiselle miehelleni. Meillä on yhteishuolto ja Lumi asuu minulla. Lisätkää minun sähköpostini (henna.saarinen@example.fi) Lumin tietoihin huoltajaksi, nyt siellä on vain hänen isänsä.

Henna""")

E("en", "", True, "list-server notice: moderation pending",
  "photo-parents-list-owner <photo-parents-list-owner@example.com>", "Your message to photo-parents awaits moderator approval",
  """Your mail to 'photo-parents' with the subject

    Re: school photos on websites

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list""",
  hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

E("fi", "erasure+complaint", False, "shop window: remove photo, already contacted tietosuojavaltuutettu",
  "Pekka Nurmi <pekka.nurmi@example.fi>", "Tyttären kuva näyteikkunassa",
  """Hei,

Tyttäremme ylioppilaskuva on edelleen näyteikkunassanne, vaikka pyysin puhelimessa kaksi viikkoa sitten poistamaan sen. Olen nyt tehnyt asiasta ilmoituksen tietosuojavaltuutetulle.

Otatte kuvan pois ikkunasta tänään.

Pekka Nurmi""")

E("sv", "erasure", False, "young adult wants old kindergarten group photo with name removed from site",
  "Wilma Strand <wilma.strand@example.se>", "Gammal gruppbild med mitt namn",
  """Hej!

När jag googlar mitt namn dyker en gruppbild från Nykarleby daghem 2008 upp på er gamla referenssida, med alla barns namn under. Kan ni ta bort den sidan eller åtminstone mitt namn och bild?

Med vänlig hälsning
Wilma Strand""")

E("en", "access", False, "reply within open access request: which ID needed",
  "Olivia Brooks <olivia.brooks@example.com>", "Re: Your access request (ref 2026-118)",
  """Hello,

Thanks for confirming you received my request for my and my son's data. You mention you need to verify that I'm his guardian — what exactly do you need? I can send an extract from the population register, would that be enough?

Olivia Brooks

> We have received your request and will respond within one month.""")

E("fi", "", False, "teacher asks to replace one pupil's photo due to illness on photo day (near-miss)",
  "Johanna Kallio <johanna.kallio@example.fi>", "Uusintakuvaus",
  """Hei,

Yksi oppilaistani (Onni H., 1B) oli sairaana kuvauspäivänä. Onko teillä uusintakuvauspäivää tulossa? Vanhemmat toivovat kovasti, että hän saa oman kuvan ja että hänet lisätään myös ryhmäkuvan nimilistaan.

Johanna Kallio
Huutoniemen koulu""")

E("sv", "marketing_opt_out", False, "sv: no more direct mail (paper catalogue) to grandparents",
  "Karl-Erik Blomqvist <karlerik.blomqvist@example.fi>", "Pappersreklam",
  """Hej,

Vi får era reklambroschyrer i postlådan flera gånger per år, fast det var bara en gång för länge sedan vi köpte kort av barnbarnens bilder. Vi vill inte ha någon direktreklam från er alls. 

Karl-Erik och Siv Blomqvist
Pörtom""")

E("fi", "access+portability", False, "formal request, access + machine-readable transfer",
  "Mari Heikkilä <mari.heikkila@example.fi>", "Tietosuojapyyntö",
  """Zoomi Kuvakaupat Oy
Tietosuoja

Pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla pääsyä minua ja alaikäistä lastani Aleksi Heikkilää (s. 2014) koskeviin henkilötietoihin, mukaan lukien käsittelyn tarkoitukset, vastaanottajat ja säilytysajat.

Lisäksi pyydän 20 artiklan nojalla, että toimitatte itse antamani tiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa.

Vastaus pyydetään sähköisesti tähän osoitteeseen.

Mari Heikkilä
Vaasa""")

E("en", "objection", False, "object to Instagram use going forward (no removal of existing)",
  "Jessica Wong <jessica.wong@example.com>", "Future use of my daughter's photos",
  """Hi,

The photo of my daughter you posted last spring can stay, it's fine. But from now on I don't want you to use her photos on Instagram or anywhere else for promotion. Please make a note of that in your system.

Jessica Wong""")

E("sv", "", True, "survey in Swedish",
  "Zoomi Kundenkät <feedback@example.fi>", "Hur nöjd var du med skolfotograferingen?",
  """Hej!

Vi vill bli bättre. Svara på vår korta enkät om höstens skolfotografering och delta i utlottningen av ett presentkort på 50 €.

Till enkäten >

Du får detta meddelande eftersom du har beställt i vår webbshop.""")

E("fi", "restriction", False, "challenging lawfulness; wants photos kept but not used (instead of deletion)",
  "Tero Mäkelä <tero.makela@example.fi>", "Kuvia ei saa poistaa eikä käyttää",
  """Hei

Lapseni kuvia on käytetty mielestäni ilman lupaa teidän mainoksessa. En halua että poistatte niitä vielä, koska haluan selvittää asian juristin kanssa ja tarvitsen todisteet. Sen ajan kun asiaa selvitetään, kuvia ei saa käyttää mihinkään. 

Tero Mäkelä""")

E("en", "access+rectification", False, "fix birth year of adult customer and send data copy",
  "Natalie Price <natalie.price@example.com>", "Incorrect date of birth",
  """Hello,

Your customer account lists my date of birth as 1998, which is wrong — I was born in 1989. Please correct it. Also I'd like a copy of everything else you have on file about me so I can check for other mistakes.

Natalie Price""")

E("sv", "access", False, "grandmother asks who sees her grandchild's photos",
  "Märta Vikström <marta.vikstrom@example.fi>", "Vem ser bilderna?",
  """Goddag,

Jag är mormor och vårdnadshavare för Leo Vikström, 8 år. Jag vill veta vilka uppgifter ni har om Leo och vilka som får se hans bilder hos er. Skicka gärna uppgifterna per post, jag läser inte e-post så ofta.

Märta Vikström
Kvevlax""")

E("fi", "erasure", False, "mother forwards child's request: remove from group photo on school site? Zoomi hosts gallery",
  "Johanna Aalto <johanna.aalto@example.fi>", "Fwd: kuva",
  """Hei, tässä alla 14-vuotiaan tyttäreni viesti minulle. Olen samaa mieltä hänen kanssaan: poistakaa hänen kuvansa teidän ylläpitämästä koulun kuvagalleriasta.

Johanna Aalto

---------- Forwarded message ---------
From: Ilona Aalto
äiti pliis pyydä niitä poistaa se mun kuva siitä galleriasta, kaikki kiusaa siitä""")

E("en", "", False, "parent asks whether school photos can be deleted after ordering — just info question",
  "Michael Hughes <michael.hughes@example.com>", "How long do you keep photos?",
  """Hi,

Just out of curiosity — how long do you normally keep the school photos after the ordering period closes? I might want to order more next year. Not asking you to do anything, just planning.

Michael""")

E("sv", "objection", False, "sv: object to use of son's photo in showcase, no removal asked (photo not yet used)",
  "Anders Nyberg <anders.nyberg@example.fi>", "Användning av bilder",
  """Hej,

Fotografen frågade min son (13) på fotodagen om han ville vara med i er "inspirationsbildbank". Han sa ja, men han förstod inte vad det betydde. Jag motsätter mig att hans bilder används i bildbanken eller i någon annan reklam. Ni får behålla dem för vår egen beställning.

Anders Nyberg""")
