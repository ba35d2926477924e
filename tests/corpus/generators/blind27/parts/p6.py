from parts.common import E

E("fi", "access", False, "forwards machine 'account details updated' notice: I changed nothing, who did, want to see login data",
  "Sari Mustonen <sari.mustonen@example.fi>", "VL: Tilisi tiedot on päivitetty",
  """Hei,

en ole muuttanut mitään tietojani! Kuka on päivittänyt mun tilin ja mitä sinne on muutettu? Haluan nähdä mitä tietoja mun tilillä nyt on ja mistä sinne on kirjauduttu viime aikoina.

Sari Mustonen

-------- Välitetty viesti --------
Lähettäjä: Zoomi Verkkokauppa <noreply@example.fi>
Aihe: Tilisi tiedot on päivitetty
Hei, tilisi yhteystiedot (toimitusosoite, puhelinnumero) päivitettiin 4.11.2026 klo 02.13.
Jos et tehnyt muutosta, ota yhteyttä asiakaspalveluun.
Tämä on automaattinen viesti.""")

E("fi", "", True, "machine: parcel delivered to recipient, no auto header",
  "Pakettipiste <ilmoitukset@example.fi>", "Lähetys on luovutettu vastaanottajalle",
  """Lähetys JJFI65432100052290 on luovutettu vastaanottajalle 12.11.2026 klo 17.42.

Lähettäjä: Zoomi Kuvakaupat Oy
Noutopiste: S-Market Sepänkylä

Kiitos että käytit palveluitamme! Kerro kokemuksestasi: https://pakettipiste.example.fi/palaute

Tämä on automaattinen viesti, älä vastaa siihen.""")

E("fi", "", True, "machine: newsletter tool weekly report listing unsubscribes, no auto header",
  "Postitustyökalu <raportit@example.com>", "Viikkoraportti: Zoomi uutiskirje vk 45",
  """Viikkoraportti – lista "Zoomi asiakkaat FI"

Lähetetyt kampanjat: 2
Vastaanottajia: 8 412
Avausprosentti: 31,2 %
Klikkausprosentti: 4,8 %

Peruutukset (unsubscribe): 27
Palautuneet (hard bounce): 14
Roskapostiraportit: 2

Peruuttaneet osoitteet on siirretty estolistalle automaattisesti. Lataa CSV: https://postitus.example.com/r/zoomi/vk45

Tämä raportti on lähetetty automaattisesti.""")

E("fi", "objection", False, "reply to photo-day letter: child must not be photographed, name must not be given to you",
  "Ilkka Väliaho <ilkka.valiaho@example.fi>", "Re: Tiedote: Koulukuvaus Kappelinmäen koululla 5.11.",
  """Hei,

en halua että meidän lasta (Aleksi Väliaho, 2B) kuvataan ollenkaan, eikä hänen nimeään tai muita tietojaan saa käyttää teidän järjestelmissä tätä kuvausta varten. Olen ilmoittanut saman koululle.

Ilkka Väliaho

> Hyvät huoltajat,
> Zoomi Kuvakaupat kuvaa Kappelinmäen koulun oppilaat torstaina 5.11. Saatte kuvauksen jälkeen
> henkilökohtaisen tunnuskoodin, jolla kuvat voi katsoa ja tilata verkkokaupasta.""")

E("fi", "erasure+complaint", False, "third attempt at deletion; otherwise complaint to the Ombudsman",
  "Marko Paavola <marko.paavola@example.fi>", "Kolmas yritys – tietojen poisto",
  """Hei,

tämä on kolmas kerta kun pyydän: poistakaa kaikki minun ja poikani Jesse Paavolan tiedot ja kuvat. Ensimmäinen viesti meni teille elokuussa, toinen syyskuussa. Kumpaankaan ei ole vastattu.

Jos tähän ei tule vastausta kahden viikon sisällä, valitan tietosuojavaltuutetulle.

Marko Paavola""")

E("fi", "rectification", False, "invoice to different address for order, and fix surname spelling in customer data",
  "Jouni Hämäläinen <jouni.hamalainen@example.fi>", "lasku ja nimi",
  """Moi

Tilasin lasten kuvat ja haluaisin laskun mieluummin työpaikan osoitteeseen (Wärtsilänkatu 4, Vaasa, viite "Hämäläinen"). Ja samalla korjatkaa mun sukunimi asiakastietoihin, siellä lukee Hamalainen ilman pisteitä. Oikein on Hämäläinen.

Jouni""")

E("fi", "marketing_opt_out", False, "one-word POISTA reply to newsletter",
  "Raija Kiiskinen <raija.kiiskinen@example.fi>", "Re: Isänpäivä: lahjaksi kuvakirja",
  """POISTA

> Isänpäivä lähestyy! Kuvakirjat nyt -25 %.
> Et halua enää viestejämme? Peruuta tilaus.""")

E("fi", "", False, "near-miss: school asks for consent form in Swedish",
  "Anna Nordling <anna.nordling@example.fi>", "Lomake ruotsiksi",
  """Hei! Lähettäkää meille se kuvauslupalomake myös ruotsiksi, meidän koulussa on ruotsinkielisiä perheitä jotka kyseli. Kiitos!

Anna Nordling
Pilvilinnan koulu""")

E("fi", "marketing_opt_out+erasure+objection", False, "long angry: stop ads, delete everything, don't use child's photos for anything",
  "Elina Räty <elina.raty@example.fi>", "RIITTÄÄ",
  """Nyt riittää.

Joka viikko tulee joku mainos, sähköpostiin ja tekstarina, vaikka ostin teiltä kerran koulukuvat kolme vuotta sitten. Lopettakaa mainosten lähettely heti. Poistakaa kaikki tiedot minusta ja tyttärestäni rekisteristänne. Ja älkää käyttäkö mun lapsen kuvia yhtään mihinkään, ei mainoksiin eikä "esimerkkikuviksi".

En tilaa teiltä enää mitään.

Elina Räty""")

E("fi", "restriction", False, "police report for identity misuse; keep order data, don't delete",
  "Tarja Sillanpää <tarja.sillanpaa@example.fi>", "Rikosilmoitus / tilaukset nimissäni",
  """Hei,

olen tehnyt rikosilmoituksen (poliisin diaarinumero on minulla), koska joku on tilannut teiltä kuvatuotteita minun nimissäni ja osoitteellani lokakuussa. Poliisi pyysi, että tilaustiedot ja niihin liittyvät IP-osoitteet yms. säilytetään tutkintaa varten.

Älkää siis poistako niitä tilauksia tai tietoja, vaikka ne eivät ole minun tekemiäni.

Tarja Sillanpää""")

E("fi", "access", False, "short from phone: what data do you have about our family",
  "Ville Karhu <ville.karhu@example.fi>", "tiedot",
  """Mitä tietoja teillä on meidän perheestä? Meitä on 2 aikuista ja 3 lasta, kaikkia kuvattu teillä.

Lähetetty iPhonesta""")

E("fi", "", False, "near-miss: journalist 'tietopyyntö' for business info",
  "Toimittaja Laura Saari <laura.saari@example.fi>", "Tietopyyntö: koulukuvaus Vaasassa",
  """Hei,

teen juttua Pohjalaisen Viikkoon koulukuvauksen hinnoista. Kuinka monen Vaasan koulun kanssa teillä on sopimus tänä vuonna, ja paljonko perus-kuvapaketti maksaa? Entä onko hinnat nousseet viime vuodesta?

Laura Saari
toimittaja""")

E("fi", "", False, "change of mind: withdraws earlier marketing ban, may send offers again",
  "Petteri Lindfors <petteri.lindfors@example.fi>", "tarjoukset",
  """Hei, peruutan aiemman markkinointikieltoni. Saatte lähettää taas tarjouksia sähköpostiin, niistä oli oikeastaan hyötyä joulukorttien kanssa.

Petteri""")

E("fi", "objection", False, "objects to using customer data for service development",
  "Kirsi Laine <kirsi.laine@example.fi>", "asiakastietojen käyttö",
  """Vastustan sitä, että käytätte asiakastietojani ja tilaushistoriaani palvelunne kehittämiseen ja asiakasanalyyseihin. Muuten saa käsitellä normaalisti.

Kirsi Laine""")

E("fi", "access+rectification", False, "mail comes under two names: what do you have, fix to one",
  "Laura Mäkelä <laura.makela@example.fi>", "kaksi nimeä",
  """Hei! Mulle tulee teiltä postia kahdella eri nimellä, "Laura Mäkelä" ja "Laura Mäkelä-Storm" (vanha nimi). Mitä tietoja teillä on oikein musta? Ja korjatkaa niin että on vaan yksi, Laura Mäkelä.

Laura""")

E("fi", "erasure", False, "kindergarten parent phone-typed: delete all of Veera's photos and data, moved",
  "veeran äiti <hanna.kurki@example.fi>", "veera",
  """poistakaa kaikki veeran kuvat ja tiedot, muutettiin pois vaasasta. päiväkoti kissankello. t. veeran äiti (Hanna Kurki)""")

E("fi", "portability", False, "data transfer request: provided data and order history in JSON",
  "Antti Salmela <antti.salmela@example.fi>", "Tietojen siirtopyyntö",
  """Hei,

tämä on tietojen siirtopyyntö. Haluan teille toimittamani tiedot ja tilaushistoriani koneluettavassa muodossa (JSON käy), jotta voin siirtää ne toiseen järjestelmään.

Antti Salmela""")

E("fi", "", False, "near-miss: wrong person reply",
  "Jari Niemelä <jari.niemela@example.fi>", "Re: Tilauksesi W-90877",
  """Väärä henkilö, en ole se Jari Niemi jota haette. Mun osoite on ilmeisesti kirjoitettu väärin jonnekin.

> Hei Jari Niemi, tilauksesi W-90877 odottaa maksua.""")

E("sv", "erasure", False, "graduation done, delete children's photos",
  "Kristina Holmström <kristina.holmstrom@example.fi>", "våra barns bilder",
  """Hej,

båda våra barn har nu tagit studenten och vi vill inte ha deras bilder kvar hos er. Radera allt om Oskar och Wilma Holmström, skolfoton från åk 1 framåt.

Kristina Holmström""")

E("sv", "complaint", False, "has lodged complaint with Ombudsman about handling of request",
  "Tobias Åkerlund <tobias.akerlund@example.fi>", "Klagomål",
  """Hej,

jag har lämnat in ett klagomål till Dataombudsmannen angående er hantering av min begäran om radering i september. Jag ville att ni ska veta det.

Tobias Åkerlund""")

E("sv", "", False, "near-miss: wrong amount on invoice",
  "Lena Byskata <lena.byskata@example.fi>", "faktura",
  """Hej, fakturan 2026-1210 har fel summa, vi beställde bara paket S (29 €) men fakturan är på 49 €. Kan ni skicka en ny?

Lena""")

E("sv", "", True, "machine: payment reminder from invoicing system, no auto header",
  "Zoomi Kuvakaupat Oy – fakturering <laskutus@example.fi>", "Betalningspåminnelse faktura 2026-0944",
  """Betalningspåminnelse

Enligt vår bokföring har följande faktura inte betalats:

Faktura:        2026-0944
Förfallodag:    15.10.2026
Belopp:         31,50 EUR
Påminnelseavgift: 5,00 EUR
Att betala:     36,50 EUR
Referens:       09441 22019

Om fakturan inte betalas inom 14 dagar överlämnas ärendet till inkasso.
Om du redan har betalat kan du bortse från detta meddelande.

Meddelandet har skapats automatiskt.""")

E("sv", "access+objection", False, "why did you give data to collection agency; I object",
  "Niklas Sundqvist <niklas.sundqvist@example.fi>", "inkasso",
  """Varför har ni gett mina uppgifter till inkassobolaget? Vilka uppgifter har de fått? Jag motsätter mig att de behandlar dem, fakturan var redan reklamerad.

Niklas Sundqvist""")

E("sv", "restriction", False, "lock my data until you've investigated whether I ordered",
  "Maja Kvist <maja.kvist@example.fi>", "Beställning jag inte gjort",
  """Hej,

det har kommit en faktura till mig för en fotobok som jag aldrig har beställt. Lås mina uppgifter och använd dem inte till något, varken fakturering eller inkasso, tills ni har utrett om det verkligen var jag som beställde.

Maja Kvist""")

E("en", "", False, "near-miss: password reset link expires too fast",
  "Ben Taylor <ben.taylor@example.com>", "password reset",
  """Hi, is the password reset link supposed to expire in 10 minutes? Your email took 20 min to arrive so I can never use it. Can't log in to order the class photos. Ben""")

E("en", "access", False, "17-year-old asks what info you have on me",
  "Oona Fagerström <oona.fagerstrom@example.fi>", "my info",
  """hi what info do u have on me? im 17, you've done my school photos since like 1st grade at Vasa övningsskola. want to see what's there""")

E("en", "marketing_opt_out", False, "typo unsubscribe",
  "Greg Phillips <greg.phillips@example.com>", "unsubcribe",
  """unsubcribe me pls""")

E("en", "rectification", False, "ex's email linked to kids' account, replace with mine (disputed)",
  "Sophie Laine <sophie.laine@example.com>", "Kids' photo account – wrong email",
  """Hello,

my ex-partner's email address is still the contact on our kids' school photo account (Leo and Mia Laine, Kappelinmäki school). We agreed that the school matters go through me now, but the codes keep going to her. Please remove her email from the account and put mine instead: sophie.laine@example.com.

Sophie Laine""")

E("en", "", False, "thanks for deletion confirmation",
  "David Roberts <david.roberts@example.com>", "Re: Your data has been deleted",
  """Thank you, got your confirmation. Appreciate the quick handling.

David

> Dear David, we confirm that your personal data has been deleted.""")

E("en", "objection+complaint", False, "lawyer: Art 21(1) objection; complaint if not ceased in 14 days",
  "Attorney Helena Rask <helena.rask@example.fi>", "Objection to processing – client Mr Oskari Lahti",
  """Dear Sirs,

I represent Mr Oskari Lahti (authorisation enclosed). Mr Lahti is a former employee of one of your corporate customers. Your company continues to display and process his staff photograph and name in your reference galleries and in analytics linked to those galleries.

On grounds relating to his particular situation – he works in a security-sensitive position – my client hereby objects under Article 21(1) GDPR to any further processing of his personal data based on your legitimate interests.

Should the processing not cease within 14 days of this letter, we will lodge a complaint with the Data Protection Ombudsman.

Yours faithfully,
Helena Rask
Attorney-at-law""")
