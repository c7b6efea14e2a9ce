"""A reply cut into clauses, each one negative or not (a negation, a busy reason), and what one clause names."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dialogs.vocabulary import DayParts, FULL_WEEKDAYS, FULL_WEEKDAYS_PATTERN, HORIZON_DAYS, Hours, MONTHS, PART_WORDS, RELATIVE_DAYS, WEEKDAYS, WEEKDAY_NAMES
from dialogs.clock import LETS_IN, named_hours
from dialogs.days import BEFORE_DATE, DATE_SPAN, fortnight, named_dates, named_days, named_offsets, named_ranges, named_week, weekday_dates
from dialogs.patterns import compile_words, search, sub


CONTRAST = (r"but|mais|sinon|otherwise|though|tho|par contre|however|except|excepting|excepte|sauf|other than|apart from|excluding|a part|instead|plutot|alors|so"
            r"|donc|fait que|faque|cependant|because|parce que|parce qu'|since|car|vu que|what about|how about|qu'est-ce que vous dites de")


CORRECTION = compile_words(
    r"\b(?:but now|now (?:she|he|they)(?:'s| is| are| says?)|mais (?:la|maintenant|asteure) (?:elle|il|ils)|oh shoot|shoot|darn|dang|zut|mince|actually|instead|rather|make it|change (?:it|that) to|scratch that|on second thought|wait|non attendez|attendez|finalement|plutot|mettez|oubliez ca|excusez|excuse me|sorry|pardon|oops|oups|i mean|je veux dire|je voulais dire|attends|attend|ah non|ah pis non|pis non|ben non|d'abord|oh non|oh no|je me suis trompee?|my mistake|i was wrong|i made a mistake|erreur|en fait|a la place|let'?s say|lets say|let is say|hang on|hold on)\b"
)


BUSY = compile_words(  # a busy reason written as a fact: 'the nurse comes mornings', 'Dad has dialysis Tuesdays'
    r"\b(?:nurse|infirmiere|home care|soins a domicile|psw|preposee?|day program|programme de jour|class(?:es)?|day care|day hospital|centre de jour|respite|repit|popote"
    r"|meals on wheels|(?:i'?m|she'?s|he'?s|i am) having (?:my|her|his|a|an|surgery)\b|plays? cards|joue aux cartes|card game|cards? night|partie de cartes|(?:je|elle|il|she|he|i|(?:ma|mon|my|her|his|our|notre) \w+) (?:travaille|works?)\b(?! (?:from|de) | pas\b)|m'amene|takes me|(?:is|are|'s|'re) taking (?:me|her|him|them|us) (?:to|for)\b|just remembered|(?:my|her|his|our) (?:\w+ )?[\w-]+ (?:is|are) coming (?:up|down|over|home|in|from|to visit|for a visit)\b|(?:i'?m|we'?re|she'?s|he'?s|i am|we are|they'?re) off to\b(?! (?:be|see|help|visit|care|look after|take care)\b)|(?:is|are|'s|'re) staying (?:at|with|in|chez)\b|(?:j'avais|j'ai) oublie que|je viens de me rappeler|dans le jus|swamped|je suis prise?|je vais etre (?:a|au|en) |je vais etre chez (?!nous|moi|elle|lui)|lente?s? le matin|le matin (?:je suis|elle est|il est|on est) (?:plus |ben |pas mal |tres )?lente?s?|sleeps? (?:all|through the|the whole) (?:morning|afternoon)|dort (?:tout l'|toute l')(?:avant-midi|apres-midi)|slow in the mornings?|not a morning person|pas (?:une personne )?du matin|pas (?:tres )?matinale?|slow getting up|se fait operer|is having surgery|drives? (?:her|him|me|them) to|takes? (?:her|him|me|them) to|(?:il|elle|je|on) (?:va|vais|vont) (?:a|au|aux|chez)|viennent|are coming (?:over|up|down)|(?<!can )(?<!could )(?<!will )come over|pris toute|tied up|booked up|mes soins|ses soins|(?:i'?m|i am|she'?s|he'?s|she is|he is|we'?re|they'?re|they are|je suis|elle est|il est|on est|ils sont|elles sont) (?:at|chez|in|en|a|au|aux|away|visiting|staying)\b(?! (?:home|town|en ville|la maison|maison|the house|elle|lui|eux|vous|nous|moi|conge|vacances|teletravail|telework|the afternoon|the morning|my best|mom|dad|mum|maman|papa|(?:his|her|their|mom'?s|dad'?s|mum'?s) (?:place|house|home|apartment|apt|unit|condo)))|works? \d{1,2} to \d|travaille de \d|is at (?:her|his|my|the|our|their) (?!best\b)\w+|\best chez\b|podiatrist|optometrist|audiologist|blood ?work|prise de sang|foot clinic|naps? (?:every|in the|after|from|between|until|till)|(?:i'?m|i am|she'?s|he'?s|she is|he is|je|elle|il) (?:sleeping|asleep|dors|dort)\b|(?:petits-enfants|grandkids|grandchildren|famille|family) (?:sont|are|is|est) (?:icitte|ici|here|over|visiting|chez nous|chez moi|with us|at our place)|c'est la relache|takes a nap|fai[st] (?:sa|ma|une|son|mon|la) (?:sieste|somme)|camp de peche|peche sur la glace|(?:le soir|the evenings?|evenings?) (?:je|il|elle|on|i|she|he|we|a|y) (?:me |se |nous )?(?:couch\w*|go(?:es)? to bed) (?:de bonne heure|tot|early)|fishing|hunting|la chasse|hair done|getting my hair|salon de coiffure|coiffure|rehab|readaptation|aquaforme|aquafit|water aerobics|physiotherapist|physiotherapeute|menage|cleaning lady|cleaners|bridge club|play(?:s|ing)? (?:bridge|cards|bingo|golf|euchre|crib|pool|darts|shuffleboard|billiards|bocce|pickleball)|(?:short(?:-| )?staffed|(?:is|are) short on)|legion|seniors'? cent(?:re|er)|centre (?:des aines|communautaire)|age d'or|euchre|choir|chorale|club|je vais (?:a|au|aux|chez)|va chez|vont chez|dort (?:l'|le |la )?(?:apres-midi|matin|avant-midi)|sleeps? (?:in the )?(?:afternoons?|mornings?)|(?:i|she|he) go(?:es)? to|volunteer(?:s|ing)?|benevolat|benevole|cours de \w+|(?:adjuster|inspector|plumber|electrician|contractor|painter|cleaners?|movers|guests|company|visitors) (?:is|are) coming|(?:care |morning |bath )?routine|bains?\b(?! elevateurs?| lift| therapeutique)|\bot\b|\bpt\b|physical therap\w*|occupational therap\w*|ergo\w*|(?:i|we|she|he)(?: have| has|'ve got| have got| got) (?:my|our|her|his|the) (?:grandson|granddaughter|grandkids|grandchildren)|chemotherapy|chimiotherapie|radiation|radiotherapie|\bbus\b|picks? (?:him|her|me|them) up|drops? (?:him|her|me|them) (?:off|at|back)|drives? (?:my|her|his|our) \w+ to|(?:that is|c'est) (?:the day|la journee) (?:i|we|she|he|ou|que)\b(?![^|]{0,30}\b(?:travaill\w* pas|(?:is|am|are|est|suis) (?:off|en conge|libre|free)|peu[tx]|pourr\w+|can|could|venir|come))|flu shot|vaccin|bath ?time|bath days?|jours? de bain|nap ?time|l'heure du bain|(?:ma|sa) journee de (?!conge|repos|libre)|(?<!during my )(?<!during her )(?<!during his )(?<!after my )(?<!after her )(?<!after his )shifts?\b|(?:is|am|are|suis|est) working\b|on call|de garde|go(?:es)? for (?:his|her|my|a|an) |(?:gets?|has|takes?) (?:her|his|my|a) bath\b|je suis de (?:soir|jour)|(?:i'?m|i am) on (?:days|evenings)|i work (?:days|evenings)|garde (?:my|mes) (?:arriere-)?petits|babysit\w*|(?:on|je|il|elle|ils) (?:va|vais|vont) (?:feter|celebrer)|on fete\b|(?:we'?re|we are) celebrating\b|work nights|travaille de (?:jour|nuit|soir)|sleep until|formation|training|chalet|cottage"
    rf"|(?:tous les|toutes les|every|each|chaque) (?:{WEEKDAY_NAMES})s?(?: (?:matin|apres-midi|avant-midi|soir|morning|afternoon|evening)s?)? (?:c'est|it'?s|there'?s|y'?a|il y a|we have|she has|he has|i have|j'ai|elle a|il a|on a)\b"
    r"|write-off|party|event|(?:je suis|chu|on est|il est|elle est) (?:pas mal |ben |tres |mal )?pris(?:e|es)?\b|pogne(?:e|s|es)? avec\b|(?:rendez-vous|appointments|appts|rdv) (?:toute|tout|all|the whole) (?:la semaine|le mois|week|month)|(?:my|her|his|our) (?:\w+ )?(?:sister|brother|daughter|son|family|kids|grandkids|friend|cousin)s? (?:is|are) coming|(?:my|her|his|our|their) (?:\w+ )?(?:sister|brother|daughter|son|kids|grandkids|friend|cousin|niece|nephew)s? visits?\b(?! (?:to help|and helps))|driving (?:her|him|me|them) to|driving (?:up|down|over) to (?:get|pick up|fetch)|(?:going|go|goes) to (?:get|pick up|fetch) (?:her|him|them)\b|(?:vais|va|allons|vont|aller) (?:la |le |les )?chercher|(?:a|ont|has|have) des soins|swim(?:s|ming)?|\bbridge\b|(?:winter |snow )?tires|pneus|prises? de sang|garde (?:sa|son|ses|ma|mon|mes) (?:petite?[- ]fille|petit[- ]fils|petits[- ]enfants|petits)|traite?ments?|\bgolf(?:s|ing)?\b|pas vite (?:le |la |l'|en )?(?:matin|matinee|avant-midi)|cataracts?|barber|hairdresser|activites|activities|(?:auxiliaire|aide familiale|aide a domicile) (?:vient|passe)|ophtalmo\w*|orthophon\w*|ergotherap\w*|(?:tout |toute )?seule? (?:icitte |ici |a la maison )?(?:le |l'|en )?(?:matin|avant-midi|apres-midi|soir)s?|alone (?:in the |on )?(?:mornings?|afternoons?|evenings?)|(?:coffee|breakfast|brunch|cafe|dejeuner) (?:with|avec)|follow-?ups?|rendez-vous de suivi|(?:we|i|she|he|they) (?:have|has|got|get|gets|are getting|'re getting) (?:his|her|my|our|their|an?) (?:\w+ )?(?:appointments?|appts?|tests?|treatments?|exams?|shots?|vaccines?|vaccinations?|boosters?)\b|(?:my|her|his|their|our|mom'?s|dad'?s) (?:\w+ )?(?:bath|shower|nap|physio|dialysis|appointment|appt|program|bingo|mass|church|class|treatment|chemo|clinic)s? (?:is|are)\b|(?:has|have|got|a|ai) (?:a |his |her |my |son |sa |un )?(?:lunch|dinner|brunch|luncheon|diner) (?:at|with|au|a la|avec)\b|(?:on|je|nous) (?:le|la|les) garde\b|joue(?:nt)? (?:aux|au) (?:quilles|cartes|bingo|golf|bridge|billard|poches|petanque)|settling in|getting settled|(?:on|je|nous) s'install\w*|(?<!not )(?:do|does|doing|give|gives|giving) (?:his|her|my|their) (?:care|bath|wash)|visite de|visitors|en visite|shopping|magasiner|(?:elle|il|she|he|maman|papa|mom|dad) (?:est|is) (?:chez nous|chez moi|with us|with me|at our place|at my place))\b"
)


ASIDE = compile_words(  # a day said or picked before, a past event, a birthday, a departure, a late reply: information, not a wish
    r"\b(?:i|we) (?:said|told you|had said|mentioned|had picked|picked|chose|had chosen|had booked|told (?:my|her|his|the|your) \w+)\b|\b(?:on avait|j'avais|vous aviez|on a) (?:dit|choisi|pris|pense a)\b|\bavait parle\b|\b(?:il|elle) avait (?:dit|pense a|choisi)\b|\b(?:j'allais dire|je pensais a|i was going to say|i was thinking)\b"
    r"|(?<!to )\b(?:repondre|reponds|replying|reply|responding|answering|getting back to you|(?:didn'?t|did not|couldn'?t|could not|forgot to|never got to) (?:answer|reply|respond|get back))\b"
    r"|\b(?:je (?:le )?sais pas encore|not sure yet|don'?t know yet|je sais pas pour)\b"
    r"|\b(?:j'ai manque|i missed|we missed) (?:votre|vos|your|the) (?:message|texto|text|appel|call)s?\b"
    r"|\b(?:i land|(?:he|she|they) lands?|flies in|flying in|fly in|j'atterris|(?:il|elle|(?:my|ma|sa|son|notre|our|his|her|leur) [\w-]+) arrive(?:nt)? de|(?:my|her|his) [\w-]+ (?:arrives?|is arriving|lands?) (?:from|on|tomorrow))\b"
    r"|\b(?:(?<!'ve )(?<!have )(?<!has )had (?:my|her|his|a|an|the|our)|turned \d|was born|came home|got home|got out|went in|went into|since (?:my|her|his|the)|depuis|il y a"
    r"|j'ai eu|j'etais|j'ai ete|on a eu|il a eu|elle a eu|a eu|ete operee?|ont fait|a ete|i was in|she was in|he was in)\b(?!.{0,12}\b(?:hoping|thinking|wondering)\b)"
    r"|\b(?:before|avant que) (?:i|we|je|on) (?:head|leave|go|fly|pars|parte)\b"
    r"|\b(?:on antibiotics|sous antibiotiques|se marie|getting married|wedding|noces|repart|repars|goes back|heads back|flies back|spent the winter|graduated|on a fete|avons fete|we celebrated|just got back|got back|came back|je suis revenue? de|sommes revenus de|s'est mariee?|got married|put down|had to be|was visiting|etait en visite"
    r"|(?:vu|lu|seen|saw|read) (?:votre|your|vos) (?:texto|text|message)s?|left (?:on )?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday)"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) passe|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend))\b"
    r"|\b(?:je me suis (?:casse|fait|fracture|blesse|cogne)e?|i broke|i fractured|(?:she|he) broke|je viens d'avoir|viens d'avoir|just turned|turned \d+|sortie? de l'hopital|(?<!is )(?<!will be )(?<!gets )(?<!get )(?<!getting )(?<!comes )out of (?:the )?hospital|came home from|since you|installed|put it in|celebrated|birthday|anniversaire|ans de mariage|years married|ma fete|sa fete|j'ai \d+ ans|(?:i|she|he) turns? \d+|i'?ll be \d+)\b"
    r"|\b(?:(?:laisser|donner) (?:la|sa) (?:fin de semaine|semaine) pour|give (?:her|him|them|me) the weekend)\b"
    r"|\b(?:je pars|on part|nous partons|je m'en vais|(?:il|elle|ils|elles|(?:my|ma|sa|son) \w+) (?:part|partent) pour|(?:demenage|demenagent|moving to|is moving|are moving|moves to) \w+|(?:baby|grandchild|grandbaby|bebe|grandson|granddaughter) (?:is )?due|(?:i'?m|we'?re|i am|we are) (?:leaving|flying|heading) (?:on|for|south|to))\b"
)


LIST_TAIL = compile_words(r"(?:(?:le |les |the |on )?(?:%s)s?(?: (?:and|et|pis|ou|or|&))? ?)+(?: (?:le |the |in the |en |dans l')?(?:%s)| (?:de|from|between|entre) \d{1,2}:\d{2} (?:a|to|and|et|-) \d{1,2}:\d{2})?" % ("|".join((*FULL_WEEKDAYS_PATTERN, "saturday", "sunday", "samedi", "dimanche")), "|".join(PART_WORDS)))  # '..., Wednesday and Friday mornings', '..., le vendredi de 9 h a 15 h'


_PARTS = "|".join(re.escape(w) for w in PART_WORDS)
_PART_OR_CLOCK = rf"(?:{_PARTS}|am|pm|aprem|\d{{1,2}}:\d{{2}})"


DAY_AND_PART_PAIR = compile_words(  # 'jeudi aprem ou vendredi am': two wishes, each day with its hours
    rf"(\b{_PART_OR_CLOCK}\b[^|]*?)\b((?:or|ou|and|et|pis|,)\s+(?:\w+ ){{0,5}}?(?:next |this |le |les |the |on )?(?:{WEEKDAY_NAMES}|demain|tomorrow)s?\b[^|]*?\b{_PART_OR_CLOCK}\b)"
)


DAY_THEN_DAY_AND_PART = compile_words(  # 'le cardiologue le 1er decembre pis mon bain le vendredi matin': each day its own part
    rf"((?:\b(?:{WEEKDAY_NAMES})s?|\b(?:le|the) \d{{1,2}}(?:er|st|nd|rd|th)?)\b[^|]*?)\b((?:pis|and|et)\s+(?!(?:le |les |the |on )?(?:{WEEKDAY_NAMES})s?\b)(?:\w+ ){{1,3}}?(?:le |les |the |on )?(?:{WEEKDAY_NAMES})s?\b[^|]*?\b{_PART_OR_CLOCK}\b)"
)


DAY_AND_PART_THEN_DAY = compile_words(  # 'foot care wednesday morning and the hairdresser friday': the second day is all of it
    rf"(\b(?:{WEEKDAY_NAMES})\b [^|]*?\b{_PART_OR_CLOCK}s?\b[^|]*?)\b((?:pis|and|et)\s+(?:\w+ ){{0,8}}?(?:le |the |on )?(?:{WEEKDAY_NAMES})s?\b(?![^|]*\b{_PART_OR_CLOCK}\b)[^|]*)"
)


NOT_THE_NEXT = compile_words(
    rf"\b(\d{{1,2}}(?:st|nd|rd|th|er)?|{WEEKDAY_NAMES}|tomorrow|demain|semaine prochaine|next week|this week|cette semaine) (?=(?:but )?(?:not|pas|nor|ni) (?:the |le |on |this |ce )?(?:\d{{1,2}}(?:st|nd|rd|th|er)?\b|(?:{WEEKDAY_NAMES})\b|tomorrow\b|demain\b))"
)


IF_TAKEN = compile_words(
    r"\b(?:if|in case|si|au cas ou) (?:(?:the |le |la )?\w+ (?:is|'s|est)|you'?re|you are|vous etes|c'est) (?:already )?(?:deja )?(?:full|booked(?: up)?|taken|not available|plein|pleine|complet|complete|pris|prise)\b")


FORGET_THAT = compile_words(rf"\b(oubliez ca|oublie ca|forget (?:it|that|those))\b(?= \w)(?! (?:for )?(?:cette semaine|this week|la semaine|next week|demain|tomorrow|today|aujourd'hui|{WEEKDAY_NAMES})\b)")  # 'oubliez ça, jeudi': a break; 'oubliez ça cette semaine': one refusal
OR_ANY_DAY = compile_words(rf"\b((?:{WEEKDAY_NAMES}) (?:or|ou)) (?=any ?(?:day|time)\b|n'importe quel(?:le)? (?:jour|moment)\b|anytime\b|(?:sometime |anytime )?next week\b)")
THEN_WISH = compile_words(r"(?<=\w) (?=then (?:any|anytime|whenever|every|mornings?|afternoons?|evenings?|after|from)\b)")
BEFORE_AFTER_THAT = compile_words(r"(?:\b([a-z']+) )?\b([a-z0-9']+) (?=(?:apres ca|apres cela|after that|after which)\b)")
AND_DAY_OFF = compile_words(rf"\b(?:and|et|pis) (?=(?:{WEEKDAY_NAMES}) (?:is|est|c'est) (?:his|her|my|their|son|sa|mon|ma) (?:only |seul |seule )?(?:day off|jour de conge|journee de conge|conge)\b)")
IF_YOU_DO = compile_words(rf"\b(?:if|si) (?:you|vous) (?:do|work|open|are open|faites|travaillez|ouvrez|etes ouverts?)(?: on| les)? (?:{WEEKDAY_NAMES})s\b")  # 'Saturday morning, if you do Saturdays': about the dealer, no habit
EVENT = compile_words(r"\b(?:birthday|anniversary|wedding|anniversaire|fete|noces|mariage|graduation|party|funeral|funerailles)\b")  # a day taken by an event to come


PART_REFUSED = compile_words(rf"(?<=\w) (?=(?:but |mais )?(?:not|pas) (?:le |la |l'|the |in the |en )?(?:{_PART_OR_CLOCK})s?\b)")


REFUSED_THEN_WISHED = compile_words(  # 'not this week next week anytime', 'pas lundi mardi ok': unpunctuated, a refusal then a wish
    rf"\b((?:not|pas|never|jamais) (?:this week|cette semaine|today|aujourd'hui|tomorrow|demain)(?: (?:sorry|sry|desolee?|lol))?)(?= (?:next week|la semaine prochaine|(?:{WEEKDAY_NAMES})\b|the \d|le \d))"
    rf"|\b((?:not|pas|never|jamais) (?:on |le )?(?:{WEEKDAY_NAMES}))(?= (?:\| )?(?:{WEEKDAY_NAMES})\b(?! (?:\| )?(?:or|and|ou|et|pis|ni|nor|&|{WEEKDAY_NAMES})\b))"
    rf"|\b((?:no|not|pas de|jamais le|never) (?:morning|afternoon|evening|matin|avant-midi|apres-midi|soir)s?)(?= (?:next week|next wk|this week|la semaine prochaine|cette semaine|(?:{WEEKDAY_NAMES})\b))"
)


DATE_LIST = compile_words(r"\b(le|the) \d{1,2}(?: \| \d{1,2})+ (?:ou|or|et|and|pis) \d{1,2}\b(?!\s*(?::|h\b|am|pm))")  # 'le 19, 20 ou 21'


STILL_AWAY = compile_words(r"\b(?:(?:suis|est|sont) partie?s?|(?:on|je|nous|ils|elles?) (?:part|pars|partons|partent)|(?:m'en vais|s'en va|s'en vont|nous en allons))\b.{0,40}\bjusqu|\b(?:leaving|going away|heading away)\b.{0,40}\b(?:until|till)\b|\b(?:she|he|i|we|they)(?:'s| is|'m| am|'re| are) (?:still |all )?(?:staying|away)\b.{0,40}\b(?:until|till|til)\b")  # 'chu parti jusqu'au 27': away now, not past news


WHICH_IS = compile_words(r"(?:which|that) (?:is|are|will be|falls on)\b|(?:qui|ce qui) (?:est|sera|tombe)\b")  # 'except the barber, which is this Friday': the same refusal
PAID_HELP = compile_words(r"\b(?:live-in|i'?m (?:the|his|her|their) (?:\w+ )?(?:psw|caregiver)|je suis (?:la|sa|son) (?:\w+ )?preposee?|psw (?:for|de))\b")
DAY_OFF = compile_words(r"\b(?:day off|days off|(?:have|got) \w+(?: \w+)? off|jour de conge|en conge|mon conge)\b")
WEEK_OF = compile_words(r"\b(?:the week of|la semaine du|semaine du)\b")
SAID_BEFORE = compile_words(r"\b(?:i|we) (?:said|told you|had said|mentioned|told (?:my|her|his|the|your) \w+|was going to say|was thinking)\b|\b(?:j'allais dire|je pensais a)\b|\b(?:je vous avais dit|j'avais dit|on avait dit|on vous avait dit|vous aviez dit|(?:il|elle) avait (?:dit|pense a)|(?:j'avais|on avait) pense a)\b")
DISCHARGE_DAY = compile_words(r"\b(?:discharged|released) (?:on |this |next )?(?:%s|tomorrow)\b" % WEEKDAY_NAMES)  # 'discharged Monday': what is coming
COMMENT = compile_words(r"(?:what a|such a|lovely|nice|great|beautiful|wonderful|quelle|quel|belle|beau|une belle|un beau) ")
THROUGH_DATES = compile_words(r"\b(?:from|du) (?:the |le )?\d{1,2}(?:st|nd|rd|th|er)? (?:to|through|thru|au|until|till) (?:the |le )?\d{1,2}(?:st|nd|rd|th|er)?\b(?!\s*(?::|am|pm|h\b))")  # a range (`named_ranges`), not its two ends
LIST_THEN_CLAUSE = compile_words(  # '... Wednesday and Friday and it takes the whole day', 'Mondays, Wednesdays and Fridays and she needs...': the list ends
    r"\b((?:%s)) (and|et|pis) (?=(?:it|that|ca)\b)|\b((?:%s)s) (and|et|pis) (?=(?:she|he|i|we|they|elle|il|je|on|nous)\b)" % (WEEKDAY_NAMES, WEEKDAY_NAMES))
TOPIC_PART = compile_words(  # 'Les matins, j'ai ma préposée jusqu'à 11 h': the hours say which part of the mornings is busy
    r"(^|\|\| ?)((?:le |les |in the |the )?(?:matins?|avant-midis?|mornings?|apres-midis?|afternoons?)) \| (?=(?:j'ai|il a|elle a|on a|i have|i'?ve got|she has|he has|(?:my|her|his|ma|sa|son|mon) (?:\w+ )?(?:psw|preposee?|nurse|infirmiere|aide))\b[^|]*(?:\| (?:after|apres|from|a partir de) )?\d)"
)
TOPIC_WEEKDAY = compile_words(r"(^|\|\| ?)(le (?:%s)) \| (?=j'ai|il a|elle a|on a)" % WEEKDAY_NAMES)  # 'Le mercredi, j'ai mon cours de peinture l'après-midi'
LEAVING = compile_words(r"\b(?:je pars|on part|nous partons|(?:il|elle|ils|elles) (?:part|partent)|s'en va|on s'en va|je m'en vais|(?:i'?m|we'?re|i am|we are|i'?ll be|we'?ll be|will be) (?:away|leaving|going|heading|off(?! (?:work|from work|those|that))|gone)|(?:va|vais|vont|allons) etre partie?s?|(?:serai|serons|sera|seront) partie?s?)\b")  # away for a span of dates
HE_OR_SHE = compile_words(r"(?:il|elle|he|she)\b")
SO_IS = compile_words(r"(?:and )?(?:so is|so are|neither is|nor is|pareil pour|meme chose pour|idem pour) ")  # 'Monday's bad and so is Tuesday morning'


FILLER = compile_words(r"(?:obviously|of course|naturally|evidemment|bien sur|naturellement|lol|haha|ha)")


REFUSED_FIRST = compile_words(r"(?:pas|not|no|non|never|jamais|sauf|except|excepte|mais pas|but not) (?:the |le |on |this |ce )?(?:\d|%s|tomorrow|demain)" % WEEKDAY_NAMES)


BETWEEN_DATES = compile_words(r"\b(?:between|entre) (?:the |le )?\d{1,2}(?:st|nd|rd|th|er)? (?:and|et|pis|au) (?:the |le )?\d{1,2}(?:st|nd|rd|th|er)?\b(?! (?:%s)\b)" % "|".join(MONTHS))


ANY_DAY_BUT = compile_words(
    rf"(\bany ?(?:day|weekday|time|date|morning|afternoon|evening)s?\b[^|]*?) but(?= (?:not |the |on )?(?:{WEEKDAY_NAMES}|christmas|new year|boxing|canada|\d{{1,2}}(?:st|nd|rd|th)|tomorrow|today)\b)"
)


NEXT_ERRAND = compile_words(  # '... till noon and Wednesday I babysit': a second busy time, not one list ('lundi pis mardi je garde')
    rf"\b(\w+) (?:and|et|pis) (?=(?:(?:i|we|she|he)(?:'ve| have| has)? got|i have|we have|she has|he has|j'ai|elle a|il a) (?:a |an |my |her |his |mon |ma |son |sa |un |une )?(?:\w+ )?(?:appointment|appt|rendez-vous|rdv)\b|(?:{WEEKDAY_NAMES}) (?:i|we|she|he|je|il|elle|on)\b)")
EVERY_ONE = compile_words(rf"(?:every|each|chaque|tous les|toutes les) (?:{WEEKDAY_NAMES})s?")  # '... that's when she takes me for groceries, every Wednesday'
EXCEPT = compile_words(r"\b(?:sauf|except|excepte|but|mais|pas|not|no|never|jamais)\b")
DAY_THEN_DAY_WITH_PART = compile_words(  # 'except Tuesdays or Friday mornings', 'sauf les vendredis pis les lundis matin': the first is out all day
    rf"(\b(?:{WEEKDAY_NAMES})s?\b) ((?:or|ou)\s+(?:le |les |the |on )?(?:{WEEKDAY_NAMES})s? {_PART_OR_CLOCK}s?\b[^|]*)"
    rf"|(\b(?:{WEEKDAY_NAMES})s\b) ((?:pis|and|et)\s+(?:les |the )(?:{WEEKDAY_NAMES})s? {_PART_OR_CLOCK}s?\b[^|]*)"
)


SHORT_LIST = compile_words(r"(?:(?:%s) )*(?:(?:%s) (?:and|et|pis|ou|or|&) (?:%s))" % (WEEKDAY_NAMES, WEEKDAY_NAMES, WEEKDAY_NAMES))  # 'wed and fri'


PAST = compile_words(  # a past tense: told as news, not as a wish
    r"\b(?:(?<!'ve )(?<!ve )(?<!have )(?<!has )had|was|were|took|went|came|did|spent|watched|attended|hosted|saw|left|moved(?! (?:it )?to (?:monday|tuesday|wednesday|thursday|friday))|fell|broke|turned|celebrated|won(?!')|dropped|proposed|arrived|stayed|returned|visited|died"
    r"|installed|discharged|finished|danced|threw|bumped|lost|graduated|married|put(?! on (?:monday|tuesday|wednesday|thursday|friday|next|this|the \d))|bought|built|fixed|replaced|called|phoned|texted|emailed|got (?:out|back|home|married|engaged)|(?<!ve )(?<!is )(?<!has )(?<!have )got (?:my|her|his) (?:flu )?(?:shot|vaccine|booster))\b"
    r"|\b(?:on etait|j'etais|c'etait|etions|etaient)\b|\ba (?:accouchee?|eue?|recu|subi|commence|termine|fini|gradue|demenage)\b"
    r"|\b(?:j'ai|j'avais|il a|elle a|on a|nous avons|ils ont|m'a|m'ont|s'est|se sont|je suis|elle est|il est|est|sont|etait|c'etait)\s+(?:\w+ ){0,2}?"
    r"(?:eu|ete|fait|vu|recu|accouchee?|graduee?s?|revenus|revenues|partis|arrives|installee?|arrivee?|partie?|revenue?|sortie?|tombee?|morte?|decedee?|eteinte?|mariee?|amenee?|operee?|cassee?|dansee?|passee?|allee?s?|rentree?s?|venue?s?)\b"
)


MODAL = compile_words(
    r"\b(?:would|could|can|will|'d|'ll|please|pls|works?|best|prefer|suits?|available|free|fine|good|ok|okay|come|venez|venir|pourr\w*|peux|peut"
    r"|aimerai\w*|voudrai\w*|correct|parfait|ideal|mieux|dispo|libre|irait|adonne|want|wants|like|need|a partir|starting|des le)\b"
)


HOLIDAY_REASON = compile_words(r"(?:obviously |evidemment )?(?:it'?s|it is|is|c'est|that'?s|that is) (?:le |the )?(?:thanksgiving|l'action de grace|labour day|la fete du travail|victoria day|canada day|la fete du canada|family day|civic holiday|vendredi saint|christmas(?: is)? eve|christmas day|new year'?s?(?: is)? eve|veille de noel|le jour de noel)")
TOO = compile_words(r"(?:(?:oh|ah|oops|oups|ah pis) )?(?:and |et |pis )?(?:(?:le |les |the |on )?(?:monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thur|thurs|fri|lundi|mardi|mercredi|jeudi|vendredi)s?|tomorrow|demain|today|aujourd'hui|(?:the|le) \d{1,2}(?:st|nd|rd|th|er)?|(?:(?:monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi) )?(?:%s) \d{1,2}(?:st|nd|rd|th|er)?|(?:le |les |the |in the |at )?(?:matin|soir|apres-midi|avant-midi|midi|lunch|noon|diner|morning|afternoon|evening)s?)(?: \w+)? (?:too|as well|aussi|also|non plus|either)" % "|".join(MONTHS))


_WEEK_NAMED = r"\b(?:la semaine prochaine|next week|cette semaine|this week)"
SHARED_WEEK = compile_words(_WEEK_NAMED + "$")
HABIT_DAY_AT_END = compile_words(rf"\ble (?:{WEEKDAY_NAMES})$")
HABIT_DAY_FIRST = compile_words(rf"le (?:{WEEKDAY_NAMES})\b")
UNTIL_WORDS = frozenset({"until", "till", "til", "jusqu'a", "jusqu'au", "to", "au", "a"})
EVERY_WEEK = compile_words(r"(?:toutes les semaines|chaque semaine|every week|each week|weekly)")
AFTER_WHAT = frozenset({"week", "weeks", "semaine", "one", "day", "days", "jour", "jours", "celle", "celui", "month", "mois", "that", "ca"})  # 'the week after that': one phrase
AWAY_UNTIL_FIRST = compile_words(rf"\b((?:jusqu'au|jusqu'a|until|till) (?:the |le )?(?:\d{{1,2}}(?:st|nd|rd|th|er)?|{WEEKDAY_NAMES}))\b(,? )((?:je suis|j'suis|chu|on est|il est|elle est|i'?m|we'?re|he'?s|she'?s|i am|we are) (?:pas la|pas ici|away|gone|not here|not home|out of town|partie?s?)\b)")
NEXT_ONE = compile_words(r"\b(ni|nor|and not|et pas|pis pas|or|ou) (la prochaine|la suivante|the next one|the next|the following one)\b(?! (?:semaine|week))")
WEEK_WORD = compile_words(r"\b(?:semaine|week)\b")
NAMED_WEEK = compile_words(_WEEK_NAMED + r"\b")
WEEKDAY_NAMED = compile_words(rf"\b(?:{WEEKDAY_NAMES})\b")
WEEKDAY_OR_PLURAL = compile_words(rf"\b(?:{WEEKDAY_NAMES})s?\b")
WEEKEND_DAY = compile_words(r"\b(?:saturday|sunday|samedi|dimanche)\b")
BECAUSE = compile_words(r"(?:because|parce que|parce qu'|car|vu que|since)\b")
DAY_WORD = compile_words(r"\b(?:%s)s?\b|\b\d{1,2}(?:st|nd|rd|th|er)?\b" % "|".join(FULL_WEEKDAYS_PATTERN))
MINE_BUSY = compile_words(  # 'that's my hair appointment', 'c'est mon bingo': a time that is taken
    r"\b(?:that|it|\w+)(?:'s| is| are) (?:my|her|his|our|their) (?!best|free|good|only|preferred|favou?rite|easiest|quiet|open|lazy|rest|home|stay)[\w-]+ days?\b(?! off)"
    r"|\b(?:that|it|\w+)(?:'s| is| are) (?:my|her|his|our) (?:\w+ )?(?:appointment|appt|bingo|club|hair|physio|dialysis|doctor|dentist|church|cards|bath|therapy|treatment|clinic|golf|bowling|curling|yoga|swim|pool|euchre|crib|bridge|dance|choir|volunteering|cardiologist|specialist|surgeon|oncologist|neurologist|optometrist|audiologist|podiatrist|chiropractor|eye doctor|foot care|massage|chemo)\b"
    r"|\bc'est (?:la|le|l') ?(?:piscine|bingo|messe|physio|dialyse|coiffeuse|coiffeur|aquaforme|epicerie|menage|quilles|club|chorale|podologue|dentiste|docteur|medecin|optometriste|cardiologue|specialiste|massotherapeute)\b|\bc'est (?:mon|ma|sa|son|notre|my) (?:\w+ ){0,2}(?:rendez-vous|rdv|bingo|club|coiffeur|coiffeuse|physio|dialyse|medecin|dentiste|messe|cartes|bain|traitement|clinique|golf|quilles|curling|yoga|piscine|aquaforme|bridge|danse|chorale|benevolat|epicerie|menage)\b")
PART_AT_END = compile_words(rf"\b(?:{_PARTS})s?$")
DATE_ONLY = compile_words(r"(?:on )?(?:the |le )?\d{1,2}(?:st|nd|rd|th|er)?")
DAYS_ONLY = compile_words(r"(?:(?:le |les |the |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?(?: (?:and|et|pis|ou|or|&))? ?)+")


BARE_SPAN = compile_words(r"(?:du|from|the|le) \d{1,2}(?:st|nd|rd|th|er)? (?:au|to|-|through|thru) (?:the |le )?\d{1,2}(?:st|nd|rd|th|er)?(?: \w+)?")  # '..., du 6 au 10': the dates of what was just refused


PART_AFTER_DAY = compile_words(r"(?:%s) (?:%s)" % ("|".join(FULL_WEEKDAYS_PATTERN), _PARTS))  # 'thursday afternoon': one day with its part


BACK_FROM = compile_words(  # 'Friday after he gets back from the Legion': when the visit can start, not what keeps him busy
    r"\b(?:after|once|when) (?:he|she|i|we|they) (?:gets?|comes?|is|are|'s|'re) (?:back |home )?from\b(?: [\w']+){1,3}"
    r"|\b(?:apres que|quand|une fois qu') ?(?:il|elle|je|j'|on) ?(?:est |suis )?(?:revient|rentre|revenue?|rentree?|reviens) (?:de|du|des)\b(?: [\w']+){1,3}"
)
PRESENCE_WISH = compile_words(  # the visit asked for while a helper is there
    r"\b(?:while|when) (?:i'?m|i am|she'?s|he'?s|she is|he is|we'?re|the psw is|her psw is|his psw is) (?:there|here|in|around|with (?:her|him))\b"
    r"|\bduring (?:my|her|his|the psw'?s?) (?:shift|hours|visit|time)\b|\bduring (?:those|these|that|them|the same) (?:hours|times?|window)\b"
    r"|\b(?:come|be there|visit|comes?) then\b|\bin that window\b|\b(?:wants?|would like|prefers?|needs?) (?:me|her|him|them|the psw|her psw|his psw) (?:there|present|around|for it)\b"
    r"|\bpendant (?:que )?(?:je suis|j'suis|chu|elle est|il est) (?:la|chez (?:elle|lui))\b|\bquand (?:je suis|j'suis|chu) (?:la|chez (?:elle|lui))\b"
    r"|\bpendant (?:mes|ses) heures\b|\bpendant (?:ma|sa) (?:visite|shift|quart)\b|\bdans ce temps-la\b|\bdans ces heures-la\b|\ba ce moment-la\b"
)
DIGIT = compile_words(r"\d")
HELPER_THERE = compile_words(r"\b(?:i'?m|i am|je suis|j'suis|chu) (?:there|here|in|at \w+|la|chez (?:elle|lui|eux|\w+ \w+))\b")
MEAL_REASON = compile_words(  # '... le midi non plus, c'est l'heure de son dîner': why that time is out
    r"(?:c'est|that'?s|it'?s|cause|parce que c'est) (?:l'heure (?:de|du) |the time (?:of|for) |when (?:she|he|i|we) (?:has|have|eats?) )?(?:son |sa |his |her |my |mon |ma |le |la |the )?"
    r"(?:diner|dejeuner|souper|lunch|dinner|supper|breakfast|sieste|nap|bain|bath|around \d{1,2}:\d{2})(?: time)?"  # meals arrive as clock times
)
HABIT_REASON = compile_words(r"(?:c'est|that'?s|it'?s) (?:le|la|l'|mon|ma|my) ?(?:\w+ ){0,2}(?:bingo|piscine|messe|dialyse|dialysis|physio|cartes|cards|quilles|bowling|club|chorale|choir|golf|aquaforme|coiffeuse|coiffeur)")


WHOLE_PART = compile_words(r"(?:toute (?:l'|la )?|tout (?:l'|le )?|all |the whole |during the )(?:%s)" % "|".join(re.escape(w) for w in PART_WORDS if "-" in w or w.isalpha()))  # '..., toute l'avant-midi': when the days before are taken


HOURS_BOUND = compile_words(r"(?:(?:tous les|toutes les|every|each|chaque|all) (?:(?:%s)s?,? )?|(?:les |the |le |in the )?(?:%s)s?,? )(?:from \d{1,2}:\d{2} to \d{1,2}:\d{2}|(?:until|till|avant|before|up to|from|after|apres|a partir de) \d{1,2}:\d{2})" % ((_PARTS,) * 2))


SCOPE_ONLY = compile_words(r"^(?:(?:this|the) week and (?:the )?next(?: one)?|both weeks|cette semaine et la (?:semaine )?prochaine|les deux semaines)$")


INTRODUCTION = compile_words(  # 'this is her PSW', 'la preposee du soir ici': who writes, not a busy time
    r"\b(?:this is|it'?s|i'?m|i am|c'est|je suis) (?:her|his|their|the|sa|son|la|le) (?:\w+ )?(?:psw|nurse|preposee?|infirmiere|caregiver)\b"
    r"|(?:la |le |the )?(?:psw|preposee?|infirmiere|nurse)(?: \w+){0,2} ici\b"
    r"|^(?:the |la |le |sa |son )?(?:psw|preposee?|caregiver) (?:for|of|de|pour)\b"
    r"|\b(?:je fais le menage chez|i clean for|i clean (?:her|his|their) (?:house|place|apartment))\b"
)


NEGATIVE = compile_words(
    r"\b(?:not|no|nor|neither|never|can'?t|cant|cannot|won'?t|wont|isn'?t|aren'?t|doesn'?t|doesnt|don'?t|dont|bad|busy|away|out|unavailable|impossible"
    r"|except|excepting|excluding|other than|apart from|forget|physio|physiotherapy|dialysis|doctor'?s?|hospital|clinic|church|mass|specialist|surgery"
    r"|physiotherapie|hemodialyse|hemodialysis|hopeless|full|booked|no way|dentist|dentiste|recital|funeral|funerailles|chirurgie|operation|scans?|x-?rays?|cardiologist|cardiologue"
    r"|specialiste|medecin|docteur|hearing test|eye test|(?:blood|lab) test|examen|appointments (?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday)|lab|labo|laboratoire|mri|irm|neurologist|neurologue|urologist|urologue|oncologist|oncologue|dermatologist|dermatologue|ophthalmologist|ophtalmologiste|optometriste|eye doctor|chemo|chimio|treatments?|traitements?|coiffeuse|coiffeur|hairdresser|clinique|bingo|groceries|epicerie|dangereux"
    r"|hard for|difficult for|(?:knee|hip|shoulder|cataract|hernia|valve) (?:replacement|surgery|operation|repair)|remplacement (?:de|du) (?:genou|hanche)|trop chaud|too hot|c'est plein|(?:is|are|'s) full|forgot (?:about )?(?:my|her|his|the) (?:\w+ )?(?:appointment|appt|rendez-vous)|trop d'affaires|too much (?:going on|on)|mauvaise?|avoid|eviter|evitez|de la misere|(?:is|are) shot|trop fatiguee?s?|too tired|exhausted|epuisee?s?|difficiles? pour|dur pour|rough for|trop tard|too late|trop tot|trop vite|trop de bonne heure|too early|too soon|podiatre|worse|pire|trop fou|crazy|hectic|too busy|foot care|soins des pieds|bowling|nothing|rien|adonne mal|tombe mal|niet|nenni|encore moins|even less"
    r"|pas|non|jamais|ni|sauf|excepte|oubliez|(?<!s')(?<!m')(?<!t')occupee?s?|dialyse|clsc|hopital|messe|bain(?! elevateur| therapeutique)|a part|pu|nope|nah|avoid|eviter|evitez|pantoute|(?<=c'est )plate|(?<=is )thanksgiving|(?<=c'est )l'action de grace|(?<=c'est )(?:un jour )?ferie|(?<=is a )stat(?:utory)? holiday)\b"
    r"|\bn'(?:est|ai|a|y a|irait|ira)\b|\by'?a personne\b|\bil y a personne\b|\b(?:nobody|no one)(?: is| will be|'ll be| 's)? (?:home|here|around)\b|\bj'ai (?:mes|ses)\b|\bcomplet\b|\bno good\b|\b(?:has|have|got|a|ai) (?:a |an |her |his |my |mon |ma |son |sa |un |une )?(?:\w+ ){0,2}(?:appointment|appt|rendez-vous|rdv|follow-up|suivi|check-?up)\b|\bj'ai (?:mon|my|ma|un|une|rendez-vous)\b"
)


TIME_TO = compile_words(r"\b(?:(?:me |nous |lui |leur )?(?:laisse|laisserait|donne|donnerait) le temps de|(?:gives?|give|would give) (?:me|us|her|him) (?:the )?time to)\b.*$")  # '... le temps de faire le menage': why then, not busy
POSITIVE_IDIOMS = compile_words(
    r"\b(?:c'?(?:est-)?tu trop (?:vite|tot|de bonne heure)|(?:is|would) (?:that|it|this) (?:be )?too (?:soon|early|short notice)|no problem|not a problem|no worries|don'?t mind|doesn'?t matter|no preference|not fussy|not picky|si jamais|au complet|a part de ca|a part ca|apart from that|other than that|outside of that|besides that|hospital bed|lit d'hopital|pas mal|if (?:that|it|this)(?:'?s| is) not"
    r"|(?:je|elle|il|on|\w+) (?:ne )?travaill\w* pas|(?:i|she|he|we) (?:don'?t|doesn'?t|do not|does not) work|(?:vais|vas|va|serai) (?:etre )?(?:revenue?|rentree?|de retour) (?:de|du)(?: [\w']+){0,2}|(?:will|'ll) be (?:back|home) from(?: \w+){0,2}|si (?:ca|\w+) (?:ne )?(?:marche|adonne|fait) pas|if (?:that|it|this|\w+) (?:doesn'?t|does not|won'?t|can'?t) (?:work|suit)|pas de (?:probleme|trouble|souci)|ca me derange pas|ca (?:ne )?me derange pas|pourquoi pas|c'est pas grave|n'importe|si (?:c'est|ca) (?:pas|n'est pas)"
    r"|pas vite|no matter|if not|sinon|otherwise|or not|not a morning person|pas (?:une personne )?du matin|pas (?:tres )?matinale?|pas de farce|sans farce|no kidding|no joke|pas de blague|sans blague|out there|pas d'importance|not important|pas important|avant qu'(?:il|y) fasse trop chaud|before it gets too hot)\b"
    r"|\b(?:when|while|quand|lorsque) (?:i'?m|i am|we'?re|she'?s|he'?s|je (?:ne )?suis|j'suis|on (?:n')?est|elle (?:n')?est|il (?:n')?est) (?:not|pas)\b"
)


@dataclass(frozen=True)
class Clause:
    text: str
    negative: bool  # rules out what it names
    correction: bool  # replaces the wish before it
    sentence: int = 0  # which sentence of the reply it is in
    reason: bool = False  # negative only as a busy reason ('the nurse comes mornings'), which a clock time said overrides
    said_before: bool = False  # a day the client named earlier ('I said Monday before'): no wish, but what a refusal after it means


def clauses(canonical: str) -> list[Clause]:
    """The reply cut into sentences ('||') and clauses ('|'), as `understand.normalise` marks them, and at contrast
    words; a clause that only mentions a day said before ('I said Tuesday') is left out."""
    text = DATE_LIST.sub(lambda m: " ".join(f"{m.group(1)} {n}" if n.isdigit() else n for n in re.split(r" \| | ", m.group(0))[1:]), canonical)
    text = ANY_DAY_BUT.sub(r"\1 except", text)  # 'any weekday next week but Christmas Eve': except
    text = sub(r"^(?:except|excepting|sauf|excepte)\b", "any day except", text)  # 'sauf vendredi', answering 'when?': any other day
    text = FORGET_THAT.sub(r"\1 |", text)
    text = IF_YOU_DO.sub(" ", IF_TAKEN.sub(" ", text))  # 'or Monday if Friday's full': the other wish, no refusal
    text = NOT_THE_NEXT.sub(r"\1 | ", text)
    text = PART_REFUSED.sub(" | ", text)  # 'mardi pas le matin': the day, then the part ruled out
    text = sub(r"(?<=\w) (?=(?:no|non|nope) (?:wait|sorry|attends|attendez|i mean|je veux dire|oups|oops|pardon|excuse)\b)", " | ", text)  # 'tues no wait i mean wed'
    text = OR_ANY_DAY.sub(r"\1 | ", text)  # 'Friday or any day next week': this Friday
    text = THEN_WISH.sub(" | ", text)  # 'away until the 28th then any afternoon'
    text = BEFORE_AFTER_THAT.sub(_after_that, text)  # 'en repit jusqu'a vendredi apres ca n'importe quel pm': unpunctuated, then the wish
    text = AWAY_UNTIL_FIRST.sub(r"\3 \1", text)  # 'jusqu'au 26 je suis pas là': away until the 26th
    text = NEXT_ONE.sub(lambda m: f"{m.group(1)} {'la semaine prochaine' if m.group(2).startswith(('la', 'pro', 'sui')) else 'next week'}", text) if WEEK_WORD.search(text) else text  # 'pas cette semaine ni la prochaine'
    text = REFUSED_THEN_WISHED.sub(lambda m: f"{m.group(1) or m.group(2) or m.group(3)} || ", text)  # a sentence of its own: the wish is no part of the refusal's list
    text = sub(rf"\b(pis|et|and) (?=(?:le |the |on )?(?:{WEEKDAY_NAMES})(?: \w+)? (?:non plus|either|too|aussi|as well)\b)", r"| \1 ", text)  # '... pas pis le lundi non plus'
    text = sub(r"\b(pis|et|and|mais|but) (?=(?:pas|not|never|jamais)\b|(?:i|he|she|we|they|my \w+|moi|je|il|elle|on)(?: je)? (?:can'?t|cannot|won'?t|don'?t|peux pas|peut pas|ne peux|ne peut)\b)", r"| \1 ", text)  # 'pas avant 2 h pis pas mercredi': two things  # 'the 22 or the 23rd not the 24': a wish, then what is out
    text = sub(r"\b(?:as|cause|'cause|cuz|coz) (?=(?:i'?m|i am|i|we|we'?re|she|she'?s|he|he'?s|it'?s)\b|(?:my|her|his|our|their) \w+(?: \w+)? (?:comes?|is|are|has|have|goes|works|visits)\b)", "because ", text)  # '... afternoon as I'm not a morning person'
    text = sub(rf"\b({CONTRAST})\b(?! *(?:\||$))", r"| \1", text)  # 'vendredi plutôt' keeps its day
    text = LIST_THEN_CLAUSE.sub(lambda m: f"{m.group(1) or m.group(3)} | {m.group(2) or m.group(4)} ", text)
    text = sub(r"\b(?:pis|et|and) (?=(?:(?:la|now|maintenant|asteure|astheure) (?:je|j'|il|elle|on|i|she|he|we)\b|(?:il|elle|she|he) (?:est|is) (?:en|in|at|a|au|chez)\b|(?:il|elle|she|he) (?:volunteers|works|travaille|fait du benevolat)\b|(?:i'?m|i am|je suis|she'?s|he'?s) (?:only |just |seulement )?(?:off|en conge)\b|(?:is|est) (?:still |encore )?(?:en|in|at|a|au|chez)\b|(?:the|my|our|his|her|an?) (?:\w+ ){0,2}(?:is|are) coming\b|(?:the|my|our|his|her) (?:\w+ ){0,2}(?:comes|come|visits)\b|(?:on|je|nous|il|elle) (?:revien\w*|rentr\w*|fete|celebre|sort|sortira|va sortir)\b|a (?:revien\w*|rentr\w*|sort)\b))", "| ", text)  # 'j'ai ete a l'hopital ... pis la je suis chez ma soeur': news, then now
    text = sub(r"(?<=\d) (?=(?:my|our|his|her|mon|ma|mes|son|sa) [\w'-]+(?: [\w'-]+)? (?:is|are|est|sont)\b)", " | ", text)  # 'monday after 2 my hearing aid is bad': unpunctuated, a new sentence
    text = sub(rf"\b((?:{WEEKDAY_NAMES}|week|semaine)\b[^|]*?) (?=(?:not|pas) (?:the |le |on )?(?:{WEEKDAY_NAMES})\b)", r"\1 | ", text)  # 'fri aftrnoon pls not thurs': the wish, then the refusal
    text = sub(r"\b(?:pis|et|and) que (?=(?:le|the|lundi|mardi|mercredi|jeudi|vendredi)\b)", "| ", text)
    text = AND_DAY_OFF.sub("| ", text)  # '... works shifts and Saturday is his only day off'  # 'que le 12 ça adonne mal pis que le 13 ça adonne ben'
    text = NEXT_ERRAND.sub(lambda m: m.group(0) if m.group(1) in WEEKDAYS or m.group(1) in RELATIVE_DAYS else f"{m.group(1)} | ", text)  # '... every Thursday afternoon and I've got an appointment on the 3rd'
    text = DAY_AND_PART_PAIR.sub(r"\1 | & \2", text)
    text = DAY_THEN_DAY_AND_PART.sub(r"\1 | \2", text)
    text = sub(r"\b(non|oui|no|yes|ok|okay|parfait|perfect|good|bon|beau|bad|mauvais|no good)\b\s+(?=(?:%s|le \d+|the \d+|demain|tomorrow)\b)" % WEEKDAY_NAMES, r"\1 | ", text)
    text = sub(r"(^|\| )(?:no|non|nope|nah) (?=(?:sorry|wait|finalement|mettons|disons|en fait|make it|let'?s say|attendez|attends|excusez|pardon|i mean|je veux dire|actually|make it|plutot|oops|oups)\b)", r"\1", text)
    text = TOPIC_WEEKDAY.sub(r"\1\2 ", text)
    text = TOPIC_PART.sub(r"\1", text)
    paid_help = PAID_HELP.search(text) is not None  # the writer is the PSW or a live-in caregiver: their day off is a day nobody opens the door
    found: list[Clause] = []
    dropped = -1  # the sentence of the last piece left out as past news
    leaving = -1  # the sentence of a departure told as news, whose dates may follow it
    for number, sentence in enumerate(text.split("||")):
        for piece in sentence.split("|"):
            piece = BACK_FROM.sub(lambda m: m.group(0) if DAY_WORD.search(m.group(0)) else "", piece).strip(" ,-")
            if not piece or FILLER.fullmatch(piece) or INTRODUCTION.fullmatch(piece) or (found and found[-1].negative and SCOPE_ONLY.match(piece)):
                continue
            refused = REFUSED_FIRST.match(piece) is not None  # 'pas le 18, c'est ma fete': a refusal, whatever the reason
            away_span = (DATE_SPAN.search(piece) or THROUGH_DATES.search(piece)) is not None and (LEAVING.search(piece) is not None or leaving == number)  # 'on part à Québec du 28 au 31 mai'
            refused = refused or away_span
            if ASIDE.search(piece) and not (BUSY.search(piece) and not PAST.search(piece)) and not refused and not STILL_AWAY.search(piece):  # 'at my daughter's for her birthday' stays busy
                dropped = number
                leaving = number if LEAVING.search(piece) and not PAST.search(piece) else leaving  # 'je pars chez ma fille, du 18 au 25': its dates follow
                if (SAID_BEFORE.search(piece) or EVENT.search(piece) and not PAST.search(piece)) and DAY_WORD.search(piece):  # 'I said Monday', 'her birthday is the 10th': what 'not that day' means
                    found.append(Clause(piece, False, False, number, said_before=True))
                continue
            if PAST.search(piece) and not MODAL.search(piece) and not refused and not STILL_AWAY.search(piece) and not DISCHARGE_DAY.search(piece):
                dropped = number  # 'I had both cataracts done on March 9': what happened, not when to come
                continue
            if dropped == number and (DATE_ONLY.fullmatch(piece) or COMMENT.match(piece)):  # 'the dinner was on the 9th, lovely evening'
                continue  # 'we had a reunion on Mother's Day, the 9th': the date of what happened
            inherits = piece.startswith("& ") or (found and found[-1].negative and EVERY_ONE.fullmatch(piece)) or (found and found[-1].negative and found[-1].sentence == number and BARE_SPAN.fullmatch(piece)) or (found and found[-1].negative and MEAL_REASON.fullmatch(piece)) or (found and found[-1].negative and (TOO.fullmatch(piece) or HOLIDAY_REASON.fullmatch(piece) or SO_IS.match(piece) or WHICH_IS.match(piece)))
            piece = piece.removeprefix("& ")
            plain = POSITIVE_IDIOMS.sub(" ", TIME_TO.sub(" ", piece))
            lets_in = LETS_IN.search(sentence) is not None and not HE_OR_SHE.match(piece)  # 'je travaille, il pourrait être là'; not 'mon fils va ouvrir, il dort le matin'
            busy = BUSY.search(TIME_TO.sub(" ", piece)) is not None and not INTRODUCTION.search(piece) and not lets_in
            negated = NEGATIVE.search(plain) is not None or MINE_BUSY.search(piece) is not None or (paid_help and DAY_OFF.search(piece) is not None) or away_span
            continued_list = found and found[-1].sentence == number and found[-1].text.split()[-1] in WEEKDAYS and SHORT_LIST.match(piece) is not None  # 'with her Monday, Wednesday and Friday from 1 to 4'
            ends_in_day = found and found[-1].sentence == number and (
                PLURAL_WEEKDAY.search(found[-1].text.split()[-1]) or (found[-1].negative and found[-1].text.split()[-1] in WEEKDAYS)
                or (HABIT_DAY_AT_END.search(found[-1].text) and HABIT_DAY_FIRST.match(piece))  # 'le lundi, le mercredi pis le vendredi': one list
                or continued_list)
            only_days = found and found[-1].sentence == number and DAYS_ONLY.fullmatch(piece) and (
                DAYS_ONLY.fullmatch(found[-1].text) or (found[-1].reason or found[-1].negative and PART_AT_END.search(found[-1].text)) and not DAY_WORD.search(found[-1].text))  # 'je travaille a temps partiel, les mardis pis les jeudis'; 'son bain le matin, les mardis pis les jeudis'
            whole_part = found and found[-1].sentence == number and found[-1].negative and WHOLE_PART.fullmatch(piece) and DAY_WORD.search(found[-1].text)
            whole_part = whole_part or (found and found[-1].sentence == number and found[-1].negative and DAY_WORD.search(found[-1].text)
                                        and HABIT_REASON.fullmatch(piece))  # 'le lundi non plus, c'est le bingo': every Monday
            tail = (LIST_TAIL.fullmatch(piece) or _list_then_place(piece)) and not (found and found[-1].negative and PART_AFTER_DAY.fullmatch(piece))  # 'no fridays, thurs aft': a wish
            bound = found and found[-1].sentence == number and found[-1].negative and (HOURS_BOUND.fullmatch(piece) or EVERY_WEEK.fullmatch(piece))  # '..., toutes les semaines': a habit; '... le matin on va marcher, tous les matins jusqu'à 11 h': those hours
            if only_days or whole_part or bound or ends_in_day and (tail or (SHORT_LIST.fullmatch(piece) and found[-1].negative) or (continued_list and not found[-1].negative)):
                at = len(found) - 1
                if EVERY_WEEK.fullmatch(piece):  # 'sauf le mercredi parce que c'est son bingo, toutes les semaines': the day refused is the habit
                    at = next((i for i in range(len(found) - 1, -1, -1) if found[i].sentence == number and found[i].negative and DAY_WORD.search(found[i].text)), at)
                found[at] = replace(found[at], text=f"{found[at].text} {piece}")  # 'les mardis, jeudis pis vendredis': one list
                continue
            if inherits and found:  # 'physio lundi matin pis mercredi matin', 'today's out, and Monday too'
                week = SHARED_WEEK.search(piece)
                if week and not SHARED_WEEK.search(found[-1].text):  # '... lundi matin pis mercredi matin la semaine prochaine': both
                    found[-1] = replace(found[-1], text=f"{found[-1].text} {week.group(0)}")
                found.append(replace(found[-1], text=piece))
                continue
            if found and found[-1].sentence == number and found[-1].negative and (BECAUSE.match(piece) or negated or busy):
                piece = _in_refused_week(piece, found[-1].text)
            clause = Clause(piece, negated or busy, CORRECTION.search(piece) is not None, number, busy and not negated)
            second_day = (DAY_AND_PART_THEN_DAY.search(piece) or DAY_THEN_DAY_WITH_PART.search(piece)) if clause.negative else None
            if second_day and second_day.re is DAY_THEN_DAY_WITH_PART.compiled and second_day.group(4) and not EXCEPT.search(piece[: second_day.start()]):
                second_day = None  # 'son club de marche les mardis pis les jeudis matin': one habit, both mornings
            if second_day:  # 'foot care wednesday morning and the hairdresser friday': Friday is out all day
                cut = 2 if second_day.group(2) else 4
                found += [replace(clause, text=piece[: second_day.start(cut)].strip()), replace(clause, text=second_day.group(cut))]
                continue
            found.append(clause)
    return _present_then_wished(found)


def _present_then_wished(found: list[Clause]) -> list[Clause]:
    """'I'm at her place Monday from 9 to noon, could the tech come then?': the hours someone who must be there is
    there, which a later 'then', 'while I'm there' or 'pendant mes heures' asks for, are wished, not busy."""
    for at, clause in enumerate(found):
        if clause.negative or not PRESENCE_WISH.search(clause.text):
            continue
        for before in range(at - 1, -1, -1):
            earlier = found[before]
            if earlier.sentence < clause.sentence - 1:
                break
            if earlier.negative and (earlier.reason or HELPER_THERE.search(earlier.text)) and DIGIT.search(earlier.text):
                found[before] = replace(earlier, negative=False, reason=False)
                break
    return found


def _in_refused_week(piece: str, refused: str) -> str:
    """A reason after a refused week, naming bare weekdays, is about that week: 'next week is no good because I have
    surgery on Wednesday', 'next week is bad, he has appointments Monday'. Not a weekend day ('until Sunday')."""
    week = NAMED_WEEK.search(refused)
    if week is None or NAMED_WEEK.search(piece) or WEEKEND_DAY.search(piece) or not WEEKDAY_NAMED.search(piece) or DAY_WORD.search(WEEKDAY_OR_PLURAL.sub(" ", piece)):
        return piece
    return f"{piece} {week.group(0)}"


def _after_that(match: re.Match[str]) -> str:
    """A break before 'after that' ('away until Friday | after that any pm'), unless it ends a phrase ('the Monday after that')."""
    before, word = match.group(1) or "", match.group(2)
    if word in AFTER_WHAT or (word in WEEKDAYS and before not in UNTIL_WORDS):
        return match.group(0)
    return f"{match.group(0).rstrip()} | "


def _list_then_place(piece: str) -> bool:
    """'..., Wednesday and Friday mornings at the Y': the end of a list of days, then where, and no wish of its own."""
    head = LIST_TAIL.match(piece)
    return head is not None and SHORT_LIST.search(head.group(0)) is not None and MODAL.search(piece, head.end()) is None and NEGATIVE.search(piece, head.end()) is None


@dataclass(frozen=True)
class Said:
    """What one clause names: days (each one, or every such weekday), hours, parts of the day."""

    days: list[date]
    weekdays: frozenset[int]  # weekdays named as singular ('Monday'); resolved against the wish when ruled out
    every: frozenset[int]  # weekdays named as a habit or set ('Mondays', 'every Monday', 'le lundi')
    hours: Hours | None
    parts: frozenset[str]
    any_day: bool
    early: bool  # 'early morning': the first hours only
    qualified: frozenset[int] = frozenset()  # weekdays said with 'this', 'next', 'prochain': the day named, whatever is wished
    scoped: bool = False  # the habit holds within a week named with it ('du lundi au jeudi la semaine prochaine')
    before_wish: bool = False  # ruled out before anything was wished: a bare weekday is the coming one ('not Monday. Tuesday the 23rd on')


PLURAL_WEEKDAY = compile_words(
    r"(?<!')\b(?:every|each|any|only|all|tous les|chaque|les|juste les|seulement les|juste le|seulement le|n'importe quel|n'importe lequel|un|a(?= (?:monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thur|thurs|fri)\b)|toujours le|always on|always)\s+(%s)s?\b(?!\s+(?:\d|prochain|qui vient|the \d|le \d|next|this|of))|\b(%s)s\b"
    % (WEEKDAY_NAMES, "|".join(FULL_WEEKDAYS))
)


QUALIFIED = compile_words(r"\b(?:this|next|ce|cette)(?: coming)? (%s)\b|\b(%s) (?:prochain|qui vient|next week|de la semaine prochaine)\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES))


QUALIFIED_SECOND = compile_words(r"\b(?:this|next|ce|cette)(?: coming)? (?:%s) (?:or|and|ou|et|pis) (%s)\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES))  # 'not this Thursday or Friday': both this week's


PLURAL_PART_NAMES = "mornings|afternoons|evenings|avant-midis|apres-midis|matins|soirs"


PLURAL_PARTS = compile_words(rf"\b(?:{PLURAL_PART_NAMES})\b")


HABIT = compile_words(rf"\b(?:le seul jour|seule journee)\b|\beither (?=(?:{WEEKDAY_NAMES})\b(?! or))|\b(?:i'?m|i am|je suis) (?:there|here|la|at (?:her|his|their) \w+|chez (?:elle|lui|eux))(?= (?:{WEEKDAY_NAMES})(?: (?:and |et )?(?:{WEEKDAY_NAMES}))+\b)|\bonly\b(?! (?:free|available|do|make it|get (?:there|away|off)|be there|come|day)\b)|\b(?:seulement|de preference|preferably|usually|d'habitude|dialysis|dialyse|day program|programme de jour|centre de jour|toutes les semaines|chaque semaine|every week|each week|any week|n'importe lequel|whichever one|any of them|n'importe quelle semaine|{PLURAL_PART_NAMES})\b")


ANY_DAY_WORDS = compile_words(
    r"\b(?:any ?day|any ?time|anytime|any (?:morning|afternoon|evening)s?(?= (?:is|are|works?|would|will|suits?|should)\b)|whenever|any other (?:day|time|morning|afternoon|evening)s?|other days?|otherwise|n'importe quand|n'importe quel(?:le)? (?:jour|journee|moment)|sinon"
    r"|tout|anything|(?<!for )everything|toute la semaine|all week|any day of the week|le reste|the rest|n'importe|every ?day|all days|any weekday"
    r"|weekdays|tous les jours|toutes les journees|jours? de semaine|en semaine|autres jours|les autres|les autres? jours?|rest of|le reste de|any other (?:week)?day"
    r"|home all day|always home|whatever (?:day|time)(?! you\b)|(?:in|over|within) the next (?:two|2|couple of|couple) weeks|within (?:two|2) weeks|d'ici (?:deux|2) semaines|(?:dans|au cours des|d'ici) les (?:deux|2) prochaines semaines|toujours a la maison|other times? (?:are|is|work|would)|les autres moments|other than that|a part de ca|peu importe (?:le|la) (?:jour|journee)|libre comme l'air|free as a bird|wide open)\b"
)


def read_said(text: str, today: date, parts: DayParts, habitual: bool = False) -> Said:
    every = frozenset(WEEKDAYS[m.group(1) or m.group(2)] for m in PLURAL_WEEKDAY.finditer(text))
    for pair in re.finditer(r"\ble (%s) (?:ou|et|pis) (?:le )?(%s)\b(?! d'apres| suivant)" % (WEEKDAY_NAMES, WEEKDAY_NAMES), text):  # 'le lundi ou le vendredi'
        every |= {WEEKDAYS[pair.group(1)], WEEKDAYS[pair.group(2)]}
    if BUSY.search(text) or search(r"\b(?:dialyse|dialysis|physio|physiotherapie|clsc|qui vient|viennent|hemodialyse|hemodialysis|messe|eglise|bingo|cartes|quilles|coiffeuse|coiffeur|chorale|jamais|never|golf|curling|yoga|bridge|danse|piscine|aquaforme|is busy|travaill\w* pas|en conge|de conge)\b", text):  # 'a sa dialyse le mardi': a habit
        every |= {WEEKDAYS[m.group(1)] for m in re.finditer(r"\ble (%s)\b(?! \d)" % WEEKDAY_NAMES, text)}
    span = search(r"\b(?:(?:du|from) )?(%s) (?:au|to|through|thru|-) (%s)\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES), text)
    if span:  # 'du lundi au jeudi': every weekday in between
        every |= frozenset(range(WEEKDAYS[span.group(1)], WEEKDAYS[span.group(2)] + 1))
    bounded = THROUGH_DATES.sub(" ", DATE_SPAN.sub(" ", BETWEEN_DATES.sub(" ", BEFORE_DATE.sub(" ", text))))  # 'du 21 au 30 août' is a range too; 'avant le 18' bounds the days, it wishes no 18th; 'entre le 25 pis le 29' is a range
    dated = named_dates(bounded, today) + weekday_dates(text, today)
    offsets = named_offsets(text, today)
    if (every or HABIT.search(text) or habitual) and not offsets and not dated and not QUALIFIED.search(text):  # 'Mon or Thu mornings', 'le jeudi seulement'; not 'le seul jour c'est ce vendredi'
        every |= frozenset(WEEKDAYS[w] for w in text.split() if w in WEEKDAYS)
    if offsets:  # 'the Tuesday after next', 'dans deux semaines jour pour jour': that day, not the weekday or the week
        days = sorted(set(dated + offsets))
    elif dated:
        days = sorted(set(dated + named_days(_without_dated_weekdays(bounded), today)))
    else:
        days = named_days(bounded, today)
    ranges = named_ranges(text, today) if not offsets else []
    if ranges and days and set(days) & set(ranges) and search(r"\b(?:before|avant)\b", text):
        days = sorted(set(days) & set(ranges))  # 'next week before Christmas Eve': the days of both
    days = sorted(set(days + ranges))  # "le mardi de la semaine d'après la prochaine": that day
    singular = frozenset(WEEKDAYS[w] for w in text.split() if w in WEEKDAYS) - every
    if every:
        week = named_week(text, today) or (named_ranges(text, today) if WEEK_OF.search(text) else None)  # 'Wednesdays and Fridays the week of the 14th'
        horizon = week or [today + timedelta(days=i) for i in range(HORIZON_DAYS)]
        others = [d for d in days if d.weekday() not in every and (week is None or d not in week)]  # 'Tuesdays or Thursdays next week': not its Monday
        days = sorted(set(others) | {d for d in horizon if d.weekday() in every})
    named_parts = frozenset(PART_WORDS[w] for w in text.split() if w in PART_WORDS and w not in ("am", "pm", "noon", "midi", "lunch"))
    return Said(
        days, singular if not dated else frozenset(), every, named_hours(text, parts), named_parts, ANY_DAY_WORDS.search(text) is not None,
        search(r"\b(?:early|tot|de bonne heure)\b", text) is not None,
        frozenset(WEEKDAYS[m.group(1) or m.group(2)] for m in QUALIFIED.finditer(text)) | frozenset(d.weekday() for d in named_week(text, today) or () if d.weekday() in singular)
        | frozenset(WEEKDAYS[m.group(1)] for m in QUALIFIED_SECOND.finditer(text)),
        bool(every) and named_week(text, today) is not None,
    )


DATED_WEEKDAY = compile_words(r"\b(?:%s)\b,?\s+(?=(?:le |the )?(?:\d{1,2}(?:st|nd|rd|th|er)?|%s)\b)" % (WEEKDAY_NAMES, "|".join(MONTHS)))


def said_from(first: date, text: str, today: date, parts: DayParts) -> Said:
    return Said(fortnight(first), frozenset(), frozenset(), named_hours(text, parts), frozenset(), False, False)


def _without_dated_weekdays(text: str) -> str:
    """Without the weekdays a date goes with ('Monday the 30th'), keeping the others ('this Friday or Monday the 30th')."""
    return DATED_WEEKDAY.sub(" ", text)
