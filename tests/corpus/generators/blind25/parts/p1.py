from parts.common import E

E("fi", "erasure", False, "mother wants child's photo removed from kindergarten website gallery",
  "Minna Koskela <minna.koskela@example.fi>", "Lapsen kuva nettisivuilla",
  """Hei,

huomasin että teidän nettisivujen "Päiväkotikuvaus 2026" -galleriassa on meidän Eetun (Päiväkoti Vilske, Kastanjat-ryhmä) kuva ihan isona esimerkkikuvana. En ole antanut siihen lupaa, lupalomakkeessa rastitin vain että kuvat saa toimittaa päiväkodille.

Ottakaa kuva pois sivuilta mahdollisimman pian.

Terveisin
Minna Koskela
040 123 4567""")

E("fi", "", False, "grandmother asks how to order extra prints of grandchild's school photo",
  "Raili Niemi <raili.niemi@example.fi>", "kuvien tilaus",
  """hyvää päivää

haluaisin tilata lapsenlapsen koulukuvia lisää, hän on Onkilahden koulun 3B luokalla nimi Aino Niemi. äiti sanoi että tilauskoodi on lapun takana mutta lappu on hukassa. voiko kuvia tilata puhelimella, en oikein osaa tuota nettikauppaa.

t. Raili Niemi
puh 050 765 4321""")

E("sv", "erasure+objection", False, "father wants daughter's photo taken down from Instagram and not used in ads",
  "Johan Westerlund <johan.westerlund@example.fi>", "Min dotters bild på ert Instagram",
  """Hej,

Min dotter Ella (11 år) syns på er Instagram i ett inlägg om "höstens skolfotografering" från Gerby skola. Vi har aldrig gett lov till att hennes bild används i reklam.

Ta bort inlägget, och jag motsätter mig att ni använder hennes bilder i er marknadsföring över huvud taget, nu eller senare.

Mvh
Johan Westerlund""")

E("en", "access", False, "expat parent asks what data is held about her son from school photos",
  "Rachel Turner <rachel.turner@example.com>", "What do you hold about my son?",
  """Hello,

My son Oliver Turner-Mäkinen is in grade 2 at Vaasa International School, and your company took his school photo in September. I'd like to know what personal data you hold on him (and on me, since I placed the order): the photos themselves, names, class information, any order history.

Could you send me a copy of everything please? I'm his mother and guardian.

Thanks,
Rachel Turner""")

E("fi", "", True, "order confirmation from the online shop (no auto headers)",
  "Zoomi Verkkokauppa <noreply@example.fi>", "Tilausvahvistus #448120",
  """Kiitos tilauksestasi!

Tilausnumero: 448120
Tuotteet:
  1 x Koulukuvapaketti M (13x18 + 2 x 9x13 + 8 lompakkokuvaa)   34,90 €
  1 x Ryhmäkuva 20x30                                            12,00 €
Toimitus: Posti, kirje                                           3,90 €
Yhteensä:                                                       50,80 €

Toimitusarvio 5–8 arkipäivää.

Tähän viestiin ei voi vastata. Asiakaspalvelu: asiakaspalvelu@example.fi""")

E("sv", "", False, "mother complains about a blurry group photo, wants reprint (near-miss)",
  "Sofia Björkqvist <sofia.bjorkqvist@example.fi>", "Gruppbilden är suddig",
  """Hej!

Vi fick hem gruppbilden från Vikinga daghem idag och den är tyvärr helt suddig i högra kanten, där sitter vår Linnea och man ser knappt vem det är. Kan ni skriva ut en ny eller är det själva fotot som är misslyckat? Vi har betalat 12 euro för den.

Hälsningar Sofia""")

E("fi", "erasure+marketing_opt_out", False, "father: delete our data after divorce address change, no more ads",
  "Jari Lahtinen <jari.lahtinen@example.fi>", "Poistakaa tiedot ja mainokset pois",
  """Moi

Saan teiltä edelleen mainossähköposteja "Kevään koulukuvat tulossa!" vaikka lapset on jo lukiossa. Poistakaa mun tiedot teidän asiakasrekisteristä kokonaan ja älkää lähettäkö enää mitään markkinointia.

Jari Lahtinen""")

E("en", "", True, "out-of-office auto reply from a teacher",
  "Emily Harper <emily.harper@example.com>", "Automatic reply: Class list for photo day",
  """Thank you for your message. I am out of the office until Monday 12 October with limited access to email.

For urgent matters regarding Grade 4 please contact the school office at office@example.com.

Best regards,
Emily Harper""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("fi", "erasure+objection", False, "confirmation student: photo out of shop window and no further use as advert",
  "Veera Salo <veera.salo@example.fi>", "rippikuva teiän ikkunassa",
  """moi

mun rippikuva on teiän liikkeen näyteikkunassa hovioikeudenpuistikolla ja kaikki mun kaverit on nähny sen. en halua et sitä käytetään mainoksena enää, älkää pitäkö sitä siellä ikkunassa tai missään muussakaan mainoksessa.

veera salo (täytin 16 kesällä)""")

E("sv", "access", False, "grandmother who is guardian asks what data they have on grandchildren",
  "Gunilla Åström <gunilla.astrom@example.fi>", "Begäran om uppgifter",
  """Goddag,

Jag är förmyndare/vårdnadshavare för mina två barnbarn, Axel och Wilma Åström, sedan ett år tillbaka (beslut från tingsrätten kan jag skicka). De har fotograferats av er både på daghemmet och i skolan.

Jag vill gärna få veta vilka uppgifter ni har sparat om dem och om mig, och vem ni har lämnat dem till.

Vänliga hälsningar
Gunilla Åström
Smedsby""")

E("fi", "rectification", False, "wrong name spelling printed on class photo and in register",
  "Päivi Hakala <paivi.hakala@example.fi>", "Väärä nimi luokkakuvassa",
  """Hei!

Tyttären nimi on kirjoitettu luokkakuvan nimilistaan väärin, "Emmi Hakkala" vaikka oikein on Emmi Hakala (yksi k). Sama virhe on myös tilaussivulla kun kirjauduin koodilla, eli se on ilmeisesti väärin teidän järjestelmässä. Korjaisitteko sen, ettei se mene ensi vuonnakin väärin.

Ja jos nimilista tulostetaan uudestaan niin kiva jos saisi korjatun kuvan, mutta pääasia että tieto korjataan.

Päivi Hakala
Kotiranta""")

E("en", "erasure", False, "young adult wants old school photos from their childhood deleted",
  "Noah Lindqvist <noah.lindqvist@example.com>", "Delete my old school photos",
  """Hi,

I'm 19 now. My parents ordered school photos from you every year from 2013 onward (Vöyri, then Vaasa). I assume you still have them in your archive. I don't want you keeping photos of me anymore, please delete all of them and any data connected to me.

Thanks
Noah""")

E("fi", "complaint", False, "angry father: photo on Facebook after consent refused, will report to tietosuojavaltuutettu",
  "Timo Rautio <timo.rautio@example.fi>", "VALITUS: lapseni kuva facebookissa",
  """Hyvät vastaanottajat,

Ilmoitimme lupalomakkeella selvästi, ettei poikamme kuvaa saa käyttää markkinoinnissa. Silti hänen kuvansa on ollut Facebook-sivullanne kaksi viikkoa. Poistitte sen kun soitin, mutta tämä on mielestämme selvä tietosuoja-asetuksen rikkomus.

Olemme tänään tehneet asiasta ilmoituksen tietosuojavaltuutetun toimistoon. Haluamme tiedoksi, kuinka moni näki kuvan ja miten vastaavat tilanteet jatkossa estetään.

Timo ja Anne Rautio""")

E("sv", "", True, "Slotti booking reminder for confirmation photo session",
  "Slotti <no-reply@example.com>", "Påminnelse: Konfirmandfotografering 14.11 kl 13:20",
  """Hej Amanda Sjöholm,

Detta är en påminnelse om din bokning:

Konfirmandfotografering, Zoomi Vasa
Lördag 14.11 kl 13:20 (20 min)
Adress: Vasaratie 2 A, Vasa

Avboka eller flytta senast 24 timmar innan via länken i din bokningsbekräftelse.

Detta meddelande har skickats automatiskt.""",
  hdrs={"Auto-Submitted": "auto-generated"})

E("fi", "access+portability", False, "mother wants all photos of her kids in a downloadable form plus data copy",
  "Sanna Mattila <sanna.mattila@example.fi>", "Kaikki lasten kuvat ja tiedot",
  """Hei,

Pyydän kopiota kaikista tiedoista, joita teillä on minusta ja lapsistani (Leevi 9 v ja Olivia 6 v Mattila): tilaukset, osoitteet, kuvat.

Lisäksi haluan, että toimitatte ne kuvat ja tiedot jotka olen itse antanut/tilannut koneluettavassa muodossa niin että voin siirtää ne toiseen palveluun (esim. zip-tiedosto alkuperäisinä jpg:inä + tilaushistoria csv:nä). Olen lukenut että minulla on oikeus siirtää tiedot järjestelmästä toiseen.

Ystävällisin terveisin
Sanna Mattila""")

E("en", "", False, "parent asks about consent form before photo day (near-miss, no request)",
  "Daniel Okafor <daniel.okafor@example.com>", "Question about the photo consent form",
  """Hello,

We received the consent form for the kindergarten photo day on 3 November. It has a box "photos may be used in Zoomi's marketing". If we leave it unticked, will our daughter still get her individual photo taken normally? Just want to be sure she's not left out.

Kind regards,
Daniel Okafor""")

E("fi", "restriction", False, "separated father: don't delete / freeze photo orders, custody dispute",
  "Mikko Heinonen <mikko.heinonen@example.fi>", "Tietojen säilyttäminen – huoltoriita",
  """Hei,

Olemme lasten äidin kanssa riidassa lasten huollosta ja tapaamisista. Äiti on ilmeisesti pyytänyt teiltä lasten tietojen ja kuvien poistoa. Pyydän ettette poista mitään lapsiamme (Aleksi ja Ronja Heinonen, Ristinummen koulu) koskevia tietoja tai tilaushistoriaa ennen kuin käräjäoikeuden asia on ratkaistu, tarvitsen niitä näytöksi siitä kuka on tilannut ja maksanut kuvat. Lukitkaa tiedot niin ettei niitä käytetä muuhun.

Olen lasten yhteishuoltaja.

Mikko Heinonen
044 987 6543""")

E("sv", "erasure", False, "teenager wants her photo off the webshop front page",
  "Ida Forsman <ida.forsman@example.fi>", "bilden på er hemsida",
  """hej

det är jag som är på första sidan i er webbshop med studentmössan. jag fattar att mamma sa ja för tre år sen men jag är 18 nu och vill inte att den ligger där. kan ni ta ner den?

/Ida""")

E("en", "marketing_opt_out", False, "grandfather: stop sending promotional emails",
  "George Whitfield <george.whitfield@example.com>", "Unsubscribe",
  """Dear Sir or Madam,

I ordered some prints of my grandchildren last Christmas and since then I receive your promotional emails almost every week. I did not sign up for these. Kindly stop sending me marketing of any kind.

The unsubscribe link at the bottom of your emails gives an error page.

Yours faithfully,
George Whitfield""")

E("fi", "", True, "newsletter: christmas card campaign",
  "Zoomi Kuvakaupat <uutiskirje@example.fi>", "Joulukortit lapsen koulukuvasta -20 %",
  """Tee tämän vuoden joulukortit lapsen koulukuvasta!

Nyt kaikki korttipohjat -20 % 13.12. asti koodilla JOULU26.
Tilaa helposti verkkokaupassa: kirjaudu koulukuvan tunnuksella ja valitse "Kortit".

Et halua enää uutiskirjettä? Peru tilaus tästä.
Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa""")

E("sv", "access+erasure", False, "mother: tell me what you have, then delete everything about my son",
  "Anna-Karin Nyman <annakarin.nyman@example.fi>", "Min sons uppgifter",
  """Hej,

Vi har flyttat till Sverige och min son Max Nyman går inte längre i Sundom skola. Jag vill först veta vilka uppgifter och bilder ni har om honom, och sedan att ni raderar allt som inte måste sparas enligt lag.

Tack på förhand
Anna-Karin Nyman""")

E("fi", "access", False, "short, poorly typed access request by teen",
  "Aleksi Ketola <aleksi.ketola@example.fi>", "tiedot",
  """moro, mitä tietoja teil on musta? oon aleksi ketola synt 2010, kuvattu ainaki yläkoulun kuvissa. haluun nähä ne""")

E("en", "rectification", False, "class list has wrong guardian email, ask to fix",
  "Priya Nair <priya.nair@example.com>", "Wrong email address on my daughter's record",
  """Hi there,

I never got the login code for my daughter Anika's school photos. The school office told me you got the class list with the guardian emails, and it seems mine was typed as priya.niar@example.com. Could you correct it to priya.nair@example.com on her record so the codes come to me?

Thanks a lot,
Priya""")

E("fi", "erasure", False, "mother: photo of her child in a group photo on day-care's Facebook came via Zoomi; asks Zoomi to remove from own site",
  "Laura Nieminen <laura.nieminen@example.fi>", "Re: Ryhmäkuva",
  """Hei uudestaan,

kiitos vastauksesta. Ymmärrän että päiväkodin oma Facebook ei ole teidän hallussa, mutta tuo sama ryhmäkuva on myös teidän sivulla referensseissä. Sieltä haluan sen pois, koska meidän lapsemme on turvakiellon piirissä eikä hänen kuvansa saa näkyä julkisesti missään.

Laura Nieminen

> Hei Laura,
> päiväkodin Facebook-sivusta vastaa päiväkoti itse, joten pyydämme olemaan
> yhteydessä heihin suoraan.
> Ystävällisin terveisin, Zoomi asiakaspalvelu""")

E("sv", "", False, "grandfather asks for a reprint of a 2019 photo (near-miss)",
  "Bertel Holm <bertel.holm@example.fi>", "Kan man ännu beställa gamla skolfoton?",
  """Hej,

Mitt barnbarn Oskar gick i Korsholms lågstadium 2019 och då tog ni en väldigt fin bild på honom. Hans föräldrar har tappat bort koden. Finns bilden ännu kvar hos er så att jag kunde beställa en förstoring 20x30 till hans farmor? 

Bertel Holm
050 234 5678""")

E("en", "objection", False, "parent objects to using child's photo in sample brochure, no removal asked",
  "Laura Bennett <laura.bennett@example.com>", "Your 2027 brochure",
  """Hello,

The kindergarten told us that you plan to use some of this autumn's photos in your next brochure for schools. I object to you using any photo of our son Finn Bennett for that or any other advertising. His photos are for our family only.

Regards,
Laura Bennett""")

E("fi", "", True, "invoice notice from Business Central style system",
  "Zoomi Kuvakaupat laskutus <laskutus@example.fi>", "Lasku 2026-10455 Zoomi Kuvakaupat Oy",
  """Hyvä asiakas,

Liitteenä lasku 2026-10455.

Laskun summa: 46,80 EUR
Eräpäivä: 20.11.2026
Viitenumero: 1044 5520 11
Tilinumero: FI12 3456 7890 1234 56

Tämä on automaattisesti lähetetty viesti, ethän vastaa tähän.""")

E("fi", "erasure+complaint", False, "father: separated mother posted? no - Zoomi published child photo; delete and if not done goes to valvontaviranomainen",
  "Petri Kangas <petri.kangas@example.fi>", "Poikani kuva mainoksessanne",
  """Päivää.

Poikani Oskari Kangas (7 v) kuva on teidän Instagram-mainoksessa "Eskarikuvat 2026". Minä olen toinen huoltaja enkä ole koskaan hyväksynyt tätä, eikä lasten äitikään sano antaneensa lupaa.

Vaadin että kuva poistetaan heti kaikista kanavista. Jos tätä ei ole tehty viikon kuluessa, teen valituksen tietosuojavaltuutetulle.

Petri Kangas""")

E("sv", "rectification", False, "name change after adoption / new surname should be fixed",
  "Malin Grönroos <malin.gronroos@example.fi>", "Namnbyte",
  """Hej,

Vår dotter heter sedan i somras Elsa Grönroos (tidigare Elsa Lind). På höstens skolfotolapp står fortfarande det gamla efternamnet och hon blev ledsen. Kan ni ändra namnet i era uppgifter så att det blir rätt i fortsättningen?

Malin och Henrik Grönroos""")

E("en", "", False, "teacher sends updated class list for photo day (near-miss)",
  "Hannah Miller <hannah.miller@example.com>", "Updated class list 5A",
  """Hi,

Attached is the updated class list for 5A for Thursday's photo session. Two new pupils joined (Lucas B. and Mira S.), and Sam K. has moved away so please remove him from the list for the group photo caption.

See you Thursday!
Hannah Miller
Class teacher, 5A""")
