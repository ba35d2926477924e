from parts.common import E

E("en", "", True, "out-of-office auto reply in English, no headers",
  "James O'Connor <james.oconnor@example.com>", "Automatic reply: Your photo order is ready for pickup",
  """Thank you for your email. I am out of the office until Monday 16 November with limited access to email. For urgent matters please contact my colleague Sarah Quinn at sarah.quinn@example.com.

Kind regards,
James""")

E("en", "", False, "estate matter: daughter informs of father's death, asks nothing about data",
  "Claire Donovan <claire.donovan@example.com>", "My father, Kenneth Donovan",
  """Hello,

I'm writing to let you know that my father, Kenneth Donovan, passed away in August. He had an order with you for restoring some old family photographs (order 446120, I believe). Could you tell me whether the restored prints were ever collected and, if not, whether I can pick them up? I am the executor of his estate and can show the paperwork.

Thank you,
Claire Donovan""")

E("en", "erasure", False, "non-native uses 'GDPR request' meaning deletion, clear in context",
  "Sergei Volkov <sergei.volkov@example.com>", "GDPR request",
  """Hello.
This is GDPR request. You have my data from photo for residence permit 2023. I not need your service anymore. Please make that my data is not in your system, also the photo.
Sergei Volkov""")

E("en", "access+complaint", False, "American, conditional complaint if no answer, SAR about son",
  "Rachel Kim <rachel.kim@example.com>", "Request for my son's data",
  """Hi there,

We spent last year in Vaasa on a Fulbright exchange and my son (Noah Kim, then in 4th grade at the international school) was photographed by your company. Could you please send me whatever personal information you have on file about him - name, class lists, photos, anything the school gave you?

I'll be honest, I asked the school first and they pointed me to you. If I don't get an answer in the legal timeframe I will take it to the Finnish data protection office, but I'm hoping that won't be necessary.

Thanks so much,
Rachel Kim""")

E("en", "", False, "asks what rights she has, no request made",
  "Fiona McLeod <fiona.mcleod@example.com>", "Quick question",
  """Hello,

Just out of interest - if I ever wanted to have my photos deleted from your system after my son finishes school, is that something I can ask for? Not asking now, just planning ahead.

Fiona""")

E("en", "objection", False, "objects to staff photo being used by company on its own website as reference",
  "Henrik Strand <henrik.strand@example.fi>", "Use of my staff portrait as a sample",
  """Hello,

I see that my staff portrait from our company photo day is used on your website as an example of your "Henkilöstökuvat" service. The photo can stay with my employer, that was agreed, but I object to you using my picture to advertise your own business. Please stop using it for that.

Henrik Strand""")

E("en", "rectification", False, "wrong date of birth, short, typo",
  "Aaron Little <aaron.little@example.com>", "wrong birth date",
  """hi my date of birth in your system is wrong, its 12.3.1991 not 21.3.1991. pls fix, it shows on the passport photo order form. Aaron""")

E("en", "marketing_opt_out", False, "Estonian, no more offers, simple English",
  "Liis Kask <liis.kask@example.com>", "no offers",
  """Hello, I do not want more offers to my email and phone. Thank you. Liis Kask""")

E("en", "", True, "parcel notification from carrier",
  "Posti <noreply@posti.example.fi>", "Your parcel has been delivered to a parcel locker",
  """Hello,

Your parcel JJFI65432100012345678 from Zoomi Kuvakaupat Oy has arrived at Parcel Locker K-Market Gerby.

Pick up by: 21.11.2026
Code: 824613

This message was sent automatically. Replies to this address are not read.""")

E("en", "access+erasure+objection", False, "long template-style request combining copy, delete and stop processing",
  "Victoria Shaw <victoria.shaw@example.com>", "Formal request regarding my personal data",
  """Dear Data Protection Officer,

I am writing in relation to my personal data held by Zoomi Kuvakaupat Oy.

1. Please confirm whether you process my personal data and provide me with a copy of it (Article 15 GDPR).
2. Once you have provided the copy, please erase all of my personal data (Article 17 GDPR), including photographs, booking records and marketing lists, except for what you are legally obliged to retain. Please tell me what you retain and for how long.
3. In addition, I object to any further processing of my personal data (Article 21 GDPR) pending erasure.

If I have ever given consent to anything, I withdraw it.

Please respond in writing to this e-mail address.

Yours faithfully,
Victoria Shaw""")

E("en", "", False, "asks for reprint of photos, near-miss 'copy'",
  "Gareth Evans <gareth.evans@example.com>", "copies of my photos",
  """Hello, I'd like another copy of the photos from our family session in May (order 445990) - 2 x A4 and the digital files. How much would that be? Gareth""")

E("en", "complaint", False, "British, polite but complains to ICO-equivalent about breach, no other ask",
  "Patricia Holloway <patricia.holloway@example.com>", "Data breach - your email of 2 November",
  """Dear Sir or Madam,

On 2 November I received an email from you which had every other parent in my daughter's class in the To: field, so I can now see some forty parents' email addresses, and presumably they can see mine.

I appreciate mistakes happen, but I do think this is a breach of the GDPR and I have reported it to the Data Protection Ombudsman today, as I gather you are supposed to have done yourselves.

Yours faithfully,
Patricia Holloway""")

E("en", "restriction+access", False, "wants processing paused and a copy, while disputing a debt",
  "Lukas Weber <lukas.weber@example.com>", "Disputed invoice - please hold",
  """Hello,

I dispute invoice 2026-09877 - I was charged for a school photo package that I cancelled. Until this is resolved, please do not hand my data to any debt collection agency and do not use it for anything else. Please also send me a copy of all the data you have about me and this order, so I can see what you have recorded about the cancellation.

Lukas Weber""")

E("fi", "", False, "veroviraston/kirjanpito asia, ei tietosuoja",
  "Tilitoimisto Ahola <toimisto@example.fi>", "Tositteet tilikaudelta 2025",
  """Hei,

Tarvitsisimme asiakkaamme Kuvaaja Mäki Tmi:n kirjanpitoa varten kopiot teidän laskuistanne tilikaudelta 2025 (alihankinta, 4 laskua). Voitteko lähettää ne PDF:nä tähän osoitteeseen?

Terveisin
Tiina Ahola
Tilitoimisto Ahola Oy""")

E("fi", "erasure", False, "ottakaa kuva pois nettisivuilta, lupa peruttu (ei lisää lajia)",
  "Emilia Rantanen <emilia.rantanen@example.fi>", "kuva nettisivuilla",
  """Hei! Olin teillä malliksi kesällä ja annoin silloin luvan kuvan käyttöön. Perun nyt luvan, ottakaa kuva pois teidän nettisivuilta ja instasta. Kiitti! -Emilia""")

E("fi", "access", False, "muistutus aiemmasta tarkastuspyynnöstä",
  "Heikki Sirola <heikki.sirola@example.fi>", "Re: Tarkastuspyyntö",
  """Hei,

Lähetin alla olevan pyynnön 2.10. enkä ole saanut vastausta. Odotan edelleen tietojani.

Heikki Sirola

---------- Välitetty viesti ----------
Lähettäjä: Heikki Sirola
Päivä: 2.10.2026
Aihe: Tarkastuspyyntö

Pyydän saada tietää, mitä tietoja minusta on asiakasrekisterissänne.""")

E("fi", "erasure+restriction", False, "poistakaa kaikki paitsi laskut, rajoittakaa niiden käyttö",
  "Outi Kallio <outi.kallio@example.fi>", "tietojen poisto ja laskut",
  """Hei,

Pyydän poistamaan kaikki tietoni. Ymmärrän, että laskut pitää säilyttää kirjanpitolain takia, mutta pyydän silloin, että niitä tietoja ei käytetä mihinkään muuhun kuin siihen säilyttämiseen.

Outi Kallio""")

E("fi", "marketing_opt_out", False, "peruutan uutiskirjeen, kohtelias",
  "Raimo Pesonen <raimo.pesonen@example.fi>", "Uutiskirje",
  """Hyvää päivää,

Peruutan uutiskirjeenne tilauksen. Kiitos.

Raimo Pesonen""")

E("fi", "", True, "Slotti muistutus varauksesta",
  "Slotti <no-reply@slotti.example.com>", "Muistutus: aikasi huomenna klo 9.00",
  """Hei Jaana,

Muistutamme varauksestasi:
Passikuva, Zoomi Kuvakaupat Vaasa
Huomenna to 19.11.2026 klo 9.00

Peruutus viimeistään 24 h ennen: https://slotti.example.com/p/Z8XQ2

Tämä on automaattinen viesti.""")

E("fi", "rectification", False, "sähköpostiosoitteen vaihto, kirjoitusvirheitä",
  "Seppo Ruuskanen <seppo.ruuskanen@example.fi>", "uusi sahkoposti",
  """Hei, vaihtakaa mun sähköpostiksi tää uus osote (seppo.ruuskanen@example.fi), vanha sepporuuskanen@example.test ei toimi enään. terv Seppo""")

E("fi", "objection+complaint", False, "vastustaa perintään luovuttamista ja sanoo rikotte GDPR:ää",
  "Niina Ylönen <niina.ylonen@example.fi>", "Perintätoimisto",
  """Te annoitte tietoni perintään vaikka olin ilmoittanut laskun olevan virheellinen (kuvia ei koskaan toimitettu). Vastustan tietojeni käsittelyä perinnässä. Tämä rikkoo GDPR:ää ja jos asiaa ei korjata teen valituksen tietosuojavaltuutetulle.

Niina Ylönen""")

E("fi", "", False, "kysyy valmistujaiskuvien hintoja",
  "Aino Mattila <aino.mattila@example.fi>", "hinnasto",
  """Moi! Paljonko maksaa ylioppilaskuvaus + 5 kuvaa? Ja voiko tulla lauantaina? t. Aino""")

E("fi", "portability", False, "siirtäkää tiedot suoraan toiselle yritykselle",
  "Kimmo Laitinen <kimmo.laitinen@example.fi>", "tietojen siirto",
  """Hei,

Olemme yrityksenä siirtymässä toiseen kuvaamoon henkilöstökuvissa, mutta tämä koskee omia tietojani: haluaisin, että siirrätte verkkokauppatilini kuvat ja tiedot suoraan Kuvapalvelu Pohjola Oy:lle koneluettavassa muodossa. Voin antaa heidän yhteyshenkilönsä osoitteen.

Kimmo Laitinen""")

E("sv", "access+rectification", False, "vill se uppgifter och rätta adress",
  "Maria Eklund <maria.eklund@example.fi>", "Uppgifter och adress",
  """Hej,

Kan ni skicka mig en kopia av de uppgifter ni har om mig? Jag misstänker att ni har en gammal adress i Malax, för paketet gick dit. Den nya adressen är Strandgatan 4 B 7, 65100 Vasa. Rätta den gärna direkt.

Hälsningar
Maria Eklund""")

E("sv", "objection", False, "invändning mot profilering för marknadsföring? nej, mot statistik",
  "Anders Lindholm <anders.lindholm@example.fi>", "Statistik",
  """Hej,

Jag motsätter mig att ni använder mina köp och mitt surfande i webbutiken för statistik och affärsutveckling. Använd mina uppgifter bara för att leverera det jag beställer.

Anders Lindholm""")

E("sv", "", True, "nyhetsbrev från en tryckerileverantör till brevlådan",
  "Nordprint Nyheter <news@nordprint.example.se>", "Nytt papper för fotoböcker - höstens nyheter",
  """Hej fotohandlare!

I höst lanserar vi ett nytt silkmatt papper för fotoböcker, 200 g. Beställ provpaket redan idag.

Läs mer: https://nordprint.example.se/nyheter

Du får detta utskick eftersom du är kund hos Nordprint. Avregistrera dig här.""")

E("sv", "erasure+complaint", False, "arg, bilden i skyltfönstret, anmäler till IMY och Dataombudsmannen",
  "Jessica Nordin <jessica.nordin@example.se>", "Min bild i ert skyltfönster",
  """Hej.

Jag var i Vasa i helgen och såg ett porträtt av mig i ert skyltfönster. Det togs när jag bodde i Finland 2022 och jag har aldrig gått med på att det används i reklam.

Ta ner bilden omedelbart och radera den. Jag har redan lämnat in ett klagomål till IMY här i Sverige och de sa att jag också kan vända mig till Dataombudsmannen i Finland, vilket jag kommer att göra om bilden inte är borta inom en vecka.

Jessica Nordin
Umeå""")

E("sv", "", False, "avboka tid, near-miss",
  "Tom Hägglund <tom.hagglund@example.fi>", "avboka",
  """Hej, jag vill avboka min tid på fredag kl 13 för passfoto. Tom Hägglund""")

E("sv", "marketing_opt_out", False, "förbud mot direktmarknadsföring, formellt",
  "Gunilla Storbacka <gunilla.storbacka@example.fi>", "Förbud mot direktmarknadsföring",
  """Till Zoomi Kuvakaupat Oy

Jag förbjuder härmed all direktmarknadsföring till mig per post, e-post, sms och telefon.

Gunilla Storbacka
Närpes""")

E("sv", "restriction", False, "radera inte, behöver för tvist med fotograf",
  "Niklas Sandvik <niklas.sandvik@example.fi>", "Radera inte",
  """Hej,

Jag har sett att ni raderar gamla gallerier efter två år. Radera inte mitt bröllopsgalleri och beställningsuppgifterna från 2024 ännu, jag behöver dem i en tvist med fotografen som ni anlitade. Lås dem så att de inte ändras.

Niklas""")
