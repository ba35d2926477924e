from parts.common import E

E("sv", "access+objection", False, "Ostrobothnian dialect with Finnish words; collection letter, wants to know who got data and refuses handover to collection",
  "Bengt Rönnqvist <bengt.ronnqvist@example.fi>", "perintäkirje??",
  """Hej

Ja fick ett brev från nån "OK-perintä" i går om ett maksumuistutus på 35 euro för skolfotona åt pojkan, fast ja ha no betalat he i augusti. Ja förstår int riktigt hur de ha fått min adress.

Ja vill veta vem ni ha gett mina uppgifter åt, åsså vill ja int att ni skickar nå mer om mig åt inkasso. Ni kan ju ringa mig istället om ni tycker att nå e obetalt, ja ha kvittot.

Bengt Rönnqvist
Oravais
050 123 4567""")

E("fi", "erasure+complaint", False, "unanswered erasure request, asks how to complain to the DPA (intends to)",
  "Mervi Ahola <mervi.ahola@example.fi>", "Re: tietojen poisto",
  """Lähetin teille 5.10. pyynnön poistaa mun tiedot eikä oo kuulunu mitään. Nyt alkaa riittää. Miten mä voin tehdä valituksen tietosuojavaltuutetulle? Vai onko teillä joku muu osoite mihin tää pitäis laittaa?

Poistakaa ne tiedot.

Mervi""")

E("fi", "access", False, "mentions DPA's website as the source of information, simple access request",
  "Petri Salonen <petri.salonen@example.fi>", "Omat tiedot",
  """Hei

Luin tietosuojavaltuutetun sivuilta että minulla on oikeus saada tietää mitä tietoja yritys on minusta kerännyt. Olen käyttänyt verkkokauppaanne muutaman kerran ja käynyt studiolla ajanvarauksella.

Pyydän siis kopion tiedoistani. Sähköposti käy hyvin.

Petri Salonen""")

E("en", "", True, "automated sales sequence follow-up that reads like a personal note",
  "Emily from GrowthPixel <emily@growthpixel.example.com>", "Re: quick question",
  """Hi there,

Just bumping this to the top of your inbox in case it got buried :)

I noticed Zoomi Kuvakaupat runs school photo sessions across Ostrobothnia - we help photo studios like yours fill empty booking slots with automated SMS campaigns. Studios using GrowthPixel see on average 23% more bookings in the first 90 days.

Would you be open to a 15-minute call next Tuesday or Wednesday?

Cheers,
Emily
Partnerships, GrowthPixel

If you'd rather not hear from me again, just reply "no thanks".""")

E("sv", "portability", False, "Finland-Swede wants photo-book projects and orders exported to move to another service",
  "Ida Forsman <ida.forsman@example.fi>", "Flytta mina fotoböcker",
  """Hej,

Jag har gjort fyra fotoböcker i er nätbutik genom åren och tänker byta till en annan tjänst. Jag vill ha med mig allt: projekten, bildtexterna och beställningshistoriken.

Kan ni skicka mina uppgifter i ett maskinläsbart format, så att jag kan importera dem i den nya tjänsten? Jag har förstått att man har rätt till dataportabilitet enligt GDPR.

Tack på förhand!
Ida Forsman
Vörå""")

E("fi", "", False, "former employee asks for a work certificate and mentions his data; no DSR",
  "Jani Kivelä <jani.kivela@example.fi>", "työtodistus",
  """Moi,

olin teillä kesätöissä myymälässä 2024 ja 2025. Tarvitsisin työtodistuksen (työsuhteen kesto ja tehtävät) uutta työpaikkaa varten. Tiedän että teillä on mun tiedot tallessa kun palkat tuli vielä keväällä 2025, joten toivottavasti löytyy helposti.

Kiitos!
Jani Kivelä
p. 040 123 4567""")

E("en", "rectification+restriction", False, "Estonian: wrong address led to collection letter; correct it and hold processing until checked",
  "Marko Kask <marko.kask@example.com>", "Wrong address and collection letter",
  """Hello,

In your system there is my address like "Kirkkopuistikko 11 B 7, Vaasa" but I never lived there, my address was Rantakatu 4 A 12 and now I live again in Tallinn. Because of this I did not get the invoice for passport photo and now I got a letter from collection company by email.

Please correct my address. And until you check this, please do not use my data for collection or send it to anybody, I am ready to pay the original invoice if you send it to me.

Best regards
Marko Kask""")

E("fi", "access", False, "school principal forwards a guardian's request for all photos and data of the child",
  "Rehtori Hannu Peltola <hannu.peltola@example.fi>", "Huoltajan pyyntö",
  """Hei,

yksi koulumme huoltaja (Jaana Hietala, 4B-luokan Veetin äiti) otti minuun yhteyttä. Hän haluaisi saada kopion kaikista tiedoista, joita teillä on hänen lapsestaan, myös kaikki kuvat mitä syksyn kuvauksessa otettiin, ei vain niitä joita tilattiin. Kerroin että koulu ei näitä tietoja hallinnoi vaan te.

Hänen sähköpostinsa on jaana.hietala@example.fi. Voitteko olla häneen suoraan yhteydessä?

Terveisin
Hannu Peltola
rehtori, Sepänkylän koulu""")

E("sv", "marketing_opt_out", False, "one-liner angry",
  "Kurt Lillqvist <kurt.lillqvist@example.fi>", "Reklam",
  """Sluta skicka reklam!!""")

E("fi", "", True, "supplier invoice notice sent to the privacy address",
  "Laskutus / Pohjanmaan Paperi Oy <laskutus@pohjanmaanpaperi.example.fi>", "Lasku 2026-1043",
  """Hyvä asiakas,

liitteenä laskunne 2026-1043.

Laskun päivämäärä: 2.11.2026
Eräpäivä: 16.11.2026
Summa: 412,30 EUR
Viitenumero: 10434 56782

Tämä viesti on lähetetty automaattisesti laskutusjärjestelmästämme. Emme valitettavasti pysty vastaamaan tähän osoitteeseen lähetettyihin viesteihin.

Pohjanmaan Paperi Oy""")

E("fi", "objection", False, "objects to Google Analytics tracking",
  "Olli Mattila <olli.mattila@example.fi>", "Analytiikka",
  """Päivää,

huomasin että verkkokauppanne lähettää tietoja Google Analyticsiin, vaikka painoin evästebannerissa "vain välttämättömät". En halua olla Google Analyticsissa. Vastustan selaus- ja ostotietojeni käyttöä analytiikkaan ja profilointiin.

Olli Mattila""")

E("en", "restriction", False, "law firm preservation notice ahead of a dispute",
  "Harrington Legal LLP <litigation@harrington-legal.example.com>", "Preservation notice – Ms Joanna Wells",
  """PRIVATE AND CONFIDENTIAL

Dear Sirs,

Our client: Ms Joanna Wells, formerly of Vaasa, Finland

We act for Ms Wells in connection with a dispute concerning a wedding photography package purchased from your company in June 2025 and the subsequent publication of images.

We hereby put you on notice that litigation is reasonably anticipated. You are requested to preserve, and to take all necessary steps to prevent the deletion, alteration or anonymisation of, all records relating to our client, including booking records, correspondence, invoices, image files (including raw files) and any logs of publication on your website or social media, until this matter has been finally resolved.

This letter is not a request for disclosure at this stage. We will write separately in that regard.

Yours faithfully,

Harrington Legal LLP""")

E("sv", "complaint+marketing_opt_out", False, "Swedish resident has reported the company to IMY for unsolicited newsletters; unsubscribe",
  "Maria Lundgren <maria.lundgren@example.se>", "Nyhetsbrev utan samtycke – anmält till IMY",
  """Hej,

I juli var jag i Vasa och tog passfoto hos er (jag är svensk medborgare men bodde i Vasa då). Sedan dess får jag ert nyhetsbrev på finska varannan vecka trots att jag aldrig har gett samtycke till det.

Jag har i dag gjort en anmälan till Integritetsskyddsmyndigheten om detta.

Avregistrera mig från alla utskick omedelbart.

Maria Lundgren
Umeå""")

E("fi", "rectification", False, "new email address, short",
  "Katja Nurmi <katja.nurmi@example.fi>", "uusi sähköposti",
  """Moi, mun vanha sähköposti (katja.nurmi79@example.com) ei oo enää käytössä. Vaihtakaa asiakastietoihin tämä uusi: katja.nurmi@example.fi. Kiitos!""")

E("fi", "erasure", False, "withdraws consent for child's photo on company website, wants it removed",
  "Marika Leppänen <marika.leppanen@example.fi>", "Lapsen kuva nettisivuillanne",
  """Hei,

annoimme viime vuonna luvan käyttää poikamme Onnin kuvaa teidän verkkosivuilla (lastenkuvaus-sivu). Peruutan nyt tämän luvan. Onni on nyt 12 ja hän ei halua että kuva on siellä, kaverit on löytäneet sen.

Poistakaa kuva sivuilta mahdollisimman pian.

Marika Leppänen
Kokkola""")

E("sv", "rectification", False, "Finland-Swedish code-switching, child's name misspelt on school photo",
  "Jenny Kronqvist <jenny.kronqvist@example.fi>", "fel namn på skolfotot",
  """Hej!

Nu har de skrivi Melvin med två l på skolfotot och i beställningen, "Mellvin Kronqvist". He heter Melvin. Kan ni rätta he i systemet så att de blir rätt nästa år åtminstone, opettaja sa att listan kommer från er och int från skolan.

Tack!
Jenny, mamma åt Melvin i 2A, Sundom skola""")

E("en", "", False, "researcher asks for anonymised portrait data for AI training; no DSR",
  "Dr. Pieter de Vries <p.devries@example.com>", "Research collaboration – facial image dataset",
  """Dear Zoomi team,

I lead a small research group working on age estimation from facial images. We are looking for partners who could provide anonymised or consented portrait photographs (e.g. from school or passport sessions) for a research dataset under a formal data sharing agreement.

We understand the sensitivity of children's images and GDPR constraints, so we would design the project with a DPIA and ethics approval from the outset. Would your company be willing to discuss this?

Kind regards,
Pieter de Vries
Associate Professor""")

E("fi", "", False, "passport photo receipt code does not work at the police; near-miss",
  "Aila Pesonen <aila.pesonen@example.fi>", "passikuvan koodi ei toimi",
  """Hei, kävin eilen teillä passikuvassa ja nyt poliisin sivuilla kun yritän hakea passia niin kuvakuitin koodi ei toimi, tulee että kuvaa ei löydy. Mitä teen? Passi pitäis saada ennen joulua kun lähdetään Thaimaahan.

Aila Pesonen 045 123 4567""")

E("sv", "", True, "parental-leave auto-reply without auto headers, reads personal",
  "Johanna Strand <johanna.strand@example.fi>", "Sv: Skolfotografering i Kronoby vecka 41",
  """Tack för ditt mejl!

Jag är föräldraledig till och med 31.1.2027 och läser inte min e-post. Ärenden som gäller Kronoby skola kan skickas till skolans kansli, kansli.kronobyskola@example.fi.

Hälsningar
Johanna Strand
Lärare, Kronoby skola""")

E("fi", "access+restriction", False, "separated father wants access to child's photo data and asks nothing be deleted because of custody dispute",
  "Sami Hänninen <sami.hanninen@example.fi>", "Lapseni kuvat ja tiedot",
  """Hei

Olen 6-vuotiaan Iidan isä ja meillä on yhteishuolto. Iidan äiti on hoitanut kaikki päiväkotikuvat ja tilaukset, enkä ole saanut niistä mitään tietoa tai kuvia kolmeen vuoteen. Meillä on menossa huoltoriita käräjäoikeudessa.

1) Pyydän kopion kaikista Iidaa koskevista tiedoista mitä teillä on: kuvat, tilaukset, kuka on tilannut ja minne toimitettu.
2) Pyydän ettei mitään Iidaa koskevia tietoja poisteta ennen kuin oikeusasia on ratkaistu, vaikka äiti sitä pyytäisi. Tarvitsen niitä.

Voin todistaa henkilöllisyyteni ja huoltajuuden tarvittaessa.

Sami Hänninen
Seinäjoki
040 123 4567""")

E("en", "erasure", False, "Ukrainian customer moved to Poland, delete web shop account",
  "Iryna Melnyk <iryna.melnyk@example.com>", "Delete account",
  """Hello! Please delete my account in your web shop and all my informations. I moved to Poland and will not use it anymore. Email of account is this one.
Thank you, Iryna""")

E("fi", "objection", False, "reminder of unanswered objection to profiling",
  "Lauri Hakala <lauri.hakala@example.fi>", "Muistutus: vastustamisoikeus 1.10.",
  """Hei,

lähetin 1.10. viestin, jossa vastustin tietojeni käyttöä profilointiin ja "suositeltua sinulle" -tarjouksiin verkkokaupassa. En ole saanut vastausta. Pyydän käsittelemään asian.

Lauri Hakala

> Vastustan ostohistoriani perusteella tehtävää profilointia ja henkilökohtaisia tuotesuosituksia. En ole antanut siihen lupaa.""")

E("sv", "rectification+restriction", False, "Swedish-language law firm: rectification and restriction while accuracy is contested",
  "Advokatbyrå Sundqvist & Ek <byra@sundqvist-ek.example.fi>", "Begäran om rättelse och begränsning – Ulrika Mård",
  """Till Zoomi Kuvakaupat Oy

Ärende: Begäran om rättelse (artikel 16) och begränsning av behandling (artikel 18.1 a) – vår klient Ulrika Mård

Vi företräder Ulrika Mård enligt bifogad fullmakt.

Enligt uppgifter som vår klient fått från OK-perintä har ni registrerat två obetalda fakturor (nr 3021144 och 3021187) på vår klient. Vår klient bestrider att dessa beställningar har gjorts av henne; hennes namn och adress har använts av en annan person.

Vi begär att ni

1. rättar uppgifterna i ert kundregister så att beställningarna inte längre är kopplade till vår klient, och
2. begränsar behandlingen av vår klients personuppgifter under den tid det tar för er att kontrollera uppgifternas riktighet.

Vi ber om skriftligt svar inom en månad.

Vasa den 20 oktober 2026

Advokatbyrå Sundqvist & Ek Ab
Karl Sundqvist, advokat""")

E("fi", "access", False, "subject-only: 'Tarkastuspyyntö', body 'see subject'",
  "Kalle Mäki <kalle.maki@example.fi>", "Tarkastuspyyntö",
  """Ks. otsikko.

T. Kalle Mäki
Isokyrö""")

E("en", "access+marketing_opt_out", False, "expat: where did you get my email, and stop the newsletter",
  "Sarah O'Connor <sarah.oconnor@example.com>", "Where did you get my email?",
  """Hi,

I've started getting your newsletter in Finnish ("Joulukuvaukset nyt varattavissa!") and I have no idea how you got my address. I've never bought anything from you as far as I know, though my daughter's daycare may have used you.

Can you tell me where you got my email address from and what else you have about me? And please stop sending the newsletter.

Thanks,
Sarah""")

E("fi", "", False, "local newspaper journalist asks about a rumoured data breach; no DSR",
  "Toimittaja Mika Lahti <mika.lahti@example.fi>", "Haastattelupyyntö / Pohjalainen",
  """Hei,

olen toimittaja Mika Lahti. Meille on tullut vinkki, että joidenkin vaasalaisten koulujen koulukuvat olisivat olleet näkyvissä julkisessa linkissä ilman salasanaa lokakuussa. Pitääkö tämä paikkansa?

Kysymyksiä:
- onko teillä ollut tietoturvaloukkaus syksyn aikana?
- onko asiasta ilmoitettu tietosuojavaltuutetulle?
- miten huoltajille on tiedotettu?

Juttu on tarkoitus julkaista torstaina, joten toivoisin vastausta keskiviikkoon klo 12 mennessä. Tavoitat minut myös puhelimitse 040 123 4567.

Mika Lahti
toimittaja""")

E("sv", "access", False, "daycare director asks what data the company holds about her as the daycare's contact person",
  "Britt-Marie Häggblom <britt-marie.haggblom@example.fi>", "Mina uppgifter som kontaktperson",
  """Hej,

Jag är föreståndare på daghemmet Solrosen i Malax och har varit kontaktperson för era fotograferingar i flera år. Nu när jag snart går i pension undrar jag vilka uppgifter ni har sparat om mig personligen (mitt namn, mitt mobilnummer, min e-post och kanske annat). Kan ni skicka en sammanställning?

Vem som blir ny kontaktperson meddelar vi senare.

Vänliga hälsningar
Britt-Marie Häggblom""")

E("fi", "", False, "disputes an order and wants a refund; threatens consumer disputes board, not the DPA",
  "Jouni Sirola <jouni.sirola@example.fi>", "En ole tilannut tätä",
  """Hei

Tililtäni on veloitettu 64,90 € teidän verkkokaupasta 12.11. enkä ole tehnyt mitään tilausta. Palauttakaa rahat. Tiedän kyllä oikeuteni. Jos asia ei hoidu tällä viikolla, teen valituksen kuluttajariitalautakuntaan ja reklamoin pankille.

Jouni Sirola""")

E("sv", "marketing_opt_out+complaint", False, "stop SMS ads or she'll report to Dataombudsmannen",
  "Lena Ström <lena.strom@example.fi>", "sms-reklam",
  """Hej. Jag har bett er två gånger i butiken att sluta skicka sms-reklam till mig och det kommer ändå. Nu vill jag ha det skriftligt: inga fler reklam-sms till 040 123 4567.

Om det kommer ett till så anmäler jag er till Dataombudsmannen.

Lena Ström""")

E("en", "complaint", False, "expat reports the company to the DPA because the web shop showed another customer's orders",
  "Tomasz Zielinski <tomasz.zielinski@example.com>", "Reported to Data Protection Ombudsman",
  """Hello,

I want to inform you that I have reported your company to the Finnish Data Protection Ombudsman. On 3 November when I logged in to your web shop, I saw the order history and home address of another customer (a family from Mustasaari) instead of my own. I made screenshots and sent them with the report.

I think other customers can also see my data in the same way. You should fix your system.

Tomasz Zielinski""")

