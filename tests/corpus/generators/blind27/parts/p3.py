from parts.common import E

E("fi", "erasure", False, "principal forwards a guardian's deletion request and asks us to handle it",
  "Rehtori Marko Huhtala <marko.huhtala@example.fi>", "VS: Koulukuvat / Jimi Saarinen",
  """Hei,

välitän alla olevan huoltajan viestin teille hoidettavaksi, koska kuvat ovat teidän järjestelmässä eikä koululla ole niihin pääsyä. Pyydän ilmoittamaan huoltajalle suoraan, kun asia on hoidettu.

Marko Huhtala
rehtori, Ristinummen koulu

Lähettäjä: Elina Saarinen
Lähetetty: maanantai 12. lokakuuta 2026 20.14
Vastaanottaja: Huhtala Marko
Aihe: Koulukuvat / Jimi Saarinen

Hei, haluan että Jimin (6C) kaikki koulukuvat ja tiedot poistetaan kuvaamon järjestelmästä. Hänellä on turvakielto eikä häntä olisi pitänyt kuvata ollenkaan. Voitko välittää tämän kuvaajalle?
Elina Saarinen""")

E("fi", "", False, "near-miss: school secretary sends class lists for photo day",
  "Koulusihteeri Sari Kallio <sari.kallio@example.fi>", "Luokkalistat kuvauspäivää varten",
  """Hei,

liitteenä Huutoniemen koulun luokkalistat (1A–6C) torstain kuvauspäivää varten. Listoista on poistettu ne oppilaat, joiden huoltajat ovat kieltäneet kuvauksen (merkitty erikseen välilehdelle "EI KUVATA").

Salin saa käyttöön klo 8.15 alkaen.

Terveisin
Sari Kallio
koulusihteeri""")

E("fi", "erasure", False, "HR of client firm asks to delete former employee's staff photo from archive (disputed: on behalf)",
  "Henna Östman, HR <henna.ostman@example.fi>", "Henkilökuva / entinen työntekijä",
  """Hei,

työntekijämme Maija Kivelä on lopettanut meillä 30.9. ja hän on pyytänyt, ettei hänen henkilökuvaansa käytetä enää missään. Olemme poistaneet kuvan omilta nettisivuiltamme. Pyydämme että poistatte myös teidän arkistostanne ja kuvapankistamme hänen kuvansa (henkilökuvaus toukokuu 2025).

Ystävällisin terveisin
Henna Östman
HR-asiantuntija, Pohjanmaan Putki Oy""")

E("fi", "objection", False, "staff-photo subject: don't use my photo in your own brochures (no removal asked)",
  "Kaisa Riihimäki <kaisa.riihimaki@example.fi>", "Kuvani teidän esitteessä",
  """Hei,

olin kuvattavana työpaikkamme henkilökuvauksessa keväällä. Huomasin messuilla, että minun kuvani on teidän omassa esitteessänne esimerkkinä "yrityskuvauksista". En halua, että kuvaani käytetään teidän markkinoinnissanne. Tilattu kuva työpaikan nettisivuille on ok.

Kaisa Riihimäki""")

E("fi", "marketing_opt_out", False, "elderly: daughter ordered passport photos, now monthly mail, please stop",
  "Eino Hautala <eino.hautala@example.fi>", "posti",
  """Hyvät herrat

Tyttäreni tilasi minulle passikuvat teiltä viime vuonna ja nyt minulle tulee teiltä postia melkein joka kuukausi, kaikenlaisia tarjouksia perhekuvista ja joulukorteista. Minä en niitä tarvitse, olen 84-vuotias. Voisitteko lopettaa.

Eino Hautala""")

E("fi", "access", False, "debt collection letter for photos not ordered, wants to know where the order came from and what data",
  "Pekka Kemppainen <pekka.kemppainen@example.fi>", "Perintäkirje koulukuvista??",
  """Hei

Sain eilen OK-perinnältä perintäkirjeen 58,40 € + kulut, koulukuvat Vähänkyrön koululta. Minulla ei ole lapsia siinä koulussa, eikä ole ollut koskaan. Poikani on jo 25.

Haluan tietää, mistä tämä tilaus on tullut, millä minun tiedoillani se on tehty ja mitä kaikkea tietoa teillä on minusta. Ja sen perintäjutun tietenkin pitää loppua, en maksa sitä.

Pekka Kemppainen
Vähäkyrö""")

E("fi", "", False, "near-miss: angry about payment reminder though paid, threatens consumer advice",
  "Raili Sundström <raili.sundstrom@example.fi>", "Re: Maksumuistutus lasku 2026-0788",
  """Maksoin tämän laskun jo 2.10., tiliotteesta näkyy. Lopettakaa tää muistutusten lähettely tai vien asian kuluttajaneuvontaan. Tarkistakaa kirjanpitonne.

R. Sundström

> Maksumuistutus
> Laskua 2026-0788 (22,90 €) ei ole maksettu eräpäivään mennessä.
> Muistutusmaksu 5,00 €.""")

E("fi", "access+erasure+complaint", False, "received another child's photos: who got ours? delete; says it's a data protection breach",
  "Mirja Pesonen <mirja.pesonen@example.fi>", "VÄÄRÄT KUVAT!!",
  """Hei!!

Tilasin Kuvat päiväkoti Peikkometsästä ja meille tuli ihan vieras lapsi kuvissa. Eli te ootte lähettäneet meidän Sennan kuvat jollekin toiselle perheelle?? Haluan tietää kenelle ne on menneet ja mitä muuta tietoa siinä paketissa oli (nimi, osoite?).

Ja nyt kaikki Sennan kuvat pois teidän järjestelmästä, en luota teihin enää. Tää on tietosuojarikkomus.

Se toisen lapsen kuvapaketti on täällä, palautan sen kun kerrotte miten.

Mirja Pesonen
Lähetetty iPhonesta""")

E("fi", "", False, "near-miss: invoice doesn't belong to me, wrong person",
  "Juha Rantanen <juha.rantanen@example.fi>", "Re: Lasku 2026-1155",
  """Taidatte olla väärässä osoitteessa, en ole tilannut teiltä mitään. Tää lasku ei kuulu mulle, ehkä joku toinen Juha Rantanen. Laitan laskun roskiin.

> Lasku 2026-1155, Zoomi Kuvakaupat Oy, eräpäivä 10.11.2026""")

E("fi", "restriction", False, "disputes having ordered; don't pass data to collection until resolved (disputed vs objection)",
  "Sirpa Heinonen <sirpa.heinonen@example.fi>", "kiistän tilauksen",
  """Hei,

kiistän että olisin tilannut nämä kuvat (lasku 2026-1021, kuvaus 18.9. Kuvaamo-auto Laihialla). En ollut koko päivänä Laihialla. Joku on käyttänyt minun nimeäni ja osoitettani.

Älkää siirtäkö mun tietoja perintään tai minnekään muualle ennen kuin asia on selvitetty. Selvittäkää kuka tilauksen on tehnyt.

Sirpa Heinonen
045 221 9087""")

E("fi", "access", False, "asks what photos and data you still have about daughter from preschool",
  "Minna Rajala <minna.rajala@example.fi>", "Aadan eskarikuvat",
  """Hei,

onko teillä vielä tallessa Aada Rajalan eskarikuvat vuodelta 2019 (Gerbyn päiväkoti)? Ja yleensäkin haluaisin tietää, mitä kuvia ja tietoja teillä on Aadasta tallennettuna, ja kauanko niitä säilytetään. Minusta ei ole kiva että niitä on jossain tallessa vuosikausia.

Minna Rajala, Aadan äiti""")

E("fi", "", False, "near-miss: same kind of question but wants reprints for grandparents",
  "Marjo Pitkänen <marjo.pitkanen@example.fi>", "vanhat eskarikuvat",
  """Moikka! Onko teillä vielä Eelin eskarikuvat tallessa vuodelta 2021 (Martinkosken päiväkoti)? Haluaisin tilata niistä uudestaan pari kappaletta isovanhemmille jouluksi, meiltä on hukkunut ne. Mitä maksaa?

Marjo""")

E("fi", "marketing_opt_out+rectification", False, "relative writes for grandmother: no ads, address wrong, she lives in service home",
  "Outi Manninen <outi.manninen@example.fi>", "Mummon posti",
  """Hei,

kirjoitan äitini Helvi Mannisen puolesta (hän ei käytä sähköpostia, valtakirja on). Hänelle tulee teiltä mainoksia vanhaan osoitteeseen Isolahdenkatu 12, ne ohjautuu minulle. Äiti ei halua teiltä mitään mainoksia.

Ja osoite on muutenkin väärä, hän asuu nykyään palvelutalossa: Palvelutalo Koivukoti, Ruutikellarintie 4, 65100 Vaasa. Päivittäkää se, koska hänellä on vielä yksi tilaus kesken (lapsenlapsen yo-kuvat).

Outi Manninen""")

E("fi", "portability", False, "parent: transfer children's photos and data directly to another photographer",
  "Tuomas Kallio <tuomas.kallio@example.fi>", "siirto toiselle kuvaamolle",
  """Hei,

meidän lasten koulu vaihtaa ensi vuonna kuvaajaa. Voitteko siirtää meidän perheen tiedot ja lasten kuvat (Onni ja Iida Kallio) suoraan uudelle kuvaamolle, Kuvaamo Revontulelle, niin ettei tarvitse aloittaa tyhjästä? Heidän sähköposti on info@example.test.

Tuomas Kallio""")

E("fi", "objection", False, "refuses use of own data for business development and statistics",
  "Jukka Ahonen <jukka.ahonen@example.fi>", "Tietojeni käyttö",
  """Hei. Luin tietosuojaselosteenne. Siinä sanotaan että käytätte asiakastietoja liiketoiminnan kehittämiseen. Kieltäydyn siitä, että minun tietojani ja ostohistoriaani käytetään teidän kehitystyöhön ja tilastoihin. Tilauksia saa tietysti käsitellä.

Jukka Ahonen""")

E("fi", "", False, "near-miss: kindergarten staff asks whether photo consent is needed",
  "Päivi Ström <paivi.strom@example.fi>", "kuvauslupa",
  """Hei, tarvitaanko meidän päiväkodissa huoltajilta erillinen kirjallinen kuvauslupa ennen teidän kuvauspäivää, vai riittääkö että vanhemmat ilmoittaa jos eivät halua? Onko teillä valmis lomakepohja?

Päivi Ström, varhaiskasvatuksen opettaja, päiväkoti Mustikka""")

E("fi", "erasure", False, "long letter from father in custody dispute: photos ordered by mother, delete",
  "Mikko Lahtinen <mikko.lahtinen@example.fi>", "Lasteni kuvat",
  """Hei,

olen Noora ja Elias Lahtisen isä ja toinen huoltaja. Lasteni äiti on tilannut teiltä perhekuvauksen syyskuussa, jossa lapset on kuvattu hänen uuden miehensä kanssa, ja nyt näitä kuvia on tuolla teidän verkkogalleriassa, johon on annettu linkki myös hänen sukulaisilleen.

En ole antanut tähän suostumusta enkä hyväksy sitä. Olemme eronneet kaksi vuotta sitten ja meillä on yhteishuolto, ja tällaiset asiat pitäisi päättää yhdessä. Haluan että lasten kuvat poistetaan teiltä, sekä galleriasta että tiedostoista.

Pahoittelen pitkää viestiä, mutta halusin kertoa taustan.

Mikko Lahtinen
040 555 7123""")

E("fi", "", True, "machine: webshop order confirmation, no auto header",
  "Zoomi Verkkokauppa <noreply@example.fi>", "Tilausvahvistus #W-88213",
  """Kiitos tilauksestasi!

Tilausnumero: W-88213
Päivämäärä: 27.10.2026

1 x Koulukuvapaketti L (Palosaaren koulu, 3A)      49,00 €
2 x Lisäkuva 13x18                                  19,80 €
Toimitus: Postin noutopiste                          5,90 €
Yhteensä (sis. alv 25,5 %)                          74,70 €

Maksutapa: Verkkopankki
Toimitusosoite: Hanna Paananen, Puistokatu 5 A 3, 65200 Vaasa

Saat ilmoituksen, kun tilauksesi on lähetetty. Kysyttävää? asiakaspalvelu@example.fi

Zoomi Kuvakaupat Oy – Tietosuojaseloste: https://example.fi/tietosuoja""")

E("sv", "erasure+objection", False, "school staff: pupil with protected identity, remove from catalogue and shop, must not be used",
  "Närpes skola – Ann-Sofie Lindgren <ann-sofie.lindgren@example.fi>", "Elev med skyddad identitet",
  """Hej,

vi har en elev i klass 4B som har spärrmarkering (skyddad identitet). Hon blev tyvärr fotograferad på fotodagen förra veckan eftersom listan inte var uppdaterad. Vårdnadshavaren har kontaktat oss och är mycket orolig.

Ta bort hennes bild ur klasskatalogen och ur er webbshop, och bilden får inte användas någonstans. Namnet meddelar jag per telefon, inte per e-post.

Ann-Sofie Lindgren
rektor, Närpes skola""")

E("sv", "access", False, "got advertising without ever buying; where did you get my address",
  "Karl-Erik Mattsson <karl-erik.mattsson@example.fi>", "reklam",
  """Hej! Jag fick reklam från er i postlådan fast jag aldrig har handlat hos er. Varifrån har ni fått min adress?

Karl-Erik Mattsson, Malax""")

E("sv", "", False, "near-miss: change delivery address on one order",
  "Linnea Forsman <linnea.forsman@example.fi>", "leveransadress",
  """Hej, kan man ändra leveransadressen på beställning 61200? Vi är på stugan i Bergö hela veckan. Ny adress: Bergövägen 112, 66240 Petalax. Tack!

Linnea""")

E("sv", "restriction", False, "don't delete anything about order yet, payment dispute with bank",
  "Henrik Ahlskog <henrik.ahlskog@example.fi>", "beställning 58802",
  """Hej,

radera inte något om min beställning 58802 ännu, inte heller kvittot eller mejlen. Jag har en tvist med banken om betalningen (dubbeldebitering) och behöver underlagen.

Henrik Ahlskog""")

E("sv", "marketing_opt_out+erasure", False, "unsubscribe me and delete everything",
  "Ulla Björkqvist <ulla.bjorkqvist@example.se>", "avregistrera",
  """Avregistrera mig och ta bort allt ni har om mig. Tack. /Ulla""")

E("sv", "", True, "machine: parcel on its way, no auto header",
  "PaketExpress <avisering@example.se>", "Ditt paket är på väg",
  """Hej!

Ditt paket från Zoomi Kuvakaupat Oy är på väg.

Sändningsnummer: PX 5512 8890 41
Beräknad leverans: fredag 6.11
Utlämningsställe: K-Supermarket Korsholm

Följ din leverans: https://paketexpress.example.se/sp/PX551288904

Detta är ett automatiskt meddelande och går inte att besvara.""")

E("en", "access", False, "order question mixed with what data do you hold under my name",
  "James O'Connor <james.oconnor@example.com>", "Two questions",
  """Hi,

Two questions:
1. Where is my order #W-90112? It's been over 3 weeks.
2. I keep getting post from you addressed to my ex-wife at my address, and a few times with her name and my phone number. What data do you actually hold under my name? I'd like to see it.

James""")

E("en", "access", False, "lawyer: formal Art 15 letter listing what access covers",
  "Attorney Niklas Berg <niklas.berg@example.fi>", "Data subject access request – client Ms Laura Jokinen",
  """Dear Sir or Madam,

I act for Ms Laura Jokinen (born 1984, Vaasa), whose signed authorisation is attached.

On behalf of my client I request, pursuant to Article 15 of Regulation (EU) 2016/679, confirmation as to whether or not Zoomi Kuvakaupat Oy processes personal data concerning her and, where that is the case, a copy of those data together with the following information:

(a) the purposes of the processing;
(b) the categories of personal data concerned;
(c) the recipients or categories of recipients, including the identity of any debt collection agency, and any recipients in third countries;
(d) the envisaged retention period or the criteria used to determine it;
(e) the existence of the rights to rectification, erasure, restriction and objection;
(f) the right to lodge a complaint with a supervisory authority;
(g) the source of the data, where not collected from my client;
(h) the existence of any automated decision-making, including profiling.

Please send the response electronically to this address within the time limit set by Article 12(3).

Yours faithfully,
Niklas Berg
Attorney-at-law""")

E("en", "complaint", False, "has filed complaint with Ombudsman today, controller in cc",
  "Sarah Lindholm <sarah.lindholm@example.com>", "Complaint filed – your ref ZK-2026-0377",
  """To Zoomi Kuvakaupat Oy,

For your information: today I filed a complaint with the Office of the Data Protection Ombudsman regarding your handling of my erasure request (your reference ZK-2026-0377). You confirmed on 18 September that my data had been deleted, but I received your newsletter again on 20 October, addressed by name.

The Ombudsman's office is copied on this email.

Sarah Lindholm""", to="Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>, tietosuoja@example.test")

E("en", "", True, "machine: shop 'your order has shipped', no auto header",
  "Zoomi Photo Shop <noreply@example.fi>", "Your Zoomi order #W-90455 has shipped",
  """Good news – your order is on its way!

Order: #W-90455
Items: 1 x Canvas 40x60, 1 x Photo book A4 (24 pages)
Carrier: PaketExpress, tracking PX 5512 9013 77
Estimated delivery: 2–4 business days

Track your parcel: https://paketexpress.example.se/sp/PX551290137

Questions about your order? Reply to customer service at asiakaspalvelu@example.fi.
Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa, Finland""")

E("en", "", False, "near-miss: teen wants digital files of graduation photos (product)",
  "Aleksi Koivisto <aleksi.koivisto@example.fi>", "grad pics",
  """hey can u send me the digital files of my grad photos from spring, i lost the usb. name aleksi koivisto, vaasan lyseo. do i need to pay again?""")

E("en", "erasure+objection", False, "take my photo off your Instagram, never agreed, don't use it anywhere again",
  "Isabella Moreno <isabella.moreno@example.com>", "my photo on instagram",
  """Hi, you posted my portrait from the studio session on your Instagram as a "before/after retouch" example. I never agreed to that. Take it down please, and don't use my photo anywhere again – not on Instagram, Facebook or your website.

Isabella

Sent from my Galaxy""")
