from parts.common import E

E("sv", "erasure", False, "father, reply above quote: consent withdrawn for daughter's photo on website",
  "Kristian Lassila <kristian.lassila@example.fi>", "Sv: Angående bilden",
  """Hej,

Tack för svaret, men jag vill ändå att bilden på Saga tas bort från er webbsida. Jag återkallar samtycket som vi gav på blanketten i våras.

Kristian

Den 2 nov. 2026 kl. 10:14 skrev Zoomi Kundtjänst <asiakaspalvelu@example.fi>:
> Hej Kristian,
> bilden används med samtycke från vårdnadshavare enligt blanketten
> ni fyllde i 12.4.2026. Hör av dig om du har fler frågor.""")

E("fi", "", False, "mother asks when kindergarten photos are taken (near-miss)",
  "Hanna Kujala <hanna.kujala@example.fi>", "Milloin kuvaus?",
  """Moi! Tietääkö teillä milloin Päiväkoti Pikkuapilan kuvauspäivä on tänä syksynä? Meidän pitäis varata vapaapäivä ettei lapsi ole silloin mummolassa :)""")

E("en", "access+erasure+objection", False, "detailed letter from young adult: copy, delete, stop processing",
  "Oscar Whitmore <oscar.whitmore@example.com>", "Subject access and erasure request",
  """To the Data Protection Officer,

I was photographed by your company as a pupil at schools in Vaasa between 2010 and 2019. I am now 22.

1. Please provide a copy of all personal data you hold about me, including photographs, and tell me where it came from (the school or my parents).
2. Once I have received it, please erase all of it unless you are legally obliged to keep it.
3. In the meantime, cease any further processing of my photographs.

I can confirm my identity if you have genuine doubts.

Oscar Whitmore""")

E("sv", "", True, "web shop password reset code",
  "Zoomi Webbshop <noreply@example.fi>", "Din engångskod",
  """Din engångskod för inloggning är: 583 201

Koden är giltig i 10 minuter. Om du inte begärt koden kan du ignorera detta meddelande.""")

E("fi", "objection+marketing_opt_out", False, "no marketing sms, and object to analytics tracking",
  "Jukka Peltonen <jukka.peltonen@example.fi>", "tekstiviestit",
  """Heippa

Tulee jatkuvasti tekstiviestejä kuvauspäivistä ja tarjouksista, lopettakaa ne. Enkä myöskään halua että mun käyntejä teidän sivuilla seurataan analytiikalla, vastustan sitä.

Jukka P
040 555 1234""")

E("en", "", False, "question: can I get the group photo without my child's name in caption? near-miss",
  "Julia Fischer <julia.fischer@example.com>", "Names under the group photo",
  """Hi,

Quick question before we order: is it possible to get the class group photo printed without the list of names underneath? Some of us parents would prefer that for framing. Happy to pay extra.

Julia""")

E("fi", "erasure", False, "guardian of foster child: remove foster child's photo from website",
  "Marja-Liisa Pitkänen <marjaliisa.pitkanen@example.fi>", "Sijoitetun lapsen kuva",
  """Hyvä vastaanottaja

Perheessämme asuu sijoitettu lapsi, jonka kuva on päätynyt teidän kotisivuillenne esimerkkinä eskarikuvista. Lapsen turvallisuuden vuoksi hänen kuvansa ei saa olla julkisesti esillä. Pyydän, että kuva poistetaan sivuilta välittömästi. Lapsen sosiaalityöntekijä on tietoinen asiasta ja voi tarvittaessa vahvistaa.

Marja-Liisa Pitkänen
perhehoitaja""")

E("sv", "complaint", False, "sv complaint already lodged with IMY/dataskyddsombudsmannen",
  "Helena Kronqvist <helena.kronqvist@example.se>", "Klagomål",
  """Hej,

Jag vill meddela att jag i dag har lämnat in ett klagomål till Dataombudsmannens byrå i Finland gällande hur ni hanterade min begäran om att ta bort min sons bild från ert Facebookkonto. Bilden låg kvar i över sex veckor.

Helena Kronqvist""")

E("fi", "access", False, "father asks who the child's photos were shared with (recipients)",
  "Antti Virtanen <antti.virtanen@example.fi>", "Kenelle lapseni tietoja on luovutettu?",
  """Hei,

Haluan tietää, kenelle olette luovuttaneet poikani Eliaksen (Vanhan Vaasan koulu 4A) tietoja ja kuvia. Onko esimerkiksi koulu, vuosikirjan tekijä tai joku mainosyhtiö saanut niitä? Ja kauanko niitä säilytetään?

Antti Virtanen""")

E("en", "erasure", False, "mother wants child's photo off Facebook ad; consent never given",
  "Chloe Adams <chloe.adams@example.com>", "Remove my daughter's picture please",
  """Hello,

I was scrolling Facebook last night and saw your sponsored post with my daughter's kindergarten photo. I never agreed to that! Please remove it.

Chloe Adams
Sent from my iPhone""")

E("fi", "", True, "Slotti booking confirmation for passport photo, no header",
  "Slotti <no-reply@example.com>", "Varausvahvistus: Passikuva 24.11. klo 15:40",
  """Hei Matias Lehto,

varauksesi on vahvistettu.

Palvelu: Passikuva (lapsi alle 12 v)
Aika: ti 24.11. klo 15:40
Paikka: Zoomi Vaasa, Vasaratie 2 A

Muista ottaa mukaan lapsen henkilöllisyystodistus tai passi.
Peruutukset viimeistään 24 h ennen.""")

E("sv", "access", False, "mother asks for copy of consent form she signed plus all data",
  "Therese Mård <therese.mard@example.fi>", "Kopia på samtyckesblankett",
  """Hej!

Jag vill få en kopia av den samtyckesblankett som jag ska ha undertecknat för min son Albin Mård på Vasa övningsskola, samt alla andra uppgifter ni har om honom och mig. Jag minns inte att jag gett lov till något annat än själva fotograferingen.

MVH Therese""")

E("fi", "objection+complaint", False, "father objects to use in brochure and says it breaks GDPR",
  "Kimmo Laitinen <kimmo.laitinen@example.fi>", "Esite kouluille",
  """Hei

Tyttäreni kuva on teidän uudessa esitteessä jonka koulu jakoi kaikille vanhemmille. Emme ole antaneet lupaa markkinointikäyttöön. Tämä on suoraan tietosuoja-asetuksen vastaista.

Kuvaa ei saa käyttää jatkossa missään esitteessä tai muussa markkinoinnissa. Painettuja esitteitä en voi tietenkään pyytää takaisin.

Kimmo Laitinen""")

E("en", "", True, "newsletter in english",
  "Zoomi Photo Shop <news@example.fi>", "Last chance: holiday prints ship free",
  """Free shipping on all prints and photo gifts ordered by 10 December!

Log in with your school photo code and turn this year's portraits into calendars, mugs and cards.

Shop now >

You received this newsletter because you subscribed at checkout. Unsubscribe | Privacy""",
  hdrs={"List-Unsubscribe": "<mailto:unsubscribe@example.fi>", "Precedence": "bulk"})

E("fi", "rectification", False, "separated mother: child lives with her, wrong address on record",
  "Elina Koivisto <elina.koivisto@example.fi>", "lasten osoite",
  """Hei, lasten tiedoissa on edelleen isän osoite vaikka lapset asuu virallisesti mun luona. Kuvat on nyt kaksi kertaa postitettu sinne ja en oo niitä saanu. Oikea osoite: Koivukuja 3, 65320 Vaasa. Korjaatteko?

Elina""")

E("sv", "portability", False, "sv portability request for own uploaded photos and data",
  "Niklas Smeds <niklas.smeds@example.fi>", "Överföring av mina uppgifter",
  """Hej,

Jag har laddat upp egna bilder och beställt fotoböcker i er webbshop i flera år. Jag vill nu flytta allt till en annan tjänst. Jag begär därför med stöd av artikel 20 att få de uppgifter och bilder jag själv har lämnat i ett strukturerat och maskinläsbart format.

Niklas Smeds""")

E("fi", "erasure+objection", False, "father wants child's data deleted after class lists sent by school, not a customer; refuses photographing",
  "Tuomas Järvinen <tuomas.jarvinen@example.fi>", "Emme halua kuvia",
  """Hei

Koulu on toimittanut teille luokkalistan, jossa on myös meidän poikamme Veikon nimi ja meidän sähköpostiosoitteemme. Emme tilaa koulukuvia emmekä halua että teillä on tietojamme. Poistakaa Veikon ja meidän tiedot listoiltanne ja älkää kuvatko häntä yksilökuvaan.

Tuomas ja Sari Järvinen""")

E("en", "restriction", False, "preservation: don't delete photos, needed for a custody case",
  "Brian Walsh <brian.walsh@example.com>", "Please preserve records",
  """Hello,

I understand my former partner may have asked you to delete all records about our son Kieran Walsh. I'm involved in custody proceedings and the order history and the dates of the photo sessions are relevant evidence. Please preserve those records and do not delete them until the proceedings are concluded. I can provide the case reference.

Brian Walsh""")

E("sv", "", False, "grandmother asks how to pay by invoice for prints (near-miss)",
  "Ulla Sandvik <ulla.sandvik@example.fi>", "Faktura",
  """Hej,
jag har inte bankkort. Kan jag beställa barnbarnens skolfoton mot faktura? Jag är 78 år och har aldrig handlat på nätet.
Ulla Sandvik, Vörå""")

E("fi", "access+complaint", False, "second reminder, will turn to ombudsman",
  "Sirpa Harju <sirpa.harju@example.fi>", "RE: RE: tietopyyntö",
  """Tämä on jo kolmas viestini. Pyysin 1.9. kopion kaikista minua ja tyttäriäni koskevista tiedoista. Mitään ei ole kuulunut.

Jos en saa tietoja 14.12. mennessä, vien asian tietosuojavaltuutetulle.

Sirpa Harju""")

E("en", "marketing_opt_out", False, "teen asks to stop ads sent to her directly",
  "Ella Grant <ella.grant@example.com>", "stop emailing me pls",
  """hey, i keep getting your "graduation portrait" offers to my own email, i never signed up. please stop sending me ads. thanks""")

E("sv", "erasure+objection", False, "shop window photo from confirmation; remove and never use",
  "Josefin Holmberg <josefin.holmberg@example.fi>", "Konfirmationsbild i skyltfönstret",
  """Hej!

Min konfirmationsbild från i somras hänger i ert skyltfönster på Hovrättsesplanaden. Jag har inte gett lov till det (jag var 15 och mamma skrev på något om "bilder till portfolio" utan att fråga mig). 

Ta ner bilden och använd den inte i någon reklam i fortsättningen.

Josefin, 16 år""")

E("fi", "", False, "class list question: can teacher send lists via email? (near-miss, from teacher)",
  "Sari Ahonen <sari.ahonen@example.fi>", "Luokkalistojen lähetys",
  """Hei,

Meillä on rehtorin kanssa epäselvyyttä siitä, voinko lähettää luokkalistat oppilaiden nimineen tavallisena sähköpostina teille vai pitäisikö ne laittaa jonkin turvapostin kautta. Miten muut koulut toimii?

Sari Ahonen
luokanopettaja, Gerbyn koulu""")

E("en", "access", False, "asks specifically for the photos & metadata of a passport photo",
  "Liam Doyle <liam.doyle@example.com>", "Passport photo data",
  """Hi,

I had a passport photo taken for my 10-year-old at your shop in October and you sent it to the police permit server. What data did you send there along with the photo, and do you still keep a copy of the photo yourselves? Please provide me with a copy of whatever you hold on her.

Liam Doyle""")

E("fi", "rectification", False, "wrong class group on photo product, rectify in data",
  "Maria Sundberg <maria.sundberg@example.fi>", "Väärä ryhmä",
  """Moi

Meidän Aapo on merkitty teidän järjestelmään 2A luokalle, vaikka hän on 2C:llä. Sen takia ryhmäkuvaksi tuli väärä luokka. Korjatkaa tieto ja lähettäkää oikea ryhmäkuva kun tilasin sen jo.

Maria""")

E("sv", "", True, "invoice reminder from debt collection (OK-perintä style)",
  "Indrivning <noreply@example.com>", "Betalningspåminnelse 2026-10112",
  """Betalningspåminnelse

Borgenär: Zoomi Kuvakaupat Oy
Faktura: 2026-10112
Ursprungligt förfallodatum: 15.10.2026
Belopp: 38,90 € + påminnelseavgift 5,00 €

Betala senast 30.11.2026. Om fakturan redan är betald, kan du bortse från detta meddelande.""")

E("fi", "erasure+restriction", False, "delete most, but keep order data locked until refund dispute over",
  "Jaana Salonen <jaana.salonen@example.fi>", "Tietojen poisto, mutta...",
  """Hei,

Haluan että poistatte minun ja poikani tiedot ja kuvat muuten, MUTTA tilaushistoriaa ja maksutietoja en halua vielä poistettavan, koska meillä on avoin riita hyvityksestä (reklamaatio tilauksesta 446 551). Pitäkää ne tallessa mutta älkää käyttäkö niitä mihinkään muuhun kunnes asia on ratkaistu.

Jaana Salonen""")

E("en", "", False, "parent thanks for fixing an issue; no request",
  "Sophie Laine <sophie.laine@example.com>", "Re: Photo removed",
  """Thanks, I can confirm the photo is gone from the website now. Appreciate the quick response!

Sophie

On Tue, 10 Nov 2026 at 09:12, Zoomi <tietosuoja@example.fi> wrote:
> Hello Sophie, the photo has now been removed from our website.""")

E("sv", "rectification", False, "name spelled wrong in group photo caption, correct register",
  "Oskar Enlund <oskar.enlund@example.fi>", "Felstavat namn",
  """Hej! Min dotter heter Alva Enlund, inte "Alva Endlund" som det står under gruppbilden och i webbshoppen. Rätta det i era register så det inte blir fel igen nästa år. Tack /Oskar""")
