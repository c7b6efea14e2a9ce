"""The phrases `when` weighs a clause by: what refers back ('that day', 'those', 'same time'), what corrects or takes
back ('actually', 'forget that'), what a refusal or a habit sounds like. Patterns only, over normalised text."""
from __future__ import annotations

from dialogs.clause_phrases import ANY_TIME_WORDS, AWAY_WORDS
from dialogs.clock import COUNT_PATTERN
from dialogs.patterns import compile_words
from dialogs.vocabulary import WEEKDAY_NAMES


THAT_PART = compile_words(r"\b(?:that|this|the|those|these|ce|cet|ces|le|la|l')\s?(?:morning|afternoon|evening|matin|avant-midi|apres-midi|soir)s?(?:-la)?\b")


THIS_ONE = compile_words(r"\b(?:this|that) (?:one|coming one)\b|\bcelui-ci\b|\bcette fois(?:-ci)?\b|\bcelui qui vient\b")


THAT_WEEK = compile_words(r"\b(?:that|the same|the whole|(?:the )?rest of the|that whole|that entire) week\b|\btoute la semaine\b|\bcette semaine-la\b|\bla meme semaine\b|(?<!reste )(?<!jour )\bde la semaine\b(?! prochaine| du)")


ONE_AFTER = compile_words(r"\b(?:ou|or) le suivant\b|\bl'autre (?:d')?apres\b(?!-| midi)|\bor the following one\b|^(?:(?:but|mais) )?(?:(?:le|la|the) )?(?:prochaine?|next(?: one)?|suivante?|following(?: one)?|l'autre(?: (?:%s))?)(?: (?:oui|yes|ok|okay|works|is fine|ca marche|c'est correct))?$|\b(?:or|ou) the one after\b|\b(?:celui|celle) (?:de la semaine )?(?:suivante?|d'apres)\b|\bthe one (?:the week )?after\b|\bthe following one\b|\bsame day (?:the )?(?:next|following) week\b" % WEEKDAY_NAMES)  # 'pas ce mercredi-ci, l'autre mercredi'


BOTH_WEEKS = compile_words(  # 'Friday would be lovely, either this one or next': that weekday in both weeks
    r"^(?:(?:either|soit) )?(?:this (?:one|week)|cette semaine|celui-ci) (?:or|and|ou|et|pis) (?:the |la |le )?(?:semaine )?(?:next|prochaine?|suivante?)(?: (?:one|week|semaine))?$"
)


EXPLICIT_NO = compile_words(r"\b(?:not|no|never|pas|jamais|ni|except|sauf|nothing|rien)\b")


THAT_WINDOW = compile_words(r"\b(?:a )?(?:la )?meme heure\b|\b(?:at )?the same (?:time|hours?)\b|\bsame time\b|\b(?:in|during|within) (?:that|those|these) (?:window|time|times|hours)\b|\b(?:a|pendant|dans) ces heures(?:-la)?\b|\bdans cette plage\b")


UNTIL_THEN = compile_words(r"\b(?:until|till|til) then\b|\bjusque-la\b|\bjusqu'a (?:ce moment-la|cette date)\b")  # away until the day the wish starts from
ABSENT = compile_words(r"\b(?:pas la|pas ici|not (?:here|home|around)|away|en voyage|partie?|out of town|en vacances|on vacation|travelling|traveling|busy|occupee?s?|visiting|en visite|de la visite|company)\b")


SPAN_OF_WEEKDAYS = compile_words(  # 'du lundi au jeudi', 'de mardi à jeudi', 'between Tuesday and Thursday': every weekday in between
    r"\b(?:(%s) (?:to|au|a|through|thru|-) (%s)|(?:between|entre) (%s) (?:and|et|pis) (%s))\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES, WEEKDAY_NAMES, WEEKDAY_NAMES)
)


RETURNING = compile_words(r"\b(?:revient|reviennent|reviens|reviendr\w+|rentre|rentrent|comes? (?:home|back)|coming (?:home|back)|gets? (?:home|back)|will be back|sera de retour)\b")
FAMILY_HABIT = compile_words(  # 'my daughter comes on Saturdays', 'ma fille vient le mardi': when family is around, not when to come
    r"\b(?:my|her|his|our|ma|mon|sa|son|notre|mes|ses|nos) (?:\w+ )?(?:daughter|son|grand(?:daughter|son|kids|children)|sister|brother|niece|nephew|kids|children|family"
    r"|fille|fils|garcon|gars|petite?-(?:fille|fils)|petits-enfants|soeur|frere|neveu|bru|gendre|enfants|famille)s?(?:-in-law)? (?:usually |always |normally |d'habitude |toujours )?"
    rf"(?:comes?|drops? by|stops? by|visits?|vient|viennent|passe|passent) (?:(?:to )?see (?:me|us|him|her|them) |(?:me|nous|le|la|les) voir |(?:me|us|him|her|them) )?(?:(?:every|each|tous les|chaque) (?:{WEEKDAY_NAMES})s?\b|(?:on )?(?:{WEEKDAY_NAMES})s\b|les (?:{WEEKDAY_NAMES})s?\b|le (?:{WEEKDAY_NAMES})\b(?! \d))"
)


REST = compile_words(r"\b(?:le reste|the rest|les autres(?: jours| journees)?|the other days)\b")


NOT_THEN = compile_words(r"\b(?:so )?not then\b|\bnot at that time\b|\bpas a ce moment-la\b|\bpas a cette heure-la\b|\bpas pendant ce temps-la\b")


COMING = compile_words(r"\b(?:qui (?:s'en )?vient|prochaine?|this|next|coming|cette)\b")


PINNED_WEEKDAY = compile_words(r"\b(?:next|this coming) (?:%s)\b|\b(?:%s) (?:prochain|qui vient)\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES))


WEEK_WORK = compile_words(r"\b(?:travaille|travaillent|work|works|working)\b[^|]{0,30}?\b(?:(?:la|en|durant la|pendant la) semaine\b(?! (?:prochaine|qui vient|d'apres|du|de)\b)|during the week\b|weekdays\b)")  # 'la fin de semaine, je travaille la semaine': why the weekend
DAY_WORK = compile_words(r"\b(?:travaille (?:de|le) jour|je suis de jour|work(?:s|ing)? (?:days|during the day)|(?:i'?m|i am) on days)\b")


PREFERS = compile_words(r"\b(?:prefere|preferes|preferent|prefer|prefers|aime mieux|aimerait mieux|would rather|rather have)\b")


ADDED = ("pis", "et", "and", "and also", "pis aussi")  # a clause after one of these is one more thing: 'sauf mardi, pis pas le matin' is every wished day's


ONLY = compile_words(r"\b(?:only|seulement|juste)\b")


ANY_ONE = compile_words(r"\bn'importe lequel\b|\bany one of them\b|\bn'importe quel(?:le)? semaine\b|\b(?:any|either) week\b")  # 'le mardi, n'importe lequel', 'lundi ou mercredi, n'importe quelle semaine': every one


NEXT_HABIT = compile_words(rf"^(?:pis |et |and )?(?:le (?:{WEEKDAY_NAMES})\b|(?:on )?(?:{WEEKDAY_NAMES})s\b)")  # '... tous les mercredis. Pis le vendredi matin, on fait l'epicerie': one more habit


OTHER_PARTS = compile_words(r"\b(?:the |les )?(?:other|autres) (?:matins|avant-midis|apres-midis|soirs|mornings|afternoons|evenings)\b")  # 'disponible les lundis, il joue aux quilles les autres matins'


HABIT_TOO = compile_words(  # 'chimio le jeudi. Le vendredi est pas bon non plus': that weekday is a habit too
    rf"^(?:pis |et )?le (?:{WEEKDAY_NAMES})\b.*\b(?:non plus|aussi)\b")


OTHER_WEEKDAYS = compile_words(  # 'day program Mondays... any other day works', 'faudrait que ce soit un autre jour': the days a habit leaves
    r"\b(?:any other|any of the other|another|the other|n'importe quel autre|un autre|une autre|les autres|n'importe quelle autre) (?:week)?(?:days?|jours?|journees?)\b")


OTHER_DAYS = compile_words(r"\b(?:the |les )?(?:other|autres) (?:days|jours|journees|moments|times)\b|\bthe rest of the (?:week|time)\b|\ble reste du temps\b")


UNTIL_CLOCK = compile_words(r"\b(?:till|til|until|jusqu'a|to|a) \d")  # 'busy till 10:30', 'from 8:00 to 10:30', unlike 'in bed by 6'


CLOCK_BOUND = compile_words(r"\b(?:before|after|avant|apres|past|passe) \d")  # 'not before 10', unlike 'not first thing', is a bound on the hours


BARE_NO = compile_words(r"(?:(?:hmm+|hm|euh|um+|uh) )?(?:also |aussi |still |toujours )?(?:no|non|nope|nah|nenon|ah non|oh non|oh no)(?: plus| either| more)?")


FROM_HOUR = compile_words(r"(?:so|donc|faque|fait que|alors) (?:from|after|apres|a partir de) \d")  # 'so not before 10', as the clock reads it: a bound on the hours wished


ANY_TIME = compile_words(rf"\b{ANY_TIME_WORDS}\b")  # 'or Wednesday any time': the whole of that day
ANY_WORD = compile_words(r"\b(?:any|n'importe)\b")  # 'any morning': a wish, which a bound after it narrows


CONCLUSION = compile_words(r"(?:so|donc|faque|fait que|alors|therefore|ca fait que)\b")


THAT_IS_MY = compile_words(r"\b(?:that'?s|that is|it'?s|it is) (?:my|her|his|when|the day)\b|\bc'est (?:mon|ma|my|sa|son|la journee|le jour)\b")


REFUSAL = compile_words(
    r"\bc'est (?:plein|complet)\b|\b(?:is|are|'s) (?:full|booked)\b|\bca (?:ne )?(?:m'|me |nous )?(?:marche|adonne|va|fonctionne|convient|ferait|irait|fait) (?:pas|pu|plus)\b|\bc'est non\b|\bthat(?:'?s| is) a no\b"
    r"|\b(?:won'?t|doesn'?t|does not|will not) (?:work|suit(?: me| us)?|do)\b|\bno good\b|\bc'est pas (?:bon|possible)\b|\b(?:that|it|this) (?:is|'s) (?:out|not possible)\b|\bc'est out\b|\bnot then\b|\bpas a ce moment-la\b|\boubliez ca\b|\bforget (?:it|that)\b|\bnon merci\b|\bno thanks?(?: you)?\b"
    r"|\b(?:no way|not a chance|out of the question|not possible|impossible|pas question|jamais de la vie|pas moyen|pas de bon sens|pas possible)$"  # 'the 24th is Christmas Eve, no way': that day, refused
    r"|^(?:(?:hmm+|hm|euh|um+|ah|oh) )?(?:never ?mind|scratch that|laissez? faire)$|(?<!j'ai )(?<!j'avais )\boublie ca$"  # 'Thursday? Never mind. Friday': taken back; 'oublie ça', as 'oubliez ça', refused
    r"|\b(?:on|nous) (?:ne )?(?:sera|serons) pas (?:la|ici|a la maison|chez nous)\b|\bwe (?:won'?t|will not) be (?:there|here|home|around)\b"
    r"|\b(?:can'?t|cannot|couldn'?t|(?:peux|peut|pourrai|pourra) pas)\b[^|]{0,40}\b(?:then|at that time|a ce moment-la|a cette heure-la)$"  # 'tomorrow at 11 works but I can't get off work then'
    r"|^(?:but |mais )?(?:i|we|she|he|they) (?:can'?t|cannot)(?: make it| do it| anymore| after all)?$"  # 'I said Thursday before, but I can't'
    r"|^(?:but |mais )?(?:je|j'|on|nous|il|elle|ils|elles) (?:ne )?(?:peux|peut|pouvons|peuvent|pourrai|pourra|pourrons) pas(?: y aller| le faire)?$"  # 'lundi matin pis mercredi matin, on peut pas'
)


ROUGH_CLOCK = compile_words(r"\b(?:vers|around|about|environ) \d")  # 'around 4' after 'late afternoon' is the time meant, not a narrower one
CONTRAST_FIRST = compile_words(r"(?:but|mais|par contre|however|cependant) ")  # 'but the 11th, not after 3': the day said again after the contrast
EXCEPT_THAT = compile_words(r"(?:sauf|excepte|except)(?: que| qu'| that)?\b")  # 'free on the 25th, except she has the hairdresser in the morning': a part of that day out
THAT_DAY_PART = compile_words(r"\b(?:that|ce|cet)\s?(?:morning|afternoon|evening|matin|avant-midi|apres-midi|soir)\b|\b(?:matin|avant-midi|apres-midi|soir)-la\b")


ALSO = compile_words(r"\b(?:too|also|as well|aussi|itou|pareil)\b")


REST_OF_WEEK = compile_words(r"\b(?:le reste de la semaine|the rest of the week|rest of (?:the|that) week|les autres jours de la semaine)\b")


IN_CARE = compile_words(r"\b(?:hospital|hopital|hospitalisee?|rehab|readaptation|respite|repit|surgery|chirurgie|discharg\w*|released)\b")  # 'Dad's in rehab': his 'home on the 8th' ends a stay


DEPARTS = compile_words(r"\b(?:leaving|driving|flying|heading|going (?:away|up|down)|away|at the (?:lake|cottage|camp)|au chalet|off to|(?:on|je|il|elle|ils|elles) (?:part|pars|partent)|partons|s'en va|m'en vais)\b|\b(?:from|du|a partir de) (?=\w+ (?:until|till|to|jusqu'au|jusqu'a|au)\b)")  # 'next Monday I'm driving my sister to the Soo': away from that day
RETURN_TOLD = compile_words(r"\b(?:back|de retour|revien\w*|rentr\w*|until|till|til|jusqu'a|jusqu'au)\b.*$")  # 'away at the cottage this weekend and back Monday night', 'away till the 20th': what follows tells the return, not the departure
AFTER_RETURN = compile_words(r"\b(?:after|once|when) (?:i'?m|i am|we'?re|we are|i get|we get|(?:he|she|they)(?:'s|'re| is| are| gets?| get)) (?:back|home)\b(?! from (?:work|school|the office|(?:my|his|her|their|our) (?:shift|job|work)))|\b(?:apres qu(?:e |')|quand )(?:je suis|j'suis|chu|on est|il est|elle est|ils sont|elles sont) (?:de retour|revenue?s?|rentree?s?)\b|\b(?:apres qu(?:e |')|quand )(?:je|on|il|elle|ils|elles) (?:reviens|revient|reviennent|rentre|rentrent)\b")  # 'the Wednesday after I'm back': after the last day away


WHILE_HERE = compile_words(r"\b(?:while|when|any ?day|any ?time|(?:the )?days?) (?:i'?m|i am|we'?re|we are|(?:she|he|they)(?:'?s|'?re| is| are)) (?:there|here|in town|around|visiting)\b|\bpendant que (?:je suis|j'suis|chu|on est|elle est|il est|je serai|on sera) (?:la|ici|en ville)\b|\bduring (?:my|our|her|his|their) (?:stay|visit)\b|\bpendant (?:mon|my|ma|notre|son|sa|leur) (?:sejour|visite)\b")  # 'any weekday while I'm there': the days of the visit told
ARRIVAL = compile_words(r"\b(?:flying in|fly in|flies in|arriv(?:e|es|ing|ons|ent)|(?:coming|driving) (?:in|up|down|over)|coming(?= on | the \d)|j'arrive|on arrive|(?:je|on) (?:monte|descend|viens) (?:a|au|de|du|voir))\b([^|]*)")  # 'flying in on the 21st and staying till January 3rd': the days of a visit
VISIT_END = compile_words(r"\bjusqu'au (?=\d)|\b(?:until|till|til|jusqu'a)\b")  # 'staying till the 20th', 'je reste jusqu'au 18': the last day of the visit, read as a day
STAY_LENGTH = compile_words(rf"\b(?:pour|for|(?:to stay|staying)(?: for)?) {COUNT_PATTERN} (weeks?|semaines?|days?|jours?)\b")  # 'part en répit le 15 pour deux semaines': away from that day for that long
STAY_START = compile_words(r"\b(?:from|starting|a partir|des)\b")  # 'from the 10th for two weeks': the stay starts on the first day read


AWAY_SPAN = compile_words(  # 'I'm away at the lake from Friday to next Wednesday': every day between, not those weekdays
    rf"\b(?:on vacation|en vacances|{AWAY_WORDS})\b.*\b(?:(?:from|du) )?({WEEKDAY_NAMES}) (?:to|till|until|through|thru|au|a|jusqu'a) (?:next )?({WEEKDAY_NAMES})\b")


SINCE_HOME = compile_words(r"\b(?:after that|apres ca|afterwards|the week after|the following week|la semaine d'apres|la semaine suivante|once (?:he|she|they)(?:'s| is| are) (?:home|back|settled)|get (?:her|him|them) settled|to settle(?: in)?|se (?:remett\w*|repos\w*))\b")  # 'She'll be home on the 8th. Any time after that': the 8th ends an absence


THAT_WEEKDAY = compile_words(r"(?<!make )(?<!made )\bthat (%s)\b|\b(?:ce|le) (%s)-la\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES))  # 'home Thursday, so not that Friday': the one after the day named; 'make that Friday' names none


THAT_DAY = compile_words(r"\b(?:that|the same) day\b|\bthat(?:'?s| is) the day (?:of|for)\b|\bce jour-la\b|\bcette journee-la\b|\bla meme journee\b")


THOSE = compile_words(r"\b(?:those|these|ces|ceux-la|celles-la)(?: (?:days?|jours?|journees?))?(?:-la)?\b|\bce jour-la\b|\bcette journee-la\b")


WEEK_AFTER = compile_words(r"\b(?:la semaine d'ensuite|celle d'ensuite|la semaine d'apres(?! la prochaine)|the week after(?! next)|(?:^|(?<=\| ))week after(?! next)|week after that|la semaine suivante|the following week|celle d'apres)\b|(?<=\bweek )(?:or|and) the one after\b"
                         r"|(?:(?<=\bweek )|(?<=\bsemaine )|(?<=\bprochaine ))(?:or|ou)(?: (?:ben|bien|else|sinon|maybe|peut-etre))? (?:the other(?: one| week)?|l'autre(?: semaine)?)(?= \||$)")  # 'cette semaine ou l'autre': the one after it
OR_WEEK_AFTER = compile_words(r"\b(?:or|ou)(?: (?:ben|bien|else|sinon|maybe|peut-etre))? (?:la semaine d'apres|la semaine d'ensuite|the week after|la semaine suivante|the following week|celle d'apres)\b")  # 'Friday or the week after': both, the whole week after the one named


WITHDRAWN = compile_words(r"(?:non|no|nah|ah non|oh no|oh non|ah pis|ah|pis) (?:oubliez ca|oublie ca|forget (?:it|that))|(?:(?:non|no|hmm+|hm|euh|um+|ah|oh) )?(?:scratch that|never ?mind|laissez faire|laisse faire)")


ANY_OF_THOSE = compile_words(r"\b(?:any|one) of (?:those|these|them)\b|\bn'importe (?:lequel|laquelle|lesquels|lesquelles) de (?:ces|ceux-la|celles-la)\b")


PART_PREFERRED = compile_words(r"\b(?:mornings|afternoons|evenings|matins|avant-midis|apres-midis) (?:are|work|suit|sont|c'est|please|pls|svp|preferably|de preference|if possible|si possible)\b")  # 'free Monday, mornings are better for him': that Monday's morning
ROUTINE_TOLD = compile_words(r"^(?:she|he|i|we|they|mom|dad|elle|il|je|on|ils|elles|maman|papa) (?:has|have|gets|get|goes to|go to|a|ai|avons|ont|va|vais|vont)\b")  # 'Wednesday after lunch, she has therapy in the mornings': her routine, not the wish's every week


WORN_OUT = compile_words(r"\b(?:trop fatiguee?s?|too tired|exhausted|wiped out|worn out|epuisee?s?|brulee?s?|trop raide)\b")  # 'après 16 h elle est trop fatiguée': those hours


AFTER_IT = compile_words(r"(?:apres ca|apres cela|after that|afterwards|ensuite|then)\b")
WEEKDAYS_AFTER_IT = compile_words(r"\b(?:%s) (?:after that|apres ca|apres cela)\b" % WEEKDAY_NAMES)  # 'not the 14th; Tuesday or Wednesday after that': the first ones after the day named


OR_LATER = compile_words(r"\b(?:ou|or) (?:apres|after|later|plus tard)\b")
OR_AFTER_DAY = compile_words(r"\b(?:ou|or)(?: (?:else|sinon|bien|ben|sometime|anytime|any time|n'importe quand))? (?:after|apres)\b(?= (?:the |le |la |l')?\w)")  # 'Friday or after the 15th': another wish beside the first, not a bound on it


DAY_AFTER = compile_words(r"\bthe (?:day|one) after\b(?! (?:next|tomorrow))|(?:^|\| )day after\b(?! (?:next|tomorrow|that|\d|the))|\ble lendemain\b|\bthe next day\b|\ble jour d'apres\b")


WEEKDAY_AFTER = compile_words(r"\bthe (%s) after\b(?! next)|\b(?:le|du) (%s) (?:d'apres|suivant)\b(?! la)" % (WEEKDAY_NAMES, WEEKDAY_NAMES))
FROM_OFFSET = compile_words(r"\b(?:from|starting|a partir d[eu']|des) (?:(?:a|one|two|three|\d|une|deux|trois) (?:weeks?|semaines?) (?:from|after|de|d'|apres)\b|(?:in|dans) |\w+ en (?:huit|quinze)\b)")  # 'from a week from Thursday': from then on, not that day alone
FROM_ON = compile_words(r"\b(?:from|starting|a partir|des)\s*$")  # 'à partir du lundi suivant', 'from the Monday after': the days from then on, not that one


AFTER_ANY_TIME = compile_words(r"\b(?:any ?time|any day|n'importe quand|n'importe quel jour) (?:\| )?(?:after that|apres ca|afterwards)$")


BEFORE_THAT = compile_words(r"\b(?:avant ca|before that|before then)\b|\b(?:venir|veniez|venez|passer|passiez|passez|soit|etre|faire|come) avant$|\bcome before$")


DEFERRED = compile_words(r"\b(?:(?:she|he|they|(?:her|his|their|my) [\w-]+)(?: will|'ll) (?:get in touch|be in touch|contact you|get back to you)|(?:je|on) vous (?:redonne|redonnerai|donne|reviens|reviendrai|recontacte|rappelle|ecris|texte)(?! (?:du|de|pour|au nom|a la place|parce)\b)|(?:i'?ll|i will|we'?ll|we will) (?:get back to you|let you know|be in touch|text you|call you|contact you)|(?:je|on) vous (?:le )?(?:dirai|dira|laisse savoir|tiens au courant)|(?:je|on) (?:vais|va) vous (?:texter|ecrire|recontacter|faire signe|tenir au courant|(?:le )?dire|laisser savoir))\b")


DAY_WORDS = compile_words(r"\b(?:days?|jours?|journees?)\b")


RELATIVE_DAY = compile_words(r"\b(?:tomorrow|today|demain|aujourd'hui|overmorrow)\b")


TWO_WEEKDAYS = compile_words(r"(?:(?:\w+ )*(?:free|available|dispo|disponible|libre|libres) (?:on )?)?(?:%s) (?:or|ou|and|et) (?:%s)" % (WEEKDAY_NAMES, WEEKDAY_NAMES))  # 'Tuesday or Wednesday', 'Dad is free Monday and Tuesday


EVERY_WORD = compile_words(r"\b(?:any|every|n'importe|tous|toutes|chaque|only|seulement|juste|either week)\b")  # 'any Monday, Wednesday or Friday' is a habit
ALTERNATIVE = compile_words(r"(?:or|ou|sinon|otherwise|or else|ou sinon|ou bien)\b")  # a day offered instead of the one before
THAT_IS_WHEN = compile_words(r"(?:so )?(?:that is|that'?s|it'?s|c'est) (?:when|the time|a cette heure-la que|l'heure ou|le moment ou)\b(?! (?:works|is good|suits))")  # why the time said before
DAY_TAKEN = compile_words(r"\b(?:has|have|got|is|c'est|y'a|j'ai|on a|il a|elle a|a (?:le|sa|son|ses|un|une|des|ma|mon|my|mes))\b(?! (?:fine|good|great|ok|okay|better|best|free|open|perfect|parfait|correct|bon|beau|mieux|libre|ideal)\b)")  # 'Wed works... actually no, my son has the car Wed': what fills the day taken back
MY_DAY = compile_words(r"\bc'est (?:ma|sa|notre) journee\b(?! de conge)|\bc'est (?:mon|my|son|notre) jour\b(?! de conge)|\b(?:it'?s|that'?s|it is|that is) (?:my|her|his|our) day\b(?! off)")  # 'non attendez, c'est ma journée de coiffeuse': all of that day


WEEKLY_ROUND = compile_words(rf"\b(?:{WEEKDAY_NAMES})s? (?:(?:and|et|pis) )?(?:{WEEKDAY_NAMES})s? (?:(?:and|et|pis) )?(?:{WEEKDAY_NAMES})s?\b")  # 'dialysis Mon Wed Fri', 'ses traitements lundi, mercredi, vendredi': three days busy, a weekly round


BUT_FOR = compile_words(r"(?:sauf|except|excepte|but)\b")  # 'sauf le mercredi' after a busy every day: the day free
SPARING = compile_words(r"(?:sauf|except|excepte|excepting|a part|apart from|other than)\b(?! (?:pas|not|non)\b)")  # 'next week is bad except Friday': that day spared


BUSY_EVERY_DAY = compile_words(r"\b(?:tous les jours|toute la semaine|chaque jour|every ?day|every weekday|each day|all week)$")  # 'au centre de jour tous les jours'
