from parts.common import E

E("sv", "erasure", False, "mother wants son's photos removed from school photo server, written from phone",
  "Malin Sjöholm <malin.sjoholm@example.fi>", "Radera min sons bilder",
  """Hej! Vi beställde inga skolfoton i år. Kan ni radera alla bilder på min son Alvin Sjöholm (3B, Vikinga skola) från er server? Vill inte att de ligger kvar någonstans.

Skickat från min iPhone""")

E("sv", "", False, "booking cancellation in Swedish (avboka)",
  "Peter Hägglund <peter.hagglund@example.fi>", "Avboka tid",
  """Hej, jag måste tyvärr avboka min tid för passfoto på torsdag kl 15. Barnet är sjukt. Jag bokar ny tid via Slotti.
/Peter Hägglund""")

E("sv", "marketing_opt_out+objection", False, "no marketing and object to Google Analytics",
  "Ida Mattsson <ida.mattsson@example.fi>", "Reklam och spårning",
  """Hej,

1) Jag vill inte få någon marknadsföring från er, varken per e-post eller sms.
2) Jag motsätter mig att ni använder Google Analytics för att spåra mitt beteende i webbutiken.

Hälsningar
Ida Mattsson""")

E("sv", "", True, "bounce in Swedish from mail server",
  "Postmaster <postmaster@example.se>", "Olevererbart: Svar på din begäran",
  """Ditt meddelande kunde inte levereras till följande mottagare:

    karin.h@example.se
    Orsak: Mottagarens brevlåda är full.

Meddelandet skickades 2026-11-19 09:41.""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("sv", "rectification", False, "wrong name on staff photo caption delivered to employer",
  "Jonna Åkerlund <jonna.akerlund@example.fi>", "Namnet fel",
  """Hej!

Mitt namn är felstavat i filnamnen och bildtexterna ni levererade till Kvarkens Energi: det står "Jonna Åkerlundh". Det är Åkerlund utan h. Kan ni rätta det i era uppgifter och skicka rättade filer till dem?

Jonna""")

E("sv", "access+complaint", False, "angry: says you break GDPR by selling data, demands to know recipients",
  "Roger Lindfors <roger.lindfors@example.fi>", "Ni säljer våra uppgifter?",
  """Hej

Efter skolfotograferingen har jag fått reklam från två andra företag med mitt barns namn i adressen. Ni bryter uppenbarligen mot GDPR. Jag vill veta exakt vilka ni har lämnat ut mina och mitt barns uppgifter till.

Roger Lindfors""")

E("sv", "", False, "asks whether group photo can be ordered without own child visible; product question",
  "Sanna Rönnqvist <sanna.ronnqvist@example.fi>", "Gruppfoto",
  """Hej, min dotter var sjuk på fotodagen. Kommer hon ändå med i gruppfotot på något sätt (inklippt)? Och kan vi fotografera henne i efterhand?

Sanna""")

E("sv", "restriction", False, "asks to pause processing while accuracy contested about order in his name",
  "Kim Sundström <kim.sundstrom@example.fi>", "Begäran om begränsning av behandling",
  """Hej,

Det finns en beställning (61003) i mitt namn som jag inte har gjort. Jag begär att behandlingen av mina uppgifter begränsas tills ni har utrett saken. Skicka inga fakturor eller påminnelser till mig under tiden.

Kim Sundström""")

E("sv", "erasure", False, "grown son asks deletion of all his childhood school photos",
  "Emil Backström <emil.backstrom@example.fi>", "Gamla skolfoton",
  """Hej,

Jag är 19 nu och undrar om ni fortfarande har mina skolfoton från lågstadiet och högstadiet (Kyrkoesplanadens skola). Om ni har det vill jag att ni raderar dem. Inget behov av att spara dem längre.

Emil Backström""")

E("sv", "", False, "asks for gift card balance",
  "Ann-Sofi Ström <annsofi.strom@example.fi>", "Presentkort",
  """Hej, hur mycket finns kvar på presentkortet 4471 8820? Jag har använt det en gång. Tack!""")

E("sv", "portability", False, "guardian wants child's digital files and data exported to move to family cloud service",
  "Petra Lindgård <petra.lindgard@example.fi>", "Export",
  """Hej!

Kan ni exportera alla uppgifter och digitala bilder som finns på mitt konto (jag är vårdnadshavare och kontot innehåller barnens skol- och dagisfoton från 2019–2026) i ett maskinläsbart format så att jag kan flytta dem till en annan tjänst?

Petra Lindgård""")

E("sv", "objection", False, "objects to use of her photo in printed brochure going forward",
  "Sofia Engblom <sofia.engblom@example.fi>", "Broschyren",
  """Hej. Jag ser att ni använt min studentbild i er nya broschyr för studentfotografering. Jag minns inte att jag samtyckt till det. Jag motsätter mig att bilden används i er marknadsföring.

Sofia Engblom""")

E("sv", "marketing_opt_out", False, "grandmother: stop the catalogues and offers by post",
  "Elsa Vikström <elsa.vikstrom@example.fi>", "Reklam per post",
  """Bästa Zoomi

Jag är 82 år och får era erbjudanden och kataloger per post flera gånger om året. Jag vill inte ha dem längre. Sluta skicka dem till mig.

Elsa Vikström
Replot""")

E("sv", "", False, "forwarded chain from teacher: parent asks when photo order closes",
  "Lärare Jessica Blomqvist <jessica.blomqvist@example.fi>", "VB: När stänger beställningen?",
  """Hej, kan ni svara på detta? Jag vet inte.
/Jessica

---------- Vidarebefordrat meddelande ---------
Från: Mattias Holmlund <mattias.holmlund@example.fi>
Ämne: När stänger beställningen?

Hej, hur länge kan man beställa klassfoton? Vi glömde.""")

E("sv", "complaint+erasure", False, "asks erasure of child's photo on website and says files complaint to DPA already",
  "Linda Myllykoski <linda.myllykoski@example.fi>", "Klagomål och begäran om radering",
  """Hej,

På er webbplats under "Referenser" finns en bild på min son från daghemsfotograferingen 2025. Vi har aldrig gett tillstånd. Ta bort bilden och radera den ur ert arkiv.

Jag har i dag också lämnat in en anmälan till Dataombudsmannens byrå om saken.

Linda Myllykoski""")

E("en", "access", False, "expat parent asks what data held on children",
  "Daniel Foster <daniel.foster@example.com>", "Data you hold on my kids",
  """Hi,

We moved to Vaasa last year and both our children (Lily and Sam Foster, Vasa övningsskola) had school photos taken by you in September. Could you tell me what personal information you hold about them and me, and where you got it from?

Thanks,
Daniel Foster""")

E("en", "", False, "order status in English",
  "Priya Nair <priya.nair@example.com>", "Where is my order?",
  """Hello, I ordered a photo book on 12 November (order #61420) and the tracking hasn't updated in a week. Can you check what happened?

Priya""")

E("en", "erasure", False, "delete my account and data, short",
  "Tom Whitaker <tom.whitaker@example.com>", "Delete my account",
  """Please delete my account and all personal data associated with this email address. Thanks.

Tom""")

E("en", "marketing_opt_out", False, "unsubscribe typo",
  "Jessica Moore <jess.moore@example.com>", "unsubcribe",
  """pls unsubcribe me from all your emails, I never signed up for marketing

sent from my phone""")

E("en", "", True, "Google Analytics / account notification from tool vendor",
  "Analytics Notifications <analytics-noreply@example.com>", "Your monthly Analytics report for kauppa.example.fi",
  """Here is your monthly summary for property kauppa.example.fi (November 2026):

Users: 8,412 (+14%)
Sessions: 11,930
Top page: /koulukuvat

View full report: analytics.example.com/r/ZK-2026-11

You're receiving this email because you opted in to performance reports. Manage email preferences.""")

E("en", "objection", False, "objects to processing for analytics, legitimate interest, English",
  "Martin Kowalski <martin.kowalski@example.com>", "Objection under Article 21",
  """Dear Sir or Madam,

I object, under Article 21(1) GDPR, to the processing of my personal data for "business development" and web analytics based on your legitimate interest. My particular situation: I am a journalist and do not want my browsing or purchase patterns analysed or passed to Google.

Regards,
Martin Kowalski""")

E("en", "", False, "invoice dispute in English: charged for photos never received",
  "Ahmed Hassan <ahmed.hassan@example.com>", "Invoice 2026-5031",
  """Hi,
I received invoice 2026-5031 for a class photo package but we never ordered it, we ticked "no order" on the form. Please cancel the invoice.

Ahmed Hassan""")

E("en", "rectification", False, "wrong date of birth and name spelling",
  "Siobhan O'Connell <siobhan.oconnell@example.com>", "Incorrect details on my account",
  """Hi there,

Two things are wrong on my customer account: my first name is spelled "Siobahn" and the date of birth is 03/07/1990 when it should be 07/03/1990 (you've swapped day and month). Could you correct both please?

Cheers,
Siobhan""")

E("en", "portability", False, "Article 20 request, structured format",
  "Lukas Becker <lukas.becker@example.com>", "Data portability request (Art. 20 GDPR)",
  """Hello,

Under Article 20 GDPR I request that you provide the personal data I have provided to you (account details, uploaded images, order history) in a structured, commonly used and machine-readable format. If possible, please transmit it directly to my new provider; otherwise send it to me and I'll handle it.

Kind regards,
Lukas Becker""")

E("en", "complaint", False, "reports to Ombudsman about data breach (wrong child's photos sent to her)",
  "Rachel Green <rachel.green@example.com>", "Data breach – photos of another child sent to me",
  """Hello,

Yesterday I received a school photo package containing photos of a different child, along with her full name and class on the envelope. This means my daughter's photos have probably gone to a stranger too. This is a personal data breach and I am reporting it to the Data Protection Ombudsman today. I'd like to know what you are doing to retrieve our photos.

Rachel Green""")

E("en", "", False, "thanks and asks for nothing",
  "Oliver Grant <oliver.grant@example.com>", "Thank you",
  """Just wanted to say the passport photos were accepted first time, thanks to the lady at the counter who helped my dad with the form. Great service.

Oliver""")

E("en", "access+rectification", False, "staff photo customer: check data and fix job title shown",
  "Hannah Schmidt <hannah.schmidt@example.com>", "My staff photo details",
  """Hi,

Your company did the staff photos where I work (Botnia Tech Oy) in spring. The metadata/caption you delivered says "Sales Assistant" but I'm "Key Account Manager". Please correct that. Also, could you send me a copy of whatever personal data you keep about me from that shoot?

Best,
Hannah Schmidt""")

E("en", "", True, "auto-reply from ticketing system of a school, English",
  "International School Support <support@school.example.com>", "[Ticket #48821] Re: Photo day schedule",
  """Thank you for contacting International School of Vaasa support.

Your request has been received and assigned ticket number #48821. A member of our team will respond within 2 business days.

Please do not reply to this message. To add information, reply using the ticket portal.""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

E("en", "restriction", False, "legal hold: preserve booking/CCTV-free records for small claims dispute",
  "Benjamin Clarke <ben.clarke@example.com>", "Please preserve my records",
  """Hello,

I'm in a dispute with you over a wedding shoot (deposit not refunded after you cancelled). I've filed with the Consumer Disputes Board. Please preserve all records relating to my booking, emails, and payment, and make sure nothing is deleted until the case is resolved.

Benjamin Clarke""")

E("en", "marketing_opt_out", False, "STOP reply to SMS forwarded as email? just 'STOP'",
  "Grace Liu <grace.liu@example.com>", "Re: Christmas cards -20% this week only!",
  """STOP

On Mon, 30 Nov 2026 at 09:00, Zoomi Kuvakaupat <uutiset@example.fi> wrote:
> Christmas cards -20% with code JOULU26. Order by 10.12.
> Unsubscribe: kauppa.example.fi/peruuta""")
