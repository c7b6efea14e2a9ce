"""Replies that are not about a time: the ones that need a person or a kind answer at once (danger, a death, a unit
the client no longer has, a wrong number), questions (price, already serviced), and asking for a call.

Patterns run over `understand.normalise`d text (lower case, accents folded), English and French together because
clients mix them. Each is a phrase a person would read the same way whatever surrounds it; the order in `OFF_SCRIPT`
is the order they win in when a reply holds several ("my husband passed, please call me" is a bereavement).
"""
from __future__ import annotations


from dialogs.patterns import compile_words

EQUIPMENT = (r"(?:lift|stair ?lift|stairlift|chair|wheelchair|scooter|bed|hoyer|sling|ramp|monte-escalier|monte escalier|fauteuil|lit"
             r"|leve-personne|leve personne|quadriporteur|triporteur|ascenseur|plateforme)")

ROOM = r"(?:kitchen|hall|hallway|room|bedroom|bathroom|doorway|driveway|garage|salon|cuisine|corridor|passage|chambre|salle de bain|toilette|entree|milieu)"  # 'chu pogne dans le salon'
NO_BRAKES = r"\b(?:pu|pus|plus|pas) de freins?\b"  # 'pu de frein': danger, told calmly or not

URGENT = compile_words("|".join((
    r"\bpinned\b|\b(?:en panne|broke down|broken down|died|stopped|quit)\b.{0,30}\b(?:en plein milieu|in the middle of|au milieu)\b|\b(?:je suis|chu|suis|i'?m|she'?s|he'?s|elle est|il est) (?:pogne|pognee|stuck|coince|coincee|stranded)\b.{0,25}\b(?:icitte|ici|here|there|la-bas|dehors|outside|" + ROOM + r")\b|\b(?:coincee?|pognee?|stuck|trapped)\b.{0,40}\b(?:a mal|a de la douleur|hurts?|in pain|crying|pleure)\b|\b(?:stuck|trapped|coince|coincee|(?:est |suis |reste |restee )prise?|bloquee?|pognee?)\b.{0,40}\b(?:dessus|dedans|airs|lift|stair|stairlift|stair lift|chair|bed|halfway|up|top|mi-chemin|upstairs|downstairs|monte-escalier|escalier|marches|bain|baignoire|tub|lit|fauteuil|haut)\b",
    rf"\b{EQUIPMENT}\b.{{0,30}}\b(?:stuck|bloque|coince|reste coince|reste pris)|\b{EQUIPMENT}\b.{{0,30}}\b(?:fume|boucane|boucaner|fumer)\b",
    r"\bcan'?t get (?:out|down|off|up)\b(?! (?:with|in (?:the )?winter|before|until|till|early|that early|first thing|in the morning)\b)(?! of (?:bed|the bed|his chair|her chair) (?:on (?:his|her|my) own|by (?:him|her|my)self|alone)\b)|\bpeu[tx] pas (?:descendre|sortir|se lever|me lever|se coucher|me coucher)\b(?! (?:\w+ ){0,3}?sans\b)(?! (?:avec|l'hiver|avant|apres|tot|tard|de bonne heure|first thing|le matin)\b)|\bcame off (?:his|her|my|the) (?:scooter|chair|lift|wheelchair)\b",
    r"\b(?:won'?t|will not|doesn'?t|does not) stop\b|\bkeeps? (?:going|moving|running)\b|\b(?:by itself|on its own)\b(?<!cost on its own)(?<!costs on its own)(?<!price on its own)",
    r"\b(?:stopped|stuck|froze|quit|died|jammed)\b.{0,40}\b(?:is|are|'s|still) (?:still )?(?:on|in) it\b|\bhalfway between\b|\bwon'?t go (?:up|down)\b|\bstopped with (?:him|her|me|mom|dad|my \w+) (?:on|in)\b|\btipped (?:over|forward|back)\b|\bon the floor\b|\bhalfway (?:up|down)\b|\bstill (?:sitting|stuck) on it\b|\barrete net\b|\bsuspendue?\b|\bdropped (?:her|him|me|them)\b|\bjammed\b.{0,30}\b(?:with|on it|in it)\b|\bdangerous\b|\bdangereux\b|\bdanger\b|\b(?:stops|stopped|stuck|quit|quits|died|dies|froze|freezes) (?:halfway|mid-way|midway|part way|on the stairs|between floors)\b",
    r"\b(?:ca|il|elle|fauteuil|scooter|lit|ascenseur|monte-escalier|escalier|quadriporteur|chaise)(?: \w+)? (?:arrete|arretera) pas\b|\b(?:avance|part|descend|monte|roule)(?:r|nt)? toute?s? seule?s?\b|\b(?:a|il|elle|y|ca) (?:veut|voulait) (?:pas|pu|plus) (?:s')?arreter\b(?! (?:les|de|vos|mes|ses|le|la)\b)|\bar+e?te (?:pas|pu|plus) d'?(?:avancer|avance|reculer|descendre|monter)\b|\b(?:est )?parti tout seul\b|\b(?:a|n'a) pas arrete\b|\barretee?\b.{0,15}\bentre deux (?:marches|etages)\b|\bpart toute? seule?|\btout seule?\b.{0,20}\b(?:avance|part|descend|monte)\b(?!-)|\b(?:s'est mis|se met) a (?:descendre|monter|avancer|reculer|tourner)\b.{0,30}\btout seul|\bcogne dans\b",
    r"\b(?:won'?t|will not|doesn'?t|does not) (?:turn|shut|switch) off\b|\bs'eteint pas\b|\barretee? (?:au milieu|en plein milieu|entre deux|a mi-chemin)\b|\bchauffe\b|\boverheat\w*|\bhot to the touch\b|\bsent (?:drole|le brule|bizarre)\b|\bsmells? (?:funny|like (?:burning|something burning|plastic))\b|\bsmoke\b|\bsmoking\b|\bburning\b|\bspark(?:s|ing|ed)?\b|\bon fire\b|\bmelt(?:ed|ing)\b|\bfumee\b|\bboucane (?:qui )?(?:sort|sortait|sortir|dans|du|de)\b|\b(?:fait|faisait|a fait) de la boucane\b|\bbrule\b|\betincelles?\b|\bfeu\b(?! (?:my|ma|mes|son|sa|ses|notre|madame|monsieur|mme|vert)\b)",
    r"\bbrakes?\b.{0,30}\b(?:don'?t|dont|won'?t|not|fail|failed|failing|gave|giving|gone|shot|broken?|slip|aren'?t|isn'?t|spongy|soft|longer to stop|molles?|mous?)|\bbrakes?\b.{0,20}\b(?:didn'?t|did not) (?:catch|hold|work)\b|" + NO_BRAKES + r"|\bfaill?it? tomber\b|\blurch\w*|\b(?:went|ran|drove|crashed|slammed) (?:right )?into (?:the |a )?(?:wall|door|table|counter|car|fence)\b|\bfreine (?:pu|plus|pas|mal)\b|\bprendre le clos\b|\bfreins?\b.{0,30}\brepond(?:ent)? (?:pas|pu|plus)\b|\bfreins?\b.{0,30}\b(?:lache|lachent|marche(?:nt)? (?:pas|pu|plus)|fonctionne(?:nt)? (?:pas|pu|plus)|(?:re)?tien(?:nen)?t (?:pas|pu|plus)|pogne(?:nt)? (?:pas|pu))",
    r"\bcan'?t (?:lift|get) (?:her|him|them) out\b|\b(?:sitting|stuck) in the (?:tub|bath)\b|\bwon'?t come (?:back )?(?:up|down)\b|\bslid (?:off|down|out)\b|\bpartway (?:down|up)\b|\bon the landing\b|\brolled (?:into|down|onto|off|out)\b|\bfailli (?:descendre|partir|rouler|debouler)\b",
    r"\b(?:fell|fallen|had a fall|a fall\b|falling)\b(?! (?:through|behind|asleep|apart|in love|off the list))|\b(?:dropped|slipped)\b.{0,30}\b(?:floor|bed|ground|onto|out|off)\b|\b(?:almost|nearly) (?:rolled|fell|tipped|went over|slid off|came off)\b|\b(?:i'?m|i am|she'?s|he'?s|she is|he is|we'?re|we are|mom'?s|dad'?s|mum'?s|mom is|dad is) (?:stuck|trapped) on (?:the|my|her|his|our) [a-z]+\b",
    r"\b(?:est|suis|es|sont|ai|a|il|elle) tomb(?:ee?s?|er)\b|\b(?:cutting|cuts|cut) out\b|\bin the middle of the (?:street|road|intersection|crosswalk)\b|\btombee?s? (?:par terre|a terre|de|du|en bas)\b|\bchute\b|\bfailli (?:tomber|basculer|rouler)\b",
    r"\bemergency\b|\burgent(?:e|ly)?\b|\burgence\b|\b911\b|\binjur(?:ed|y)\b|\bhurt\b|\bblessee?\b",
    r"\b(?:joystick|controller|manette)\b.{0,20}\b(?:jammed|stuck|bloquee?|coincee?|pognee?)\b|\b(?:chargeur|batterie|moteur|prise|fil|manette)\b.{0,25}\b(?:fondue?|fumait|a fume)\b"  # 'joystick is jammed forward', 'le chargeur a fondu'
    r"|\b(?:is|are) (?:it|this|that|they) (?:still )?safe to (?:use|drive|ride)\b|\b(?:securitaire|safe) (?:de l'|a )?(?:utiliser|conduire)\b",
    rf"\b{EQUIPMENT}\b.{{0,40}}\b(?:a lache|lache|let go|gave way|gave out|broke while)\b|\b(?:bras|sangle|harnais|arm|strap|sling)\b.{{0,12}}\b(?:a lache|lache|gave way|gave out|snapped)\b",
    r"\b(?:jerked|lurched|jolted|stopped|stuck|froze)\b.{0,40}\bwith (?:her|him|me|mom|mum|dad) (?:on|in) it\b|"
    r"\b(?:jerked|lurched|jolted|dropped|froze)\b.{0,30}\b(?:when|while) (?:she|he|i|mom|mum|dad|my \w+) (?:was|were) (?:on|in) it\b|"
    r"\b(?:strap|sling|belt)s? (?:slipped|broke|snapped|tore|came (?:loose|undone|off))\b|\blet (?:her|him|me|them) down (?:hard|fast)\b",
)))
HISTORY = {  # what happened long ago is not why the client writes now
    "no_longer_has_unit": compile_words(r"\b(?:pas|not|never|jamais) (?:en|in|dans|a|au|into) (?:a |an |un |une |the )?(?:soins de longue duree|long[- ]term care|nursing home|chsld|care home|foyer)\b"),  # 'en résidence, pas en soins de longue durée'
    "urgent": compile_words(r"\b(?:fell|had a fall|a fait une chute|est tombee?)(?: \w+){0,2}? (?:last (?:winter|summer|fall|spring|year)|l'hiver (?:passe|dernier)|l'an passe|l'annee passee|(?:\w+ ){1,2}years? ago|il y a (?:\w+ ){1,2}ans)\b"
                            r"|\b(?:allee?|alle|passee?|ete|rendue?|amenee?|went|been|was|were) (?:a l'|to (?:the )?|in (?:the )?)(?:urgence|emerg|emergency|er)\b(?=.{0,60}\b(?:revenue?|back home|home now|(?:va|is|she'?s|he'?s|doing) (?:bien|mieux|fine|ok|okay|better|well))\b)|\b(?:le |on (?:the )?)\d{1,2}(?:st|nd|rd|th|er)?(?: \w+)? (?:j'ai fait une chute|i had a fall|i fell)\b|\b(?:j'ai fait une chute|i had a fall|i fell|had a fall)\b(?: \w+){0,3}? (?:le|on) (?:the )?\d{1,2}\b|\b(?:getting over|recovering from|remets? d') ?(?:a|une|my|her|his|ma|sa) (?:fall|chute)\b|\ba fall (?:i|she|he) had\b|\bhad (?:a|my|her|his) fall (?:on|in|back|a few|two|three|some)\b|\bsince (?:my|her|his) fall\b|\bdepuis (?:ma|sa|son) chute\b|\b(?:fait|had|eu) une? (?:chute|fall) (?:en|in) (?:19|20)\d\d\b|\b(?:fell|tombee?) (?:en|in) (?:19|20)\d\d\b"),
}
BACKGROUND = {  # a death long past, told while booking ('my wife Joan passed two years ago... Friday would be fine')
    "bereaved": compile_words(
        r"\b(?:since|depuis que) (?:my |mon |ma |our |son |sa |her |his )?\w+ (?:died|passed|passed away|est decedee?|est partie?|est morte?)\b"
        r"|\b(?:est )?(?:died|passed away|passed|decedee?|morte?|est partie?|s'est eteinte?)(?: \w+){0,3}? (?:(?:in|en) (?:19|20)\d\d|(?:in|en) (?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|(?:\w+ ){0,2}years? ago|(?:il )?y a (?:\w+ ){0,2}ans)\b"
        r"|\bwidow(?:ed|er)? since\b|\bveuve? depuis\b|\b(?:un )?deces dans la famille\b|\b(?:a )?death in the family\b"
        r"|\b(?:we )?lost (?:my|our) (?:late )?(?:sister|brother|soeur|frere|cousine?|friend|amie?|cat|dog|chat|chienne?|neighbou?r|voisine?|aunt|uncle|tante|oncle|beau-frere|belle-soeur)\b(?: [\w']+){0,3}"
        r"|\b(?:my|our|ma|mon|notre) (?:late )?(?:\w+'s )?(?:sister|brother|soeur|frere|cousine?|friend|amie?|cat|dog|chat|chienne?|neighbou?r|voisine?|aunt|uncle|tante|oncle|beau-frere|belle-soeur)\b(?: [\w']+){0,3}? (?:est |a )?(?:died|passed away|passed|decedee?|morte?|est partie?|s'est eteinte?)\b"
    ),
    "no_longer_has_unit": compile_words(  # staff of a residence writing for a client who lives there with the unit; back home for good
        r"\b(?:from|at|of) (?:the )?(?:[a-z']+ ){0,3}(?:retirement (?:home|residence)|nursing home|care home|assisted living|residence(?: pour aines)?|foyer|chsld)\b"
        r"|\b(?:home|back|chez (?:elle|lui|nous|eux)|a la maison)(?: now)? (?:for good|pour de bon)\b"
        r"|\b(?:ma|mon|my|sa|son|notre|our|her|his) (?:fille|fils|soeur|frere|daughter|son|sister|brother|niece|neveu|nephew|voisine?|neighbou?r|grandson|granddaughter)(?: \w+){0,4}? (?:a |est |has |is |(?:il|elle) (?:a|est) |(?:he|she)(?:'s| has| is) )?(?:demenagee?|moved)\b"
    ),
}


BREAKING_NEWS = compile_words(  # 'I should have let you know': the news is told now, whatever its date
    r"\b(?:should|ought to) have (?:let you know|told you|called|written)\b|\b(?:wanted|want) to let you know\b|\bj'aurais du vous\b"
    r"|\bje voulais vous (?:le )?(?:dire|aviser|avertir)\b|\bjust so you know\b|\bpour votre information\b"
)


def in_the_background(intent: str, clean: str) -> bool:
    """The intent is heard only in a past told as background ('my husband died in 2019'): with a time wish, a booking."""
    background = BACKGROUND.get(intent)
    return background is not None and background.search(clean) is not None and dict(OFF_SCRIPT)[intent].search(background.sub(" ", clean)) is None \
        and not BREAKING_NEWS.search(clean)
NOT_URGENT = compile_words(
    r"\by'?a pas le feu\b|\b(?:pas|aucune?) (?:d'|de )?(?:urgence|presse)\b|\bno emergency\b|\bno fire\b|\b(?:not|no|pas|rien d'|isn'?t|is not|c'est pas|ce n'est pas)\s*(?:un |une |an |a )?(?:urgent|urgence|an emergency|rush|presse|dangerous|dangereux|a danger)\b|\bno rush\b|\bnon urgent\b|\bnothing (?:dangerous|serious|urgent)\b|\brien de (?:grave|dangereux|urgent)\b|\b(?:i'?m|we'?re|i am|we are) (?:in|at|away)\b.{0,30}\bcan'?t get (?:down|up|over|there|away)\b"
)

BEREAVED = compile_words("|".join((
    r"\b(?:mom|mum|dad|mother|father|husband|wife|his|her)(?:'?s)? funeral (?:was|took place)\b|\bfunerailles (?:de (?:papa|maman|mon \w+|ma \w+) )?ont eu lieu\b|\bpassed(?: away| on| peacefully)?\b(?! (?:the|a|an|by|it|his|her|my|their|our|all|with|through|out|along|over)\b)|\bpast away\b"
    r"|\b(?:has|have|had) passed\b(?! (?:the|a|an|by|it|its|my|your|our|all|with|through|out|along|over|inspection)\b)",  # 'Mrs. Kowalski has passed. Her son...'
    r"\b(?:his|her|(?:mom|mum|dad|mother|father|husband|wife)'?s) estate\b(?! sales?\b)|\bexecut(?:or|rix)\b|\bla succession\b|\bliquidat(?:eur|rice) (?:de la succession|testamentaire)\b"
    r"|\blate \w+'?s (?:phone|cell|cellphone|number)\b|\b(?:cell|cellulaire|numero|telephone) (?:de |du )?(?:(?:my|ma|son|sa|notre) )?(?:feu|defunte?|regrettee?)\b",
    r"(?<!battery )(?<!batteries )(?<!charger )(?<!phone )(?<!cell )(?<!tablet )(?<!car )(?<!motor )(?<!remote )(?<!control )(?<!controller )(?<!joystick )(?<!light )(?<!lights )(?<!bulb )(?<!it )(?<!thing )\bdied\b|\bdeceased\b|\bdeath\b|\bwe lost (?:mom|dad|mum|grandpa|grandma|granddad|nana|papa|maman|him|her|my|our)\b|\blost (?:my|our) (?:husband|wife|mother|father|mom|dad|son|daughter|brother|sister)\b",
    r"\bs'est eteinte?\b|\b(?:allee?s?|partie?s?|rendue?s?|montee?s?) (?:rejoindre (?:\w+ ){1,2})?au (?:ciel|paradis)\b|\bpartie? en paix\b|\b(?:went|gone|called) (?:home )?to (?:be with )?(?:the lord|jesus|god|heaven)\b|\b(?:is|'s|now) (?:with the lord|in heaven)\b|\bno longer with us\b|\b(?:been )?gone since\b|\blost (?:her|his|their) (?:battle|fight)\b|\b(?:est|sont) partie? (?:rejoindre|pour un monde)\b|\b(?:est|sont) partie?s?\b.{0,30}\bentouree?s?\b|\bpartie? paisiblement\b|\b(?:est|sont) partie?s?\b(?: \w+){0,4}? d'une? (?:cancer|arret cardiaque|infarctus|crise cardiaque|avc|longue maladie|maladie)\b|\b(?:a|ont) (?:pas|pas trop) souffert\b|\bdidn'?t suffer\b|\bdecedee?s?\b|\be deceder\b|\bdeces\b|\bnous a quittes?\b|\bnous ont quittes\b|\b(?:est|sont|y'?e) morte?s?\b(?! de (?:rire|peur|fatigue|froid|faim))|\b(?:on|je|nous) l'(?:a|ai|avons) perdue?\b|\b(?:on a|j'ai|avons|ont) perdu (?:maman|papa|(?:ma|my|notre|sa|son|leur) (?:mere|pere|mari|femme|epouse|epoux|conjointe?|fils|fille|frere|soeur))\b|\bil est mort\b|\bpasse l'arme a gauche\b|\bmort(?:e)? (?:en|le|la|cet|ce|hier)\b",
)))

WRONG_NUMBER = compile_words("|".join((
    r"\b(?:wrong|rong|wrng|wron) (?:(?:number|numbr|person|persn|phone)\b|#)|\bm[ao]u?vais (?:numero|#|cell)|\bpas moi? que vous cherchez\b|\bpas moi votre client\b|\b(?:ancien|previous|former) (?:proprietaire|owner) (?:du|of (?:the|this)) (?:numero|number)\b|\bpas (?:moe|moi) que vous\b|\bnumero(?:-la)? est a moi\b|\bnot (?:his|her|their|my|the) (?:number|phone)\b|\bnumber is (?:new|not hers|not his)\b|\b(?:vous )?(?:devez |devriez )?(?:vous )?(?:tromper|trompez|trompe|tromp[ée]s?) de (?:numero|personne|#)\b",
    r"\b(?:got|have had|just got) this (?:phone |cell )?number\b|\bno (?:one|body|\w+) (?:here )?(?:by that name|named)\b|\bthere'?s no \w+ (?:here|at this number)\b|\bno (?!(?:more|texts?|messages?|calls?|need)\b)(?:\w+ ){1,2}at this (?:number|phone|cell)\b|\bpas (?:de |d')(?!(?:textos?|textes?|messages?|appels?)\b)\w+ (?:a|sur) ce (?:numero|cell|telephone)\b|\bpersonne (?:de|qui porte) ce nom\b",
    r"\bdon'?t know (?:this|that|who|any) (?:person|\w+)\b|\bnever (?:heard of|owned)\b",
    r"\bmauvais (?:numero|#|cell|cellulaire|telephone)\b|\btromp(?:e|ee|es|ez|ent) de (?:numero|personne)\b|\betes trompee?s?\b|\bvous vous trompez\b|\bje (?:suis|ne suis) pas (?:mme|madame|m|monsieur|mr)\b",
    r"\bnobody (?:in this house|here|by that name|named)\b|\bnot (?:the (?:person|one|guy|lady|man|woman)|whoever|who) (?:you'?re|you are|you were) (?:looking for|trying to reach|after)\b|\bpas (?:la (?:bonne )?personne|le bon|la bonne|celui|celle) (?:que|qui) vous (?:cherchez|voulez)\b|\byou(?:'re| are| must be| might be)? (?:looking for|trying to reach|after) (?:someone|somebody) else\b|\bvous (?:devez |devriez )?(?:cherche[rz]|voulez|vouliez) (?:rejoindre )?quelqu'un d'autre\b|\bnever had a (?:\w+ )?" + EQUIPMENT + r"\b|\bjamais eu (?:de |d'|un |une )(?:\w+ )?" + EQUIPMENT + r"\b|\bappartient a\b|\bje connais pas de\b|\bpas (?:le )?bon numero\b|\berreur de numero\b",
    r"\bconnais pas (?:cette|cet|ce|la|le) (?:personne|monsieur|madame|dame|gars)\b|\by'?a pas de \w+ ici|\bil n'y a pas de \w+ ici\b",
    r"\b(?:you have|you've got|got) (?:an old|the old|an outdated) number\b|\bnot related to (?:any|a|an)\b|\bpas (?:son|sa) numero\b|\b(?:ce n'est|c'est) pas le numero de\b|\bn'est pas le numero de\b|\bvous avez rejoint\b|\bthis (?:isn'?t|is not) (?:\w+ )?\w+(?:'s)? (?:phone|number|cell)\b|\bonly had this (?:phone |cell )?number\b|\b(?:ce|c) pas (?:my|mon|le bon) numero\b|\bc'est pas le bon numero\b|\b(?:eu|ai|avoir) ce (?:numero|cell|cellulaire|telephone)\b|\b(?:number|phone|cell) belongs to\b|\bce numero (?:appartient|est celui)\b",
    r"\b(?:got|has|have) a new (?:number|cell|phone)\b.{0,40}\b(?:this (?:one|number|phone|cell) is mine|is mine now)\b|\bthis (?:one|number) is mine now\b"
    r"|\b(?:elle|il|mere|pere|maman|papa|she|he|mom|mum|dad|mother|father) (?:a|has|got) (?:un |a )?(?:autre|nouveau|new|different) (?:numero|number)\b"  # 'ma mere a un autre numero astheure'
    r"|\b(?:don'?t|do not|never) (?:have|had|owned|own) (?:a|an|any) (?:\w+ )?(?:lift|scooter|wheelchair|chair|bed)\b.{0,60}\bwho'?s \w+\b",
    r"\b(?:isn'?t|is not|not) (?:\w+'s|her|his|my) (?:phone|number|cell) any ?more\b|\b(?:number|phone|cell) (?:isn'?t|is not|is no longer) (?:\w+'s|\w+s|hers|his|theirs)\b|\bn'est plus (?:le|son|sa) (?:numero|cell|telephone)\b|\b(?:hasn'?t|has not) been (?:\w+'s|her|his|their) (?:phone|number|cell)\b",
    r"\bc'est (?:plus|pu|pus) (?:m|mme|mr|madame|monsieur|mlle) \w+ (?:ici|a ce numero)\b|\b(?:got|have|you'?ve got|you have|texted|reached) the wrong (?!time|day|date|week|month|one|option)[a-z]+\b",
)))

NO_LONGER_HAS_UNIT = compile_words("|".join((
    r"\bwas (?:a |only a )?rental\b|\b(?:it|the \w+|she|he) went back (?:to|in)\b|(?<!you )(?<!they )\bsold\b(?! (?:me|us|to me|to us|it to (?:me|us)))|\bgave (?:it|them|the \w+|her \w+|his \w+|my \w+) (?:away|to)\b|\bgiven away\b|\bgave (?:it|them|the \w+|her \w+|his \w+|my \w+) back\b|\bdonated\b|\breturned (?:it|the|her|his|my)\b|\breturned (?:[\w']+ ){1,4}to the (?:rental|store|vendor|company|dealer|shop)\b|\btook it back\b|\bwas stolen\b|\bgot stolen\b|\b(?:rental|it|the \w+) (?:was|has been|got) (?:returned|picked up|taken back)\b|\b" + EQUIPMENT + r" (?:was|has been|got) (?:returned|taken back|donated|given away)\b|\btraded (?:it|them|the \w+|her \w+|his \w+|my \w+) in\b|\bl'(?:avons|ai|a|ont) echangee? (?:pour|contre) (?:un|une)\b|\b(?:doesn'?t|does not|don'?t|do not|no longer) live (?:there|here|at (?:home|that address|the house))\b|\b(?:got|gotten|getting) rid of (?:it|them|the|her|his|my|our)\b|\b(?:l'|le |la |les )?(?:avons|ai|a|ont|sommes|suis|s'est|est|sont) debarrasse",
    r"\b(?:(?:don'?t|doesn'?t|dont|doesnt|do not|does not|no longer) (?:have|has|own|use)|(?:won'?t|will not) need) (?:it|that|this|the|a|her|his|my|them)\b.{0,30}\b(?:anymore|any more|no more)\b|\bno longer (?:has|have|own|owns|uses)\b",
    r"\bnot (?:mine|ours|hers|his) anymore\b|\btook (?:the |it |her |his |my )?(?:\w+ )?(?:lift |chair |bed |scooter )?out\b|\bmoved (?:into|in with) (?:his|her|my|their|our)\b|\bmoved (?:her|him|them|mom|mum|dad) (?:in)?to (?:a |the )?(?:[a-z']+ ){0,3}(?:retirement|residence|nursing|care|lodge|manor)\b|\bdon'?t have (?:it|that|one|the \w+) anymore\b",
    r"\b(?:we|i|she|he|they|mom|dad|mother|father)(?:'ve| have| has|'s)? moved (?:to|away|out|in with|provinces)\b|\bmoved (?:to|into) (?:a )?(?:home|care|nursing|retirement|long)",
    r"\bno longer lives? (?:at home|in (?:her|his|their|the) (?:own )?(?:house|home|place))\b|\b(?:is|'s|are|now) in care\b|\bnursing home\b|\blong[- ]term care\b|\bltc\b|\bretirement (?:home|residence)\b|\bcare home\b|(?<!volunteer at the )(?<!volunteer at a )(?<!work at the )(?<!works at the )\bhospice\b|\bin a home\b|\bassisted living\b",
    r"\bvendue?s?\b|(?<!me )(?<!nous )(?<!vous )(?<!te )(?<!lui )\b(?:donne|redonne|remis|retourne|rapporte)e?s? (?:le|la|l'|au|a la|aux|son|sa|a)\b(?! (?:cle|clef|clefs|cles|key|numero|nouvelles|adresse|temps|chance|gout|coup|change))|\ba (?:pu|pus|plus) (?:son|sa|de)\b(?! (?:cellulaire|cell|telephone|internet|auto|char|voiture|permis|batterie))|\bl'ai plus\b|\b(?:ai|a|avons|ont) (?:pu|pus|plus) (?:de |d')" + EQUIPMENT + r"\b|\bl'a plus\b|\b(?:pu|pus|plus) (?:le|la|mon|ma|son|sa) (?:quadri\w*|triporteur|fauteuil|lit|monte-escalier|leve-personne|scooter|marchette)\b|\bl'(?:ai|a|avons|ont) (?:re)?donne[er]?s? (?:a|au|aux)\b|\bl'avons plus\b|\bl'ont plus\b|\bvolee?s?\b",
    r"\b(?:a|ai|avons|ont|est|sont) demenagee?s?\b|\bfermer (?:mon|son|sa|le) dossier\b|\bclose (?:my|her|his|the) (?:file|account)\b|\bchsld\b|\b(?:had|got) (?:the|it|her|his|my|our) (?:\w+ ){0,2}?(?:removed|taken out)\b|\bfait (?:enlever|retirer|demonter) (?:le|la|son|sa|mon|ma|notre)\b|\b(?:demeure|vit|habite|reste|est) (?:maintenant |rendue? )?dans une residence\b|\bsoins de longue duree\b|\bcentre d'hebergement\b|\bfoyer\b|\bresidence pour aines\b|\ben residence\b",
    r"\b(?:went|gone|given) to (?:my|her|his|our|a|the) (?:nephew|niece|son|daughter|brother|sister|friend|neighbou?r|church|cousin|grandson|granddaughter)\b"
    r"|\b(?:was|got|has been|been) replaced\b.{0,60}\b(?:another|a different|other) (?:company|dealer|vendor|supplier|provider|store)\b|\bremplace par (?:une autre|un autre) (?:compagnie|fournisseur|magasin)\b"
    r"|\bpicked (?:it|the \w+) (?:back )?up\b|\bwent back to the (?:[\w-]+ ){0,3}(?:rental|store|vendor|company|supplier|dealer|program)\b|\b(?:was )?only on loan\b|\bgave (?:[\w']+ ){1,3}(?:away|to) (?:a|my|her|his|the|our|some)\b|\bleft (?:the|my|her|his) (?:\w+ )?(?:scooter|chair|wheelchair|lift|bed) (?:with|at|to)\b|\bpour de bon\b|\bfor good\b|\b(?:pus|plus) besoin de vous\b|\b(?:partie?|allee?) (?:vivre|rester|demeurer)\b|\bmoved in with\b|\b(?:a|ont) (?:amene|apporte|emporte) (?:son|sa|le|la)\b(?!(?: [\w-]+){0,2} (?:a|au|chez) (?:votre|vos|vous)\b)|\btook (?:it|the \w+|her \w+|his \w+) with (?:her|him|them)\b|\bn'(?:a|ai|avons|ont) (?:plus|pu|pus) (?:le|la|l'|son|sa|ses|ce|cet|cette|ces|de|notre|leurs?)\b|\bon la (?:pu|plus)\b|\bla donner a\b|\b(?:a|ont) ete (?:enleve|repris|reprise|retournee?s?\b(?! (?:pour|en) repar))|\brepris par\b|\b(?:donne|redonne|laisse|passe)e? a (?:ma|mon|sa|son|une|un|notre)\b|\ben a plus\b|\bplus a (?:nous|moi|elle|lui)\b",
)))

NOT_A_CALL = compile_words(r"\b(?:call|phone|ring) (?:me|us)(?: (?:at|on) [\d-]+)? (?:when|once|before) (?:(?:you'?re|you are|the \w+ (?:is|'s)|he'?s|she'?s|he is|she is) (?:on (?:your|the|his|her) way|en route|close|nearby|leaving|coming)|(?:you|the \w+|he|she) (?:leave|leaves|head out|heads out|get close|gets close|arrive|arrives|come|comes)\b)|\b(?:appelez|telephonez)[- ]moi(?: au [\d-]+)? (?:(?:quand|lorsque) (?:vous (?:etes|serez) (?:en route|en chemin|proches?|pas loin)|vous (?:partez|arrivez|partirez|arriverez)|le technicien (?:part|arrive|partira|arrivera|est en (?:route|chemin)))|avant (?:de venir|d'arriver|de partir))\b|\bon the phone (?:last time|the other day|before|yesterday|last week|last year)\b|\bau telephone (?:la derniere fois|l'autre jour|hier)\b|\b(?:told|said|spoke|talked|asked)(?: \w+){0,3} (?:to )?(?:the|your|a) \w+ on the phone\b|\b(?:repond|entend) (?:pas|pus|pu|plus|mal)(?: \w+)? (?:au|le) telephone\b|\b(?:said|told you|mentioned|dit)(?: \w+){1,3} (?:on the phone|au telephone)\b|\b(?:doesn'?t|does not|can'?t|cannot|won'?t) (?:answer|hear) the phone\b|\b(?:doesn'?t|does not|don'?t|do not|can'?t|cannot) (?:hear|do|manage)(?: (?:well|good|too well|very well))? on the phone\b|\bvous vous rappelez\b|\bme rappeler (?:des|de|du|les|ca|mes|tout)\b(?! (?:demain|lundi|mardi|mercredi|jeudi|vendredi|matin|soir|apres-midi|avant-midi))|\b(?:me|nous) rappeler (?:l'|le |la |mon |ma |notre |son |sa )(?:entretien|rendez-vous|rdv|visite|service|inspection|verification|maintenance)\b|\bvous rappelez-vous\b|\btu te rappelles\b|\b(?:je|il|elle) (?:m|s)'appelle\b|\b(?:i|we) (?:said|told you|promised) (?:i|we)'?d (?:call|phone)(?: back)?\b|\b(?:forgot|never got around) to call\b|\bnever called\b|\bif (?:you )?(?:need|needed|want|have) (?:to )?(?:call|phone|reach)(?: (?:me|us|him|her|first|ahead))*\b|\bif needed\b|\binstead of (?:calling|phoning|a (?:phone )?call)\b|\b(?:confused|lost|can'?t hear|hard of hearing) on the phone\b|\bplease text\b|\btext me instead\b|\b(?:walked|sat|stepped|dropped|pocket|pressed|hit|typed)\b(?: \w+){0,2} on the phone\b|\b(?:au lieu|plutot que) d'appeler\b")
HUMAN = compile_words("|".join((
    r"(?<!a )(?<!the )(?<!my )(?<!no )(?<!cell )(?<!new )(?<!old )(?<!her )(?<!his )(?<!use )(?<!'s )(?<!your )(?<!our )(?<!this )(?<!their )\b(?:call|phone|ring)(?:ing)? (?:me|us|her|him|my|mom|dad|them|back|the house|at home)\b|\bgive (?:me|us|her|him) a (?:call|ring|shout|buzz|holler)\b|\bquelqu'?un (?:me|nous|la|le|les) (?:rappelle|appelle|telephone)\b|\b(?:qu'on|que quelqu'un|que vous) (?:me|nous|la|le|les) (?:rappelle|rappeliez|appelle|appeliez|telephone|telephoniez)\b|(?<!a )(?<!the )(?<!my )(?<!use )(?<!new )(?<!old )(?<!cell )\b(?:fone|phone) (?:my|his|her|our) (?:son|daughter|husband|wife|brother|sister|niece|nephew|caregiver|mother|father|mom|dad)\b|\b(?:someone|somebody) (?:to )?(?:call|phone|telephone|ring)\b|\b(?:can|could) (?:you|someone|somebody) (?:please )?(?:call|phone)(?: me| us)?$",
    r"(?:^|\b(?:please|pls|can you|could you|just|can someone|to) )(?:call|phone)\b(?! (?:you|the office))(?=.{0,25}\d)|\bphone call\b|\b(?:call|phone|ring) (?:instead|rather)\b|\bcall back\b|\bcallback\b|\bon the phone\b|\bby phone\b|\btalk on the phone\b",
    r"\b(?:speak|talk) (?:to|with)\b(?! (?:my|her|his|our|mon|ma|the family)\b)|\ba (?:real )?person\b|\bune vraie? personne\b|\bhuman\b|\bagent\b|\brepresentative\b|\boperator\b|\breceptionist\b",
    r"\b(?:appelez|appellez|telephonez|rappelez|contactez)(?:-| )?(?:moi|nous|la|le|ma|mon)?\b|\bm'appeler\b|\bnous appeler\b|\bun appel\b|\bpar telephone\b|\bau telephone\b",
    r"\b(?:will|'ll) (?:call|phone|ring) you\b(?! (?:myself|ourselves))|\b(?:va|vais|allons|vont) vous (?:appeler|telephoner)\b(?! moi-meme| nous-memes)|\bcan (?:i|we) (?:just )?(?:call|phone) (?:you|the office|your office|the store)\b|\bwhat number (?:can|should|do) (?:i|we)\b|\bquel numero\b.{0,25}\b(?:appeler|rejoindre)\b|\b(?:landline|home phone|house phone|ligne fixe|telephone fixe|le fixe)\b|\bparle[r]? a (?:quelqu'un|une personne|un humain|quelqu un|quelquun)\b|\bcoup de (?:fil|telephone)\b|\bune (?:vraie )?personne\b|\b(?:appeler|telephoner) (?:a )?(?:ma|mon|my)\b|\b(?:jaser|parler|discuter) (?:avec|a) (?:quelqu'un|une personne|un humain|quelqu un)\b",
    r"\b(?:a|un) (?:phone )?(?:call|appel) (?:would|will|is|works|serait|est|ferait) (?:be )?(?:better|best|easier|simpler|nicer|preferable|mieux|plus (?:facile|simple))\b|\b(?:rather|prefer) a (?:phone )?call\b|"
    r"\b(?:r?appeler|telephoner a) (?:ma|mon|sa|son|notre) (?:fille|fils|soeur|frere|gendre|bru|mari|femme|conjointe?|niece|neveu|voisine?|petite?-(?:fille|fils))\b|\bau lieu de texter\b|\binstead of texting\b|\b(?:call|phone) the office at (?=\d)|\b(?:number|numero) (?:i|we) (?:can|could) (?:call|phone)\b|\bplease call$|\bcall please\b|\bm'?ap+el+(?:er|iez|ez)\b|\bap+el+(?:e[rz]?)?[- ]moi\b(?!-meme| meme)|\bplease (?:phone|call)\b(?! (?:you|the office))|\bme (?:r?appeler|telephoner)\b|\b(?:m|l|nous)'appellen?t?\b|\b(?:m|l|nous )'?appell?iez\b|\bl'appeler\b|\bqu'on (?:m'|l'|nous )appell?e|\bcal+ (?:me|us|her|him)\b|\bcal+ (?:his|her|my) \w+\b|\b(?:phone|ring) (?:his|her|their) (?:son|daughter|husband|wife|niece|nephew|brother|sister|caregiver)\b",
)))

PRICE = compile_words("|".join((
    r"\bhow much\b|\bwhat (?:the |a |your )?(?:visit|service|call|check|checkup|tune-?up|it) (?:runs|costs?|would run|will run)\b|\bcouvert par\b|\bde ma poche\b|\b(?:faut que je|je dois|dois-je) (?:paye|payer)\b|\bwhat do (?:we|i|she|he) owe\b|\b(?:do|does|did|would|will|should) (?:i|we|she|he|they|mom|dad) (?:still )?owe\b|\bcombien (?:on|je) vous doi[st]\b|\bsame price\b|\bmeme prix\b|\bthe damage\b|\brun (?:me|us)\b|\bdollars?\b|\bgone up\b|\bballpark\b|\b(?:labou?r|service) charge\b|\bestimate\b|\b(?:a|the|your|get a|for a) quote\b(?! for the move)|\bquote (?:for|on)\b|\bdevis\b|\bsoumission\b|\bestimation\b|\bcost(?:s|ing)?\b|(?<![a-z]{3} )\bprice\b|\b(?:the|what'?s|what is|your|a|any|of) price\b|\bpricing\b|\bfees?\b|\b(?:the )?charge (?:for|me|be)\b|\bwhat'?s the charge\b|\bcheaper\b|\bexpensive\b|\bincluded in (?:what|the price|my|the plan|the warranty)\b|\b(?:or|cost|costs|is it|be) extra\b|\b(?:en extra|en supplement)\b",
    r"\bwhat do (?:you|you guys|y'all) charge\b|\bhow much do you charge\b|\b(?:do|will|would|should) (?:i|we|she|he|they) (?:have to |need to )?pay\b|\bfree of charge\b|\b(?:is|will|would) there be (?:a |any )?(?:charge|fee|cost)s?\b|\bis there (?:a |any )?(?:charge|fee|cost)s?\b|\bis (?:it|this|that|the \w+) free\b|\bfree or\b|\bfor free\b",
    r"(?<!it's )(?<!its )(?<!all )(?<!fully )(?<!always )\bcovered\b|\bcover (?:this|it|the)\b|\bout of pocket\b|\binvoice\b|\bbill (?:me|us)\b",
    r"\bcombien\b(?! de (?:temps|jours|semaines|mois|heures|fois|minutes)\b)|\b(?:c'?est-?tu|c'tu|est-ce|c'est|ca va etre|sera|serait) payant\b|\bcout(?:e|era|ent|er)?\b|\bprix\b|\btarifs?\b|\bfrais\b|\bgratuite?\b|\bgratis\b|\bpayer\b|\bfacture\b|\bcher\b",
)))

ALREADY_SERVICED = compile_words("|".join((
    r"\b(?:was|were|got|been) (?:all |already |just )?serviced\b(?! (?:last year|a year ago))",
    r"\b(?:ils|y|y'|on|il|elle) ?(?:ont|a|m'ont|m'a) (?:toute?|tout) (?:verifie|checke|inspecte|regarde|revise)\b|\bdeja (?:allee?|passee?) au magasin\b|\b(?:votre|your|(?:un|une) de vos|one of your) (?:gars|tech\w*|technicien|monsieur|guys?|men) (?:est venu|est passe|came|was here|was by)\b",
    r"\b(?:est|sont) venue?s? (?:le |la |les )?(?:verifier|checker|inspecter|reparer|voir)\b|\b(?:ca|c'a|sa) (?:a )?ete (?:fait|faite|verifiee?|inspectee?|entretenue?|checkee?)\b|\bhad it done\b|^(?:it'?s|it has|that'?s|its) (?:already |all )?been (?:done|looked after|taken care of)\b|\b(?:had|got) (?:the|its|her|his|my|our) (?:\w+ )?(?:maintenance|service|servicing|check-?up|inspection|tune-?up) done (?:already|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|last (?:month|week|fall|spring|summer|winter)|(?:a|one|two|three|\d) (?:weeks?|months?) ago)\b|\b(?:on|je|nous) l'(?:a|ai|avons) (?:deja )?fait (?:faire|verifier|inspecter|entretenir)\b|\b(?:all )?done already\b|\balready (?:done|serviced|checked|inspected|looked|came|had|been|fixed|took care|taken care)\b|\b(?:been|was|got|had it) (?:just |already |recently )?(?:serviced|checked|inspected|looked at|tuned)\b",
    r"\b(?:tech|technician|guy|fellow|gentleman|repairman|serviceman|someone|somebody|your (?:guy|tech|man))\b.{0,25}\b(?:came|was (?:just )?here|already|checked|looked|did (?:it|the))\b|\bserviced\b.{0,20}\balready\b|\bannual (?:check|service|inspection)\b.{0,20}\b(?:in|last|done)\b",
    r"\bdeja ete (?:verifiee?|fait|faite|inspectee?)\b|\ba deja (?:checke|verifie|inspecte|regarde|revise|entretenu)\b|\bhad (?:it|(?:the|her|his|my) (?:\w+ )?(?:lift|stair ?lift|chair|wheelchair|scooter|bed|hoyer|fauteuil|lit|quadriporteur)) (?:serviced|checked|looked at|inspected)\b|\bal+re?a?dy\b.{0,15}\bserv|\bhad it (?:looked at|checked|serviced|inspected)\b|\bserviced already\b|\balready been (?:serviced|done|checked)\b",
    r"\b(?:l'a|a|ont|avons|on l'a fait) checkee?s?\b|\bfait checker\b|\btechnicien\b.{0,50}\b(?:est (?:deja )?passee?|est (?:deja )?venue?|a (?:tout )?verifie|a (?:tout )?inspecte)\b",
    r"(?<!gendre )(?<!gars )(?<!fils )(?<!mari )(?<!frere )\bl'a (?:repare|reparee|inspecte|inspectee|verifie|verifiee)\b|\bchecked (?:it|her|his)\b(?! (?:calendar|agenda|schedule|phone|messages|email|texts?|voicemail|mail|book|planner)\b)|\bdeja (?:fait|faite|verifiee?|venu|eu|inspecte|regle)\b|(?<!c'est )(?<!c'etait )\bdeja passe\b|\ba ete (?:fait|faite|verifiee?|inspectee?|entretenue?)\b",
    r"\bannual (?:check|service|visit|inspection|tune)\b.{0,30}\b(?:ago|last|done|in|already)\b|\bvisite annuelle\b|\bjust (?:came|come) out\b|(?<!in )\breceipt\b",
    r"\b(?:votre|le|your) (?:gars|technicien|tech|homme|guy)\b.{0,12}\bl'a (?:faite?|vu|verifiee?|reparee?)\b|\balready did (?:it|the)\b|\bdid a (?:full |complete )?going[- ]over\b|\b(?:came|was) (?:out |here |by )?(?:on|in) (?:\w+ ){1,3}and (?:did|fixed|serviced|checked) (?:the|her|his|my|it)\b|\bgood (?:until|till|for) (?:next year|another year)\b|\bvous l'avez deja fait\b|\bdid the (?:full |annual |yearly )?(?:check|service|maintenance|inspection|tune-up)\b|\b(?:it|that|this) was (?:done|serviced|checked|looked at)\b|\bont fait l'entretien\b|\b(?:received|got|had) the service\b|\b(?:a|ont) ete reparee?\b|\bmise au point\b|\bfait (?:inspecter|verifier|reparer|entretenir)\b|\b(?:est|sont) (?:passee?|venue?)s? (?:lundi|mardi|mercredi|jeudi|vendredi|hier|la semaine|le mois|vendredi dernier)",
)))
NOT_PRICE = compile_words(r"\b(?:no|zero|pas de|aucuns?) (?:cost|charge|fees?|frais)\b(?!.{0,20}\b(?:right|correct|hein|eh|is it|c'est ca)\b)|\b(?:j'ai|i have|i've got|still have)(?: encore| still)? (?:la|the|my) (?:facture|invoice|receipt|bill)\b|\bnot (?:asking|a question) about (?:the )?(?:price|cost)\b|\bpas une question de prix\b")
NOT_ALREADY = compile_words(r"\b(?:of )?last year\b|\bca fait (?:un|deux|\d+) ans? que\b|\b(?:it'?s|it has) been (?:a|one|over a) year since\b|\bfaut le refaire\b|\blast time\b|\bla derniere fois\b|\bl'an passe\b|\bl'annee derniere\b|\bif (?:your|the|a) (?:tech|technician|guy|someone)\b|\bnot (?:been|yet)\b|\b(?:hasn'?t|haven'?t|has not|have not|wasn'?t|was not|weren'?t) (?:been |had it )?(?:serviced|checked|inspected|looked at)\b|\bpas encore\b|\bjamais\b|\bnever\b")

PRAISED = compile_words(r"\b(?:was|were) (?:very |so |really |such a )?(?:nice|kind|pleasant|lovely|friendly|helpful|polite|gentleman)\b|\bdid (?:a |such a )?(?:great|good|wonderful|fine|excellent) job\b|\b(?:etait|a ete) (?:tres |ben |vraiment |tellement )?(?:gentil|fin|aimable|sympathique|poli|serviable)\b|\bfait du bon (?:travail|job)\b")  # 'Your tech came last May, he was very nice': a past visit praised
DONE = compile_words(r"\b(?:already|deja|all done|(?:it'?s|it is|that'?s|was|been) (?:all )?done|c'est (?:fait|faite|regle)|(?:a|ont) (?:tout )?(?:fait|verifie|checke)|all set|taken care)\b")  # '... he was very nice and it's all done': serviced after all

STOP = compile_words("|".join((
    r"\bquit (?:sending|texting|messaging|contacting)\b|(?<!don't )(?<!dont )(?<!do not )\bstop (?:all |the |these |your |any )?(?:messages|texts|msgs|reminders)\b|\bstop (?:getting|receiving) (?:these|the|your|this|any)\b|\bretire(?:z|r)? (?:my|mon|notre) (?:numero|nom)\b|\barret(?:er|ez)? (?:des|les|vos) (?:textos|messages|textes)\b|(?<!don't )(?<!dont )(?<!do not )(?<!never )\bremove (?:me|my number|this number|the number)\b|(?<!don't )(?<!dont )(?<!do not )(?<!never )\b(?:remove|take) (?:it|us) (?:off|from) (?:your|the|ur) (?:list|mailing list|contact list|texting list)\b|\bdelete my number\b|(?<!don't )(?<!dont )(?<!do not )(?<!never )\bstop (?:contacting|texting|messaging|sending|calling|the texts|the messages|your (?:texts|messages)|these)\b|\btake me off?\b(?= (?:your|the|ur) (?:list|texts?|messages?)\b|\W*$)|\btake me off\b",
    r"\bno longer (?:want|wish to (?:get|receive)) (?:these|your|the|any) (?:messages|texts|reminders)\b|\b(?:don'?t|dont|do not) want (?:these |your |the |any |ur )?(?:texts?|messages?|reminders?) any ?more\b|\bne (?:m'|me |nous )?(?:ecrivez|textez|envoyez)(?: \w+)? (?:plus|pu|pus)\b|\b(?:don'?t|dont|do not) (?:text|contact|message|send)\b(?! (?:often|much|well|very|a lot|back|with|anyone|anybody|someone|somebody|a tech\w*|the tech\w*|people|out))|\bunsubscribe\b|\bopt ?out\b|\bno more (?:texts|messages)\b",
    r"\bne (?:plus|pas) m'(?:ecrire|envoyer|texter|contacter)\b|\bne (?:plus|pu|pus) (?:nous |lui |leur )?(?:envoyer|texter|ecrire|contacter)\b|\bplus (?:me )?(?:recevoir|m'ecrire|m'envoyer)\b|\bveux (?:plus|pu|pus) (?:de |recevoir|vos)\b",
    r"\blachez[- ]moi avec (?:vos|les|ces|tes) (?:textos|textes|messages|texts)\b|\bdesabonne|\bdesinscri|\barretez\b(?! pas\b| surtout pas\b| jamais\b)(?![- ]vous (?:chez|en passant|a la|au|donc))|\bar+e?t+e[rz]? de m'?(?:ecrire|texter|envoyer|contacter)|\bretire(?:z|r)?[- ]moi\b|\bme retirer\b|\bne plus me contacter\b|\bar+e?tez de m'?|\bar+e?t+e[zr] (?:les|vos|de)\b|\bar+e?t+e (?:les|vos) (?:messages?|textos?|textes?)\b",
    r"\b(?:ecrivez|textez|envoyez|texte|ecris)[- ]moi (?:pu|pus|plus|pas|jamais)\b|\bmoi (?:pu|pus) (?:de|jamais)\b|\b(?:pas|plus|pu|pus) de (?:textos|textes|messages|text|texts)\b(?!.{0,40}appel)|\b(?:m'|nous )(?:ecrivez|textez|envoyez)(?: \w+)? (?:plus|pu|pus)\b",
    r"(?<!won't )(?<!wont )(?<!will not )(?<!doesn't )(?<!doesnt )(?<!does not )(?<!didn't )(?<!didnt )(?<!can't )(?<!cant )(?<!not )(?<!never )\b(?:please )?stop(?: please| it| now| texting)?[ .!]*$",
)))

HELP = compile_words("|".join((
    r"\bwhat (?:company|business|store|is this|is it|'s this|are you|service)\b|\bwhich (?:company|store|business)\b|\bwho(?:'s| is| are)? (?:this|you|texting|writing|sending|messaging)\b|\bwhat (?:is|'s) this (?:about|for)\b|\bis (?:this|it) about (?:my|his|her|our|the|their) \w+(?: \w+)?\W*$",
    r"\bwhat (?:this|the) message is about\b|\bca veut dire quoi\b|\bwhat does (?:this|it|that) mean\b|\b(?:a|is this a) scam\b|\bfraud\b|\bdon'?t (?:know|remember|understand) (?:who|what(?= (?:this|it|that|you|is|was|these|they)\b)|you|this)\b",
    r"\bc'?est (?:qui|quoi|pour quoi|a quel sujet|quelle compagnie|quoi ca|quoi ce|quoi votre)\b|\bqui (?:m'ecrit|me texte|etes-vous|etes vous|vous etes)\b|\bqui qui (?:texte|ecrit)\b|\bvous etes qui\b",
    r"\b(?:hu|who|whos|who's) is this\b|\b(?:whos|who's) this\b|\bquess?e ca\b|\bpas au courant de rien\b|\bpourquoi (?:vous )?m'(?:envoyez|ecrivez|textez)\b|\bwhy (?:are you|am i getting|did i get|do i get|do you keep)\b|\bpas compris\b|\bje comprends? pas\b|\bcomprends? pas (?:votre|le|ce|vos)\b|\bc'est-?tu pour\b|\bdon'?t understand\b|\ba quel sujet\b|\bquelle compagnie\b|(?<!c'etait une )(?<!c'etait de l')\barnaque\b|(?<!c'etait une )\bfraudes?\b|\bsais pas c'?est qui\b|\bc'?est quoi exactement\b|^c'?e qui$|^qui est[- ]ce$|\bqu'est-ce que c'est (?:que )?(?:ce|se) (?:message|texto|texte)|^c'?e?(?:st)? pour quoi (?:ce|se|le|votre) (?:message|texto|texte)\b|^is this about (?:my|the|our|her|his)(?: [\w-]+){1,3}$|\bwhat'?s this regarding\b|\bwhat is this regarding\b|\bregarding what\b|^which (?:equipment|unit|device|one of|chair|scooter)\b|\bc'est pour quel (?:appareil|equipement|produit)\b|\bwho gave you (?:my|this|our) (?:number|cell|phone)\b|\bqui vous a donne (?:mon|ce|notre) (?:numero|cell)\b|\b(?:don'?t|do not) remember (?:buying|getting|ordering|having)\b|\bi never bought\b|\bj'ai (?:jamais|rien) achete\b|\bwho dis\b|\bqu'est-ce que c'est(?: (?:ca|que ca))?$|\bqu'est-ce que c'est ca\b|\bj'ai rien demande\b|\bi (?:didn'?t|did not|never) ask\b|\b(?:don'?t|do not) recogni[sz]e (?:the|this|your) (?:number|name)\b|\bis this the \w+ (?:place|store|shop|company)\b|\bconnais pas\b(?!.{0,20}personne)|^qui parle$|\bqui (?:parle|est-ce qui (?:parle|ecrit))\b(?! (?:pus|plus|pas|mal|ben|peu|presque|juste|seulement|anglais|francais))",
)))
CANCEL = compile_words(r"(?:\bscrap (?:the|my|our|her|his) (?:appointment|visit|appt|booking)\b|\bcall off (?:the|my|our)\b|\bcancel+\w*|\bcanceller\b|\bannul\w*|\banul+er\b|\banulez\b)")
KEEP = compile_words(r"\b(?:don'?t|do not|not|pas|never|jamais)(?: \w+)? (?:to )?(?:cancel|annuler)\b")  # 'je veux pas annuler!': the visit stays
CAME_UP = compile_words(r"\b(?:something came up|un imprevu)\b")  # a reason, which an explicit cancel or a move says what to do about
MOVE = compile_words(
    r"\bpush (?:it|that|this|the \w+|our \w+|my \w+) back\b|\bpush back (?:my|our|the|her|his|mom'?s|dad'?s) (?:appointment|appt|visit|booking)\b|\bsomething came up\b|\bun imprevu\b|\bchange (?:\w+'?s? )?(?:appointment|visit|appt)\b|\breschedul\w*|\bmove (?:my|her|his|the|our|it|that|(?:mom|dad|mum|\w+)'?s (?:appointment|appt|visit|booking))\b|\brebook\b|\bpostpone\b|\bchange (?:my|her|his|the) (?:appointment|visit|appt|time|date|day)\b"
    r"|\bfaut le changer\b|\bchange[rz]? (?:notre|mon|ma|le|la|votre|son|sa) (?:rendez[- ]vous|rdv|visite|appointment|heure|date)\b|\bdeplacez (?:my|mon|le|la|notre|son|sa) (?:rendez[- ]vous|rdv|visite|appointment)\b|\brepouss\w+|\bque (?:je|on|nous) (?:le|la) (?:change|deplace|remette)\b|(?<!se )\b(?:le |la )?(?:changer|deplacer|reporter|remettre)\b(?! (?:d'air|la batterie|les piles|une piece|mes|ses|les|des|un|une|ma|sa|son|le genou|la hanche|l'epaule|de place)\b)"
)
RESCHEDULE = compile_words(  # other times, asked for in general words (the verbs that move a visit are MOVE's)
    r"\bchang(?:er|e|ez) (?:le|mon|my|la) (?:rendez[- ]vous|rdv|heure|date|journee)\b|(?<!se )\bremettre\b|\breporter\b|\bdeplacer\b|\bd'?autres (?:heures|plages|moments|choix|dates|journees)\b|\ben (?:avez|auriez)[- ]vous d'autres\b|\bd'autres disponibilites\b|\bother (?:availabilit\w*|openings|slots)\b|\b(?:do you have|got|have you got|is there|any) (?:anything|something) else\b|\bautre chose\b|\bvous en (?:avez|auriez) d'autres\b|\b(?:any|have|got) (?:any )?others\b|\bautre (?:journee|moment|heure|date)\b"
)
IN_DANGER = compile_words(  # a unit that stopped with someone on it, brakes that do not hold: danger, whatever 'not urgent' says
    r"\b(?:stopped|stuck|froze|quit|died)\b.{0,40}\bwith (?:mom|dad|mum|him|her|me|my \w+|grandma|grandpa) (?:on|in) it\b"
    r"|\b(?:arrete|bloque|pogne)e?\b.{0,40}\bavec (?:elle|lui|moi|maman|papa|ma mere|mon pere) (?:dessus|dedans)\b"
    r"|\bbrakes?\b.{0,30}\b(?:don'?t|won'?t|doesn'?t|do not|does not|not|no longer) (?:hold|catch|work|stop)\b|" + NO_BRAKES
    + r"|\bfreins?\b.{0,30}\b(?:(?:re)?tien(?:nen)?t|pogne(?:nt)?|marche(?:nt)?|fonctionne(?:nt)?|repond(?:ent)?) (?:pas|pu|plus)\b"
    r"|\b(?:won'?t|will not|doesn'?t|does not) stop\b(?! (?:calling|texting|ringing|beeping))"
)
DEFERRED = compile_words(r"\ben parler\b|\bget back to you\b|\bvous (?:revenir|reviens|recontacte)\b|\battendre que\b|\b(?:talk|check) (?:to|with) my\b|\bva vous repondre\b")
DECLINED = compile_words(
    r"\bpass on (?:the|this|it)\b|\b(?:says|said|dit) (?:no thanks?(?: you)?|non merci)\b|\b(?:doesn'?t|does not|don'?t|do not) want (?:the|a|this) (?:visit|service|maintenance|check)\b|\bskip (?:the|it|this|that)\b(?! (?:week|day|monday|tuesday|wednesday|thursday|friday))|\bnot this (?:year|time)\b|\bpas cette (?:annee|fois)(?:-ci)?\b|\b(?:don'?t|do not) need (?:it|one|the service) (?:this time|this year|right now|now)\b|\bnot interested\b|\bpas interessee?\b|\b(?:don'?t|do not) need (?:it|the|a|any) (?:visit|service|maintenance)\b"
    r"|\bpas besoin de (?:visite|venir|service|l'entretien|ca)\b|^(?:non |no )?(?:ca )?me tente pas\b|\bnot to go ahead\b|\b(?:vous )?dire non pour\b"
)
AGREED = compile_words(r"^(?:no problem|no worries|pas de probleme|pas de trouble|parfait|perfect|great|super|correct|c'est correct|ok|okay|d'accord|sounds good)\b.{0,20}\b(?:see you (?:then|there|soon|on)|a bientot|a la prochaine|on se voit|a (?:lundi|mardi|mercredi|jeudi|vendredi))\b|\b(?:je dis|i say) (?:oui|yes)\b|\b(?:dit|dis) que c'est oui\b|\bsays it'?s a yes\b|\b(?:il|elle|she|he|mom|dad|maman|papa) (?:dit|says|said) (?:oui|yes|ok|okay)\b|\boui\b.{0,40}\b(?:aimerai|voudrai|veux|ok|d'accord)|\bdites-moi (?:juste )?quand\b|\blet me know when\b|\byes,? (?:please|we would|i would)\b")
REMARK = compile_words(  # small talk, or a text meant for the family: no wish, whatever day it names
    r"\b(?:cold|chilly|freezing|snowing|raining|sunny|hot|humid|muggy) (?:out|outside|out there|today|again)\b|\b(?:beautiful|lovely|nice|gorgeous|miserable) day\b"
    r"|\bstay (?:warm|cool|safe|dry)\b|\bfait (?:ben |bien |tres |donc |assez )?(?:beau|froid|frette|chaud|doux)\b|\b(?:il )?(?:neige|pleut)\b"
    r"|\btell (?:\w+ ){1,2}to (?:be home|come home|pick up|call (?:me|her|him))\b|\bin the oven\b|\bdis a (?:\w+ ){1,2}de (?:rentrer|revenir|m'appeler)\b"
)
MODAL_WORDS = compile_words(  # the words a wish is said with: a remark with one of them is a wish after all
    r"\b(?:works?|free|available|come|could|can|would|please|pls|good for|fine|ok|okay|venir|venez|passer|dispo|libre|correct|marche|adonne|possible)\b"
)
THINKING = compile_words(r"\bwait (?:for|until|till)\b|\by penser\b|\bthink (?:about|it over)\b|\blet you know\b|\bvous redonne des nouvelles\b")  # after DEFERRED

OFF_SCRIPT = (
    ("urgent", URGENT),
    ("bereaved", BEREAVED),
    ("wrong_number", WRONG_NUMBER),
    ("no_longer_has_unit", NO_LONGER_HAS_UNIT),
)
QUESTIONS = (("price_question", PRICE), ("already_serviced", ALREADY_SERVICED))
STAYING = compile_words(r"\b(?:until|till|jusqu'(?:a|au|aux)|back (?:on|the \d|in(?! (?:19|20)\d\d)|after)|revient|reviens|respite|repit|wait ?list|waiting list|liste d'attente|still (?:at )?home|encore chez (?:elle|lui|eux|nous))\b")
STILL_HAS = compile_words(r"\b(?:a|ont|avons|ai) (?:toujours|encore) (?:son|sa|ses|leur|notre|mon|ma|le|la)\b|\b(?:est|sont|suis) (?:encore|toujours) (?:dans (?:sa|leur|notre|ma) maison|chez (?:elle|lui|eux|nous|moi)|a la maison)\b|\bstill (?:lives? )?(?:at|in) (?:her|his|their|my|our) (?:own )?(?:home|house|place)\b|\b(?:still|always) (?:has|have|uses?) (?:his|her|their|my|our|the)\b|\b(?:has|have) still got\b")
FOR_GOOD = compile_words(r"\bwas (?:a |only a )?rental\b|\b(?:going to|will) live (?:at|in|with)\b|\bva (?:aller )?vivre\b|\bwon'?t need\b|\bn'en aura (?:plus|pu) besoin\b|\b(?:the )?rental went back\b|\b(?:sold|vendue?s?|donated|gave|given|donne|stolen|volee?|returned|retourne|for good|pour de bon|died|decedee?)\b")


def off_script(clean: str) -> str | None:
    """The first off-script intent the reply holds (None: none); see the order above."""
    for intent, pattern in OFF_SCRIPT:
        said = HISTORY[intent].sub(" ", clean) if intent in HISTORY else clean  # 'I had a fall on January 14th
        if pattern.search(said) and not (intent == "urgent" and NOT_URGENT.search(clean) and not IN_DANGER.search(clean)) \
                and not (intent == "no_longer_has_unit" and (STAYING.search(clean) and not FOR_GOOD.search(clean) or STILL_HAS.search(clean))):  # 'in respite at the nursing home until the 23rd'; 'elle a toujours son quadriporteur'
            return intent
    return None


def question(clean: str) -> str | None:
    """A price question or 'it was already serviced' (after the time words: 'Thursday, but how much?' asks a price)."""
    for intent, pattern in QUESTIONS:
        if pattern.search(clean) and not (intent == "already_serviced" and (NOT_ALREADY.search(clean) or PRAISED.search(clean) and not DONE.search(clean))) and not (intent == "price_question" and NOT_PRICE.search(clean)):
            return intent
    return None


NO_CALLS = compile_words(
    r"\b(?:stop|quit|don'?t|dont|do not|never|no more)\s+(?:call|phon|ring)\w*|\bpas besoin de (?:m'|nous )?(?:appeler|telephoner)\b|\bno need to (?:call|phone)\b|\b(?:arretez|cessez) de (?:m'|nous )?appeler|\b(?:plus|pas) m'appeler|\b(?:appelez|appellez|telephonez)(?:-| )?(?:moi|nous|le|la|les)? pas\b|\bne (?:m'|nous )appelez pas\b|\b(?:faut|faudrait|sert a rien de) (?:pas )?(?:l'|m'|nous |les |le |la )?(?:appeler|telephoner)\b"
)


def wants_a_call(clean: str) -> bool:
    """A person or a call, asked for in any wording ('stop calling me' is not one)."""
    return HUMAN.search(NOT_A_CALL.sub(" ", NO_CALLS.sub(" ", clean))) is not None


WILL_CALL_YOU = compile_words(r"\b(?:(?:she|he|they|his \w+|her \w+|my \w+) (?:will|'ll) (?:call|phone) you|(?:il|elle|son \w+|sa \w+|mon \w+|ma \w+|my \w+) va vous (?:appeler|telephoner))\b")
LIST_REMOVAL = compile_words(  # off the list: an opt-out, unless the number is not the client's (a wrong number stops that phone too)
    r"\b(?:enlevez|retirez|otez)[- ]moi\b|\bme (?:retirer|enlever) de (?:votre|vos) listes?\b|\btake (?:this|my|our|the) (?:number|phone) off\b"
    r"|\b(?:enlever|retirer|enlevez|retirez) (?:ce|my|mon|notre|le) numero\b"
)


CLIENT_REMOVAL = compile_words(  # a relative opts the client out: after a death or a move, that reason is what staff need
    r"(?<!don't )(?<!dont )(?<!do not )(?<!never )\b(?:remove|take) (?:him|her|them|mom|mum|dad|my (?:mother|father|mom|mum|dad|husband|wife))\b"
    r"(?: off| from)? (?:your|the|ur) (?:list|mailing list|contact list|texting list|text list)\b|\bremove (?:his|her|their) number\b"
    r"|\b(?:she|he|they|mom|mum|dad) (?:doesn'?t|does not|don'?t|do not) want (?:these|your|any|the|more) (?:texts|messages|reminders)\b"
    r"|\b(?:enlevez|retirez|otez)[- ](?:la|le|les) (?:de|du)\b|\b(?:enlever|retirer|enlevez|retirez) (?:son|leur) numero\b"
    r"|\b(?:elle|il|ils|elles|maman|papa) (?:ne )?veu(?:t|lent) (?:plus|pu|pus) (?:de (?:textos|messages)|recevoir|vos)\b")


def removes_the_client(clean: str) -> bool:
    """'Please take her off your texting list', said for the client."""
    return CLIENT_REMOVAL.search(clean) is not None


def opts_out(clean: str) -> bool:
    """An explicit opt-out phrase; a request for a call is never one ('no more texts, just call me' is a callback),
    but someone saying they will call the dealer asks for nothing ('stop texting, his daughter will call you')."""
    asked = STOP.search(clean) is not None or (LIST_REMOVAL.search(clean) is not None and WRONG_NUMBER.search(clean) is None)
    return asked and not wants_a_call(WILL_CALL_YOU.sub(" ", clean))
