"""The phrases that cut a reply into clauses and mark each one: contrast and correction words, negations, busy
reasons, habits, news told in passing, who writes. Patterns only, over normalised text; `clauses` applies them."""
from __future__ import annotations

import re

from dialogs.patterns import compile_words
from dialogs.vocabulary import OWNERS, FULL_WEEKDAYS, FULL_WEEKDAYS_PATTERN, MONTH_NAMES, MONTHS, PART_WORDS, WEEKDAY_NAMES, WEEKDAYS


# 'car' is the French 'because', not the one in 'my son has the car Wed'
CONTRAST = (r"but|mais|sinon|otherwise|though|tho|par contre|however|except|excepting|excepte|sauf|other than|apart from|excluding|a part|instead|plutot|alors|so"
            r"|donc|fait que|faque|cependant|because|parce que|parce qu'|pour que|pour qu'|afin que|afin qu'|a cause (?:de|du|des|d')|due to|since|(?<!the )(?<!a )(?<!my )(?<!his )(?<!her )(?<!our )(?<!their )car|vu que|what about|how about|que diriez-vous d(?:e|u)|que dites-vous d(?:e|u)|maybe|perhaps|possibly|peut-etre|qu'est-ce que vous dites de")


CORRECTION = compile_words(
    r"\b(?:but now|now (?:she|he|they)(?:'s| is| are| says?)|mais (?:la|maintenant|asteure) (?:elle|il|ils)|oh shoot|shoot|darn|dang|zut|mince|actually|instead|rather|(?:suits?|works?) (?:me |us |her |him )?better|(?:would be|serait|seraient) (?:\w+ )?(?:better|mieux)|au fond|m'arrange(?:rait)? mieux|nous arrange(?:rait)? mieux|(?:(?:j'|on )aimerai[st] mieux|(?:je |on )prefererai[st])(?= (?:(?:le|la|the) )?(?:"
    rf"{WEEKDAY_NAMES}|\d))|"
    rf"(?:take|prenez|prends)(?= (?:(?:the|le|la) )?(?:{WEEKDAY_NAMES})| (?:the|le) \d)|"  # 'Monday morning. Take Wednesday': the day chosen instead
    r"make (?:it|that)|change (?:it|that) to|scratch that|on second thought|wait|non attendez|attendez|finalement|plutot|mettez|oubliez ca|excusez|excuse me|sorry|pardon|oops|oups|i mean|je veux dire|je voulais dire|attends|attend|ah non|ah pis non|pis non|ben non|d'abord|oh non|oh no|ah no|je me suis trompee?|my mistake|i was wrong|i made a mistake|erreur|en fait|a la place|let'?s say|lets say|let is say|hang on|hold on)\b"
)


REGRETTED = compile_words(  # 'Thursday would've been perfect', 'j'aurais aimé jeudi', 'Mom would prefer Tuesday': a wish a 'but' may say is out
    r"\b(?:would(?:'ve| have) (?:been|worked|suited|liked|preferred|wanted)|(?:aurait|aurais) (?:ete|fait|marche|adonne|convenu|aime|prefere|voulu)"
    r"|(?:would prefer|would like|would rather|aimerait|prefererait))\b"
)


CHORE_DAY = r"(?:(?:is|are|'s) (?:my |her |his |our |their )?(?:grocery|groceries|shopping|cleaning|laundry|wash|washing|garbage|recycling|market|errands?|bank|banking|pension|hair|church|bingo|card|cards|golf|bowling|dialysis|physio|clinic|doctor'?s?|outing|library|swim|pool|chemo|treatment|volunteer|visiting) days?\b|(?:c'est )?(?:le )?jour (?:de l'|du |de la |des )(?:epicerie|menage|lavage|marche|banque|coiffeuse|coiffeur|messe|bingo|dialyse|physio|vidanges|poubelles|recyclage|commissions)\b)"  # 'is grocery day', 'c'est le jour de l'epicerie': a day of the week's routine


BUSY = compile_words(  # a busy reason written as a fact: 'the nurse comes mornings', 'Dad has dialysis Tuesdays'
    r"\b(?:(?:her|his|my|the|their|our) (?:\w+ )?(?:caregiver|worker|aide|housekeeper|cleaning lady|cleaner|physio|therapist) (?:comes|is there|visits)|(?:have|having|got|hosting) (?:[\w:]+ ){0,2}(?:guests|company|visitors)|nurse|infirmiere|home care|soins a domicile|psw|preposee?|day program|programme de jour|class(?:es)?|day care|day hospital|centre de jour|respite|repit|popote|transport adapte|paratransit|wheel-?trans"
    r"|(?:j'ai|on a|(?:il|elle) a|avons|ont|avoir|aura|aurai|aurons|y'?a|il y a|attends?|attend|attendons) de la (?:visite|famille)\b(?! qui (?:arrive|s'en vient))"  # guests staying, not guests arriving after the wish
    r"|(?:i'?m|i am|she'?s|he'?s|she is|he is|we'?re|we are|mom'?s|dad'?s|je suis|chu|elle est|il est|on est|(?:my|ma|mon|her|his|sa|son) \w+ (?:is|est)) (?:\w+ )?(?:sick|ill|unwell|malade|grippee?|snowed in|pris(?:e|es)? dans la neige)\b"
    r"|(?:has|have|got|a|ai|avons|ont) (?:the |a |la |une |le )?(?:flu|covid|grippe|gastro)\b"  # ill or snowed in on a day: that day is out
    r"|meals on wheels|(?:i'?m|she'?s|he'?s|i am) having (?:my|her|his|a|an|surgery)\b|plays? cards|joue aux cartes|card game|cards? night|partie de cartes|(?:je|elle|il|she|he|i|(?:ma|mon|sa|son|my|her|his|our|notre) \w+) (?:travaille|works?)\b(?! (?:from|de) | pas\b)|m'amene|takes me|(?:is|are|'s|'re) taking (?:me|her|him|them|us) (?:to|for|out)\b|just remembered|(?:my|her|his|our) (?:\w+ )?[\w-]+ (?:is|are) coming (?:up|down|over|home|in|from|to visit|for a visit)\b|(?:i'?m|we'?re|she'?s|he'?s|i am|we are|they'?re) off to\b(?! (?:be|see|help|visit|care|look after|take care)\b)|(?:is|are|'s|'re) staying (?:at|with|in|chez)\b|(?:j'avais|j'ai) oublie que|je viens de me rappeler|dans le jus|swamped|(?:c'est|ca va etre|it'?s|it is|will be|is) (?:la folie|le rush|la course|fou|crazy|hectic|chaos|chaotic|nuts|mayhem)\b(?! (?:how|comme|que|that)\b)|je suis prise?|je vais etre (?:a|au|en) |je vais etre chez (?!nous|moi|elle|lui)|(?:(?:will be|'ll be|is going to be)(?: staying)?|va etre|sera|reste|restera) (?:at|chez|with) (?:my|his|her|their|our|ma|mon|sa|son|ses|mes|leur) (?:sister|brother|daughter|son|niece|nephew|cousin|aunt|uncle|soeur|frere|fille|fils|neveu|cousine?|tante|oncle)s?\b|lente?s? le matin|le matin (?:je suis|elle est|il est|on est) (?:plus |ben |pas mal |tres )?lente?s?|sleeps? (?:all|through the|the whole) (?:morning|afternoon)|dort (?:tout l'|toute l')(?:avant-midi|apres-midi)|slow in the mornings?|takes? (?:her|his|my|their|our) time in the mornings?|(?:prend|prends|prennent) (?:son|mon|my|leur) temps le matin|not a morning person|pas (?:une personne )?du matin|pas (?:tres )?matinale?|slow getting up|se fait operer|is having surgery|drives? (?:her|him|me|them) to|takes? (?:her|him|me|them) to|(?:il|elle|je|on) (?:va|vais|vont) (?:a|au|aux|chez)|viennent|are coming (?:over|up|down)|(?<!can )(?<!could )(?<!will )(?<!you )(?<!\bu )(?<!tech )(?<!guy )(?<!technician )(?<!someone )(?<!somebody )(?<!anyone )(?<!anybody )come over|pris toute|tied up|booked up|mes soins|ses soins|(?:i'?m|i am|she'?s|he'?s|she is|he is|we'?re|they'?re|they are|je suis|elle est|il est|on est|ils sont|elles sont) (?:at|chez|in|en|a|au|aux|away|visiting|staying)\b(?! (?:home|town|en ville|la maison|maison|the house|elle|lui|eux|vous|nous|moi|conge|vacances|teletravail|telework|the afternoon|the morning|my best|mom|dad|mum|maman|papa|(?:his|her|their|mom'?s|dad'?s|mum'?s) (?:place|house|home|apartment|apt|unit|condo)))|works? \d{1,2} to \d|travaille de \d|is at (?:her|his|my|the|our|their) (?!best\b)\w+|\best chez\b|podiatrist|optometrist|audiologist|blood ?work|prise de sang|foot clinic|naps? (?:every|in the|after|from|between|until|till)|(?:i'?m|i am|she'?s|he'?s|she is|he is|je|elle|il) (?:sleeping|asleep|dors|dort)\b|(?:petits-enfants|grandkids|grandchildren|famille|family) (?:sont|are|is|est) (?:icitte|ici|here|over|visiting|chez nous|chez moi|with us|at our place)|c'est la relache|takes a nap|fai[st] (?:sa|ma|une|son|mon|my|la) (?:sieste|somme)|camp de peche|peche sur la glace|(?:le soir|the evenings?|evenings?) (?:je|il|elle|on|i|she|he|we|a|y) (?:me |se |nous )?(?:couch\w*|go(?:es)? to bed) (?:de bonne heure|tot|early)|fishing|hunting|la chasse|hair done|getting my hair|(?:has|have|having|gets?|getting) (?:my|her|his|their|our) hair\b|(?:have|having|get|getting|gets|has) (?:my|her|his|our) (?:\w+ ){1,2}done\b|salon de coiffure|coiffure|rehab|readaptation|aquaforme|aquafit|water aerobics|physiotherapist|physiotherapeute|menage|cleaning lady|cleaners|bridge club|play(?:s|ing)? (?:bridge|cards|bingo|golf|euchre|crib|pool|darts|shuffleboard|billiards|bocce|pickleball)|(?:i|we|she|he|they) (?:usually |always )?bowls?\b|\bbowling\b|(?:short(?:-| )?staffed|(?:is|are) short on)|legion|(?:we|i|he|she|they) (?:usually |always |often )?(?:go|goes) to (?!(?:get|pick up|fetch|bed)\b)|seniors'? cent(?:re|er)|centre (?:des aines|communautaire)|age d'or|euchre|choir|chorale|club|je vais (?:a|au|aux|chez)|va chez|vont chez|(?:dort|(?:se|me) repos(?:e|er)) (?:l'|le |la )?(?:apres-midi|matin|avant-midi)|(?:sleeps?|(?<!the )rests?|lies down|lie down) (?:in the )?(?:afternoons?|mornings?)|(?:i|she|he) go(?:es)? to|volunteer(?:s|ing)?|benevolat|benevole|cours de \w+|(?:adjuster|inspector|plumber|electrician|contractor|painter|cleaners?|movers|guests|company|visitors) (?:is|are) coming|(?:care |morning |bath )?routine|bains?\b(?! elevateurs?| lift| therapeutique)|\bot\b|\bpt\b|physical therap\w*|occupational therap\w*|ergo\w*|(?:i|we|she|he|they|mom|mum|dad)(?: have| has|'ve got|'s got| have got| has got| got) (?:my|our|her|his|the) (?:grandson|granddaughter|grandkids|grandchildren)|chemotherapy|chimiotherapie|radiation|radiotherapie|\bbus\b|picks? (?:him|her|me|them) up|drops? (?:him|her|me|them) (?:off|at|back)|drives? (?:my|her|his|our) \w+ to|(?:that is|c'est) (?:the day|la journee) (?:i|we|she|he|ou|que)\b(?![^|]{0,30}\b(?:travaill\w* pas|(?:is|am|are|est|suis) (?:off|en conge|libre|free)|peu[tx]|pourr\w+|can|could|venir|come))|flu shot|vaccin|bath ?time|bath days?|jours? de bain|nap ?time|l'heure du bain|(?:ma|sa) journee de (?!conge|repos|libre)|(?<!during my )(?<!during her )(?<!during his )(?<!after my )(?<!after her )(?<!after his )shifts?\b|(?:is|am|are|suis|est) working\b(?!(?: out)? (?:for|pour) (?:me|us|him|her|them|everyone|moi|nous)\b| out\b)|on call|de garde|go(?:es)? for (?:his|her|my|a|an) |(?:gets?|has|takes?) (?:her|his|my|a) bath\b|je suis de (?:soir|jour)|(?:i'?m|i am) on (?:days|evenings)|i work (?:days|evenings)|garde (?:my|mes) (?:arriere-)?petits|babysit\w*|(?:on|je|il|elle|ils) (?:va|vais|vont) (?:feter|celebrer)|on fete\b|(?:we'?re|we are) celebrating\b|work nights|travaille de (?:jour|nuit|soir)|sleep until|formation|training|chalet|cottage|going (?:into|in for)"
    rf"|(?:tous les|toutes les|every|each|chaque) (?:{WEEKDAY_NAMES})s?(?: (?:matin|apres-midi|avant-midi|soir|morning|afternoon|evening)s?)? (?:c'est|it'?s|there'?s|y'?a|il y a|we have|she has|he has|i have|j'ai|elle a|il a|on a)\b"
    r"|write-off|party|event|concert|recital|spectacle|(?:je suis|chu|on est|il est|elle est) (?:pas mal |ben |tres |mal )?pris(?:e|es)?\b|pogne(?:e|s|es)? avec\b|(?:rendez-vous|appointments|appts|rdv) (?:toute|tout|all|the whole) (?:next |this )?(?:la semaine|le mois|week|month)|(?:my|her|his|our) (?:\w+ )?(?:sister|brother|daughter|son|family|kids|grandkids|friend|cousin)s? (?:is|are) coming|(?:my|her|his|our|their) (?:\w+ )?(?:sister|brother|daughter|son|kids|grandkids|friend|cousin|niece|nephew)s? visits?\b(?! (?:to help|and helps))|driving (?:her|him|me|them) to|driving (?:up|down|over) to (?:get|pick up|fetch)|(?:going|go|goes) to (?:get|pick up|fetch) (?:her|him|them)\b|(?:vais|va|allons|vont|aller) (?:la |le |les )?chercher|(?:a|ont|has|have) des soins|swim(?:s|ming)?|\bbridge\b|(?:winter |snow )?tires|pneus|prises? de sang|garde (?:sa|son|ses|ma|mon|my|mes) (?:petite?[- ]fille|petit[- ]fils|petits[- ]enfants|petits)|traite?ments?|\bgolf(?:s|ing)?\b|pas vite (?:le |la |l'|en )?(?:matin|matinee|avant-midi)|cataracts?|barber|hairdresser|activites|activities|(?:auxiliaire|aide familiale|aide a domicile) (?:vient|passe)|ophtalmo\w*|orthophon\w*|ergotherap\w*|(?:tout |toute )?seule? (?:icitte |ici |a la maison )?(?:le |l'|en )?(?:matin|avant-midi|apres-midi|soir)s?|alone (?:in the |on )?(?:mornings?|afternoons?|evenings?)|(?:coffee|breakfast|brunch|cafe|dejeuner) (?:with|avec)|follow-?ups?|rendez-vous de suivi|(?:we|i|she|he|they) (?:have|has|got|get|gets|are getting|'re getting) (?:his|her|my|our|their|an?) (?:\w+ )?(?:appointments?|appts?|tests?|treatments?|exams?|shots?|vaccines?|vaccinations?|boosters?)\b|(?:my|her|his|their|our|mom'?s|dad'?s) (?:\w+ )?(?:bath|shower|nap|physio|dialysis|appointment|appt|program|bingo|mass|church|class|treatment|chemo|clinic)s? (?:is|are)\b|(?:has|have|got|a|ai) (?:a |his |her |my |son |sa |un )?(?:lunch|dinner|brunch|luncheon|diner) (?:at|with|au|a la|avec)\b|(?:on|je|nous) (?:le|la|les) garde\b|joue(?:nt)? (?:aux|au) (?:quilles|cartes|bingo|golf|bridge|billard|poches|petanque)|settling in|getting settled|(?:petits[- ]enfants|petits|petite?[- ]fille|petit[- ]fils) a garder|(?:looking after|watching|minding) (?:the|my|her|his|our) (?:grandkids|grandchildren|grandson|granddaughter)\b|(?:i'?ll be|i will be|i'?m|i am|she'?ll be|he'?ll be|she will be|he will be|she is|he is|we'?ll be|we will be|we'?re|they are|(?:je|il|elle|on) (?:suis|est|serai|sera|vais etre|va etre)|chu) (?:\w+ ){0,2}(?:tired|exhausted|worn out|fatiguee?s?|epuisee?s?|magane(?:e|s|es)?)\b(?! of\b| de\b)|packing|unpacking|(?:je|on|nous|c'est le|le jour du) demenag\w*|(?:we'?re|we are|i'?m|i am|they'?re|they are|she'?s|he'?s) moving\b|moving day|" + CHORE_DAY + r"|(?:on|je|nous) s'install\w*|(?<!not )(?:do|does|doing|give|gives|giving) (?:his|her|my|their) (?:care|bath|wash)|visite de|visitors|en visite|(?:friends|family|company|guests|relatives|kids|grandkids|cousins)(?: are| is)? (?:visiting|coming|over|in town)|(?:ma|mon|my|mes|notre|nos) (?:famille|amie?s|enfants|petits-enfants) (?:vient|viennent|arrivent|s'en vient|s'en viennent)|(?:sa|son|ses|leur|leurs) (?:\w+ )?(?:soeur|frere|fille|fils|gars|cousine?|niece|neveu|amie?|famille|enfants|petits-enfants)s? (?:vient|viennent|arrive|arrivent|s'en vient|s'en viennent)\b(?! (?:le|les|tous|toutes|chaque) )(?![^|]{0,40}\b(?:aider|ouvrir|etre la|sera la|s'occuper)\b)|shopping|magasiner|(?:elle|il|she|he|maman|papa|mom|dad) (?:est|is) (?:chez nous|chez moi|with us|with me|at our place|at my place))\b"
    r"|\b(?:(?:i|we|she|he|they) (?:have|has|need|needs|'ve got|'s got|got) to go to|(?:je|il|elle|on) (?:dois|doit|devrai|devra) aller"  # an errand a day holds: 'Thursday I have to go to the pharmacy'
    r"|(?:il )?(?:faut|faudra) (?:que j'|qu'(?:il|elle|on) )aille) (?:a |au |aux |chez |the |my |her |his |la |l')?(?!(?:the |la |les |aux? )?(?:bathroom|washroom|toilets?|restroom|door|back door|front door|bed|sleep|toilettes?|salle de bain|porte|lit|coucher)\b)\w"
)


OUTING = compile_words(  # 'he's going to his daughter's on the 12th', 'mon mari va au Tim tous les matins': a busy time, told as a plan or a place
    r"\b(?:i'?m|i am|he is|she is|he'?s|she'?s|we'?re|we are|they'?re|they are) going to (?:his|her|my|our|their|the|a) (?!point\b)\w+"
    r"|\b(?:my|mon|ma|her|his|son|sa) [\w-]+(?: [\w-]+)? (?:va|vont|goes|go) (?:au|aux|a la|a l'|chez|to) "
    r"|\bcommunautaire\b"  # 'le dîner communautaire le mercredi midi'
    rf"|\b(?:(?:i'?m|i am|we'?re|we are|she'?s|he'?s|she is|he is|they'?re|they are) (?:leaving|heading (?:back|home|out)|flying (?:back|home|out))|je pars|on part|nous partons|(?:il|elle) part|je m'en vais|on s'en va)"
    rf" (?=(?:on |this |ce |le )?(?:{WEEKDAY_NAMES}|tomorrow|demain)\b)"  # 'I'm leaving Friday', 'je pars vendredi': gone from that day
)


ASIDE = compile_words(  # a day said or picked before, a past event, a birthday, a departure, a late reply: information, not a wish
    r"\b(?<!like )(?<!as )(?:i|we) (?:said|told you|had said|mentioned|had picked|picked|chose|had chosen|had booked|told (?:my|her|his|the|your) \w+)\b|\b(?<!comme )(?:on avait|j'avais|vous aviez|on a) (?:dit|choisi|pris|pense a)\b|\bavait parle\b|\b(?:il|elle) avait (?:dit|pense a|choisi)\b|\b(?:j'allais dire|je pensais a|i was going to say|i was thinking)\b"
    r"|(?<!to )\b(?:repondre|reponds|replying|reply|responding|answering|getting back to you|(?:didn'?t|did not|couldn'?t|could not|forgot to|never got to) (?:answer|reply|respond|get back))\b"
    r"|\b(?:je (?:le )?sais pas encore|not sure yet|don'?t know yet|je sais pas pour)\b"
    r"|\b(?:j'ai manque|i missed|we missed) (?:votre|vos|your|the) (?:message|texto|text|appel|call)s?\b"
    r"|\b(?:i land|(?:he|she|they) lands?|flies in|flying in|fly in|j'atterris|(?:il|elle|(?:my|ma|sa|son|notre|our|his|her|leur) [\w-]+) arrive(?:nt)? de|(?:my|her|his) [\w-]+ (?:arrives?|is arriving|lands?) (?:from|on|tomorrow))\b"
    r"|\b(?:(?<!'ve )(?<!have )(?<!has )had (?:my|her|his|a|an|the|our)|turned \d|was born|came home|got home|got out|went in|went into|since (?:my|her|his|the)|depuis|il y a"
    r"|j'ai eu|j'etais|j'ai ete|on a eu|il a eu|elle a eu|a eu|ete operee?|ont fait|a ete|i was in|she was in|he was in)\b(?!.{0,12}\b(?:hoping|thinking|wondering)\b)"
    r"|\b(?:on antibiotics|sous antibiotiques|se marie|getting married|wedding|noces|repart|repars|goes back|heads back|flies back|(?:go|going|head|heading|fly|flying|drive|drives|driving) back to (?!(?:my|our|her|his|their|the) (?:place|house|home|apartment|condo)\b)|spent the winter|graduated|on a fete|avons fete|we celebrated|just got back|got back|came back|je suis revenue? de|sommes revenus de|s'est mariee?|got married|put down|had to be|was visiting|etait en visite"
    r"|\b(?:merci|thanks?|thank you) (?:pour|for) (?:votre|your|vos|le|the) (?:texto|text|message|appel|call|rappel|reminder|courriel|e-?mail|voicemail)s? (?:(?:de|d'|from|left|sent) )?(?:today|this|ce|cet|hier|yesterday|last)\b[^|]*$"  # 'merci pour votre message de ce matin': when it came, no wish
    r"|(?:vu|lu|seen|saw|read) (?:votre|your|vos) (?:texto|text|message)s?|(?:left|got in|arrives|arrive|leaves) (?:on )?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:passe|dernier)|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)(?! (?:of|in) ))\b"
    r"|\b(?:je me suis (?:casse|fait|fracture|blesse|cogne)e?|i broke|i fractured|(?:she|he) broke|je viens d'avoir|viens d'avoir|just turned|turned \d+|sortie? de l'hopital|(?<!is )(?<!will be )(?<!gets )(?<!get )(?<!getting )(?<!comes )out of (?:the )?hospital|came home from|since you|installed|put it in|celebrated|birthday|anniversaire|ans de mariage|years married|ma fete|sa fete|la fete (?:a|de|d') ?(?:ma|mon|sa|son|notre|leur|mes|ses|my|her|his|our) |j'ai \d+ ans|(?:i|she|he) turns? \d+|i'?ll be \d+)\b"
    r"|\b(?:(?:laisser|donner) (?:la|sa) (?:fin de semaine|semaine) pour|give (?:her|him|them|me) the weekend)\b"
    r"|\b(?:worker|nurse|psw|aide|caregiver|cleaner|housekeeper|helper|preposee?|infirmiere|auxiliaire) (?:leaves|goes|part|s'en va|quitte) (?:at|around|a|vers) (?:\d|noon|midi)"  # 'her homecare worker leaves at 12': why the wish ends then, no time of its own
    r"|\b(?:it is|it'?s|c'est) (?:(?:au |le )?tour (?:de|d')|(?:her|his|my|ma|mon|sa|son) (?:turn|tour)\b|(?:her|him)$|(?:my|her|his|ma|mon|sa|son) (?:sister|brother|soeur|frere|husband|wife|mari|femme|daughter|fille|fils)(?:(?:'s| is) turn)?$)"  # 'next week it's her': a sibling's turn, no wish
    rf"|\b(?:(?:je pars|on part|nous partons|je m'en vais)(?! (?:ce |le )?(?:{WEEKDAY_NAMES}|demain)\b)|(?:il|elle|ils|elles|(?:my|ma|sa|son) \w+) (?:part|partent) pour|(?:demenage|demenagent|moving to|is moving|are moving|moves to) \w+|(?:baby|grandchild|grandbaby|bebe|grandson|granddaughter) (?:is )?due|(?:i'?m|we'?re|i am|we are|\w+'s|they'?re|\w+ (?:is|are)|^) ?(?:leaving|flying|heading) (?:on|for|south|to)|(?:i|we|they|and) (?:leave|fly|head) (?:on|for|south|to))\b"
)


LIST_TAIL = compile_words(r"(?:(?:le |les |the |on )?(?:%s)s?(?: (?:and|et|pis|ou|or|&))? ?)+(?: (?:le |the |in the |en |dans l')?(?:%s)| (?:de|from|between|entre) \d{1,2}:\d{2} (?:a|to|and|et|-) \d{1,2}:\d{2}| (?:toute la journee|all day|the whole day))?" % ("|".join((*FULL_WEEKDAYS_PATTERN, "saturday", "sunday", "samedi", "dimanche")), "|".join(PART_WORDS)))  # '..., Wednesday and Friday mornings', '..., le vendredi de 9 h a 15 h', '..., les vendredis toute la journee'


_PARTS = "|".join(re.escape(w) for w in PART_WORDS)


_PART_OR_CLOCK = rf"(?:{_PARTS}|am|pm|aprem|\d{{1,2}}:\d{{2}})"


_HOURS_SAID = rf"(?:{_PART_OR_CLOCK}|first thing|(?:at|after|before|around|from|vers|apres|avant|des) \d{{1,2}}(?:am|pm)?)"  # 'at 10', 'after 3', 'first thing': a bound or a time


ANY_TIME_WORDS = r"(?:any ?time|n'importe quand|n'importe quelle heure|all day|toute la journee)"  # the whole of the day named


DAY_AND_PART_PAIR = compile_words(  # 'jeudi aprem ou vendredi am', 'Thursday at 10 or the 12th at 2', 'Tuesday after 10 or any time Wednesday': two wishes, each day with its hours
    rf"(\b{_HOURS_SAID}\b[^|]*?)\b((?:or|ou|and|et|pis|,)\s+(?:(?:[\w']+ ){{0,5}}?(?:next |this |le |les |the |on )?(?:{WEEKDAY_NAMES}|demain|tomorrow|(?:(?<=the )|(?<=le ))\d{{1,2}}(?:st|nd|rd|th|er)?(?!:)|\d{{1,2}}(?:st|nd|rd|th|er))s?\b[^|]*?\b(?:{_HOURS_SAID}|{ANY_TIME_WORDS})\b"
    rf"|{ANY_TIME_WORDS} (?:on )?(?:next |this |le |the )?(?:{WEEKDAY_NAMES}|demain|tomorrow)\b))"
)


LISTED_DAY_WITH_HOURS = compile_words(  # 'monday evenings', 'the 15th in the morning', 'les lundis soirs': one item of a list, with no verdict of its own
    rf"(?:(?:and|or|et|ou|pis) )?(?:(?:on|the|le|les|this|next|ce) )?(?:{WEEKDAY_NAMES}|tomorrow|demain|\d{{1,2}}(?:st|nd|rd|th|er)?)s?"
    rf"(?: (?:in the|in|au|en|dans l'|dans la|le|la|the))? {_HOURS_SAID}s?"
)


CONDITION = compile_words(r"\b(?:if|unless|as long as|provided|si|a moins|tant que|pourvu)\b")  # 'Monday morning or Wednesday morning if she isn't at physio': a wish on a condition


DAY_THEN_DAY_AND_PART = compile_words(  # 'le cardiologue le 1er decembre pis mon bain le vendredi matin': each day its own part
    rf"((?:\b(?:{WEEKDAY_NAMES})s?|\b(?:le|the) \d{{1,2}}(?:er|st|nd|rd|th)?)\b[^|]*?)\b((?:pis|and|et)\s+(?!(?:le |les |the |on )?(?:{WEEKDAY_NAMES})s?\b)(?:\w+ ){{1,3}}?(?:le |les |the |on )?(?:{WEEKDAY_NAMES})s?\b[^|]*?\b{_PART_OR_CLOCK}\b)"
)


DAYS_DESCRIBED = compile_words(r"^(?:the |les |on )?(?:days|jours|journees)(?: (?:ou|que|quand|when|that|where))? ")  # 'les journees ou la physio vient, les lundis...': the days it names next


LISTED_BUSY = compile_words(  # '... goes to the Gurdwara on Sunday | and the seniors' group Wednesday afternoons': the next busy time of the list
    rf"(?:and|et|pis) (?!(?:le |les |the |on )?(?:{WEEKDAY_NAMES})s?\b)(?:\w+ ){{1,3}}?(?:le |les |the |on )?(?:{WEEKDAY_NAMES})s? {_PART_OR_CLOCK}s?")


DAY_AND_PART_THEN_DAY = compile_words(  # 'foot care wednesday morning and the hairdresser friday', 'physio les mardis matin pis son centre de jour les mercredis': the second day is all of it
    rf"(\b(?:(?:{WEEKDAY_NAMES})s?|demain|tomorrow)\b [^|]*?\b{_PART_OR_CLOCK}s?\b[^|]*?)\b((?:pis|and|et)\s+(?:[\w']+ ){{0,8}}?(?:le |the |on )?(?:{WEEKDAY_NAMES})s?\b(?![^|]*\b{_PART_OR_CLOCK}\b)[^|]*)"
)


NOT_THE_NEXT = compile_words(  # 'next Thursday please not this one': the wish, then the refusal
    rf"\b((?:\d{{1,2}}(?:st|nd|rd|th|er)?|{WEEKDAY_NAMES}|tomorrow|demain|semaine prochaine|next week|this week|cette semaine)(?: prochaine?)?(?: please| pls| svp)?) (?=(?:but )?(?:not|pas|nor|ni) (?:the |le |on |this |ce |next )?(?:\d{{1,2}}(?:st|nd|rd|th|er)?\b|(?:{WEEKDAY_NAMES})\b|tomorrow\b|demain\b|(?:this|that) one\b|celui\b|(?:this|cette) (?:week|semaine)\b))"
)
REFUSED_THEN_NEXT = compile_words(  # 'pas ce vendredi le prochain': the refusal, then the one after it wished
    rf"\b((?:not|pas) (?:this |ce )?(?:{WEEKDAY_NAMES})(?:-ci)?) (?=(?:the next one|the next|the following one|le prochain|le suivant|l'autre)\b)")


IF_TAKEN = compile_words(
    r"\b(?:if|in case|si|au cas ou) (?:(?:the |le |la )?\w+ (?:is|'s|est)|you'?re|you are|vous etes|c'est) (?:already )?(?:deja )?(?:full|booked(?: up)?|taken|not available|plein|pleine|complet|complete|pris|prise)\b")


NO_THEN_WITHDRAWN = compile_words(r"\b(non|no|nah)(?: \|)? (?=(?:oubliez ca|oublie ca|forget (?:it|that)|scratch that|never ?mind|laissez faire|laisse faire)\b)")
WITHDRAWN_DAY = compile_words(  # 'forget what I said about Thursday', 'oubliez ce que j'ai dit pour jeudi': an earlier wish taken back, no refusal
    rf"\b(?:forget|ignore|disregard|never ?mind|oubliez|oublie|ignorez|laissez faire) (?:about )?(?:what|ce que) (?:i|j'ai|je vous ai|je t'ai) (?:said|wrote|told you|dit|ecrit)"
    rf" (?:about|for|on|regarding|pour|sur|concernant|a propos de) (?:le |the |on )?(?:{WEEKDAY_NAMES}|tomorrow|demain|\d{{1,2}}(?:st|nd|rd|th|er)?)\b")
GOT_THE_MESSAGE = compile_words(rf"\b((?:(?:a|ai|avons|ont) (?:bien )?(?:eu|recu|vu|lu)|got) (?:votre|vos|le|les|ton|ce|your|the|ur) (?:message|texto|texte|text|rappel|reminder|courriel)s?)\b(?= \w)(?! (?:about|au sujet|pour|for|concernant|juste|seulement|only|just|a|at|ce|cet|this|hier|yesterday|today|aujourd'hui|tard|late|last|de|from|on|around|vers)\b| (?:{WEEKDAY_NAMES})(?: passe| dernier| soir| matin)? *(?:$|[|.,!?]))")  # 'elle a eu votre message euh jeudi c'est correct': the news it came, then the wish; not when it came ('a matin', 'mardi')
FORGET_THAT = compile_words(rf"\b(oubliez ca|oublie ca|forget (?:it|that|those))\b(?= \w)(?! (?:for )?(?:cette semaine|this week|la semaine|next week|demain|tomorrow|today|aujourd'hui|{WEEKDAY_NAMES})\b)")  # 'oubliez ça, jeudi': a break; 'oubliez ça cette semaine': one refusal
ONLY_TIME_IS = compile_words(  # 'le seul temps ou je peux pas, c'est le mardi matin': the refusal, then what it refuses
    r"\b((?:the only|le seul|la seule|les seul(?:e)?s) (?:times?|days?|moments?|temps|jours?|journees?|fois) [^|]*?) \| (?=(?:it is|it'?s|they are|they'?re|that'?s|c'est|ce sont|ca serait)\b)"
)


OR_ANY_DAY = compile_words(rf"\b((?:{WEEKDAY_NAMES})(?: (?:would|is|works|suits|serait|ce serait|c'est)(?: [\w']+){{0,2}}?)? (?:or|ou))(?: (?:else|ben|bien|if not|failing that))? (?=any ?(?:day|time)\b|n'importe (?:quel(?:le)? (?:jour|moment)|quand)\b|anytime\b|(?:sometime |anytime )?next week\b|(?:n'importe quand )?la semaine prochaine\b)")


THEN_WISH = compile_words(r"(?<=\w) (?=then (?:any|anytime|whenever|every|mornings?|afternoons?|evenings?|after|from)\b)")


BEFORE_AFTER_THAT = compile_words(r"(?:\b([a-z']+) )?\b([a-z0-9']+) (?=(?:apres ca|apres cela|after that|after which)\b)")


WEEK_THEN_OTHER_DAYS = compile_words(  # 'Wednesday is my hair... Next week then, any of the other days': those days of that week
    r"(?:^|(?<=\|\| )|(?<=^ ))(next week|la semaine prochaine)(?: then| alors| d'abord)? \| (?:then |alors )?((?:any (?:of )?|n'importe (?:lequel |laquelle )?(?:des )?)?(?:the |les )?(?:other|autres) (?:days|jours|journees)\b)")


SO_THAT_DAY = compile_words(  # '... got moved to the 17th so that day is out': the refusal of a date told in the news before it
    r"(?<=\w),? (?=(?:so|faque|donc|alors) (?:not that day|that day(?: is|'s) (?:out|no good|bad|taken)|pas ce jour-la|pas cette journee-la)\b)")
THAT_DAY_REFUSED = compile_words(r"(?:so |faque |donc |alors )?(?:not that day|that day(?: is|'s) (?:out|no good|bad|taken)|pas ce jour-la|pas cette journee-la)\b")  # 'so not that day'


AND_DAY_OFF = compile_words(
    rf"\b(?:and|et|pis) (?=(?:{WEEKDAY_NAMES}) (?:is|est|c'est) (?:his|her|my|their|son|sa|mon|ma) (?:only |seul |seule )?(?:day off|jour de conge|journee de conge|conge)\b)"
    rf"|\b(?:and|et|pis) (?=(?:j'ai|i have|i'?m|je suis|i get) (?:conge|off|en conge|de conge) (?:le |les |on )?(?:{WEEKDAY_NAMES})s?\b)"  # '... du lundi au jeudi pis j'ai congé le vendredi'
    rf"|\b(?:and|et|pis) (?=(?:(?:i|she|he|we|they) (?:am|is|are) |(?:i'?m|she'?s|he'?s|we'?re|they'?re) |(?:je suis|il est|elle est|on est) )?(?:off|home|free|libre|a la maison|chez nous) (?:le |les |on |this |next |ce |cette )?(?:{WEEKDAY_NAMES})s?\b)"  # '... works at the hospital and she is off on Thursdays', '... Monday to Wednesday and home Thursday'
)


IF_YOU_DO = compile_words(  # 'Saturday morning, if you do Saturdays', 'est-ce que vos gars travaillent le samedi?': about the dealer, no wish
    rf"\b(?:if|si|do|does|est-ce que|whether) (?:you|vous|(?:vos|your) (?:gars|guys|techs?|techniciens?|technicians?|people|staff|employes)|(?:the|le) (?:tech|technician|technicien)) "
    rf"(?:do|work|works|open|are open|faites|fait|travaillez|travaillent|travaille|ouvrez|etes ouverts?)(?: on| les| le)? (?:{WEEKDAY_NAMES})s?\b")


EVENT = compile_words(r"\b(?:birthday|anniversary|wedding|anniversaire|fete|noces|mariage|graduation|party|funeral|funerailles)\b")  # a day taken by an event to come


PART_REFUSED = compile_words(rf"(?<=\w) (?=(?:but |mais )?(?:not|pas) (?:le |la |l'|the |in the |en )?(?:{_PART_OR_CLOCK})s?\b)")


UNMARKED_REST = compile_words(  # 'Not the 8th or the 9th any other day next week', 'pas les mardis le reste c'est correct': unpunctuated, the rest after a refusal
    r"(?<=[a-z0-9]) (?=(?:any other|any ?time|any day|n'importe|le reste|the rest|rest of|(?:the |all (?:the )?)?other (?:days?|times?)|(?:tous |toutes )?les autres (?:jours|journees|moments)|otherwise|sinon|other than that|apart from that|a part de ca|autrement)\b)")
LEADS_INTO_REST = frozenset({"or", "ou", "and", "et", "but", "mais", "pis", "so", "faque", "then", "just", "only", "at", "from", "the", "le", "la", "de", "du", "a", "any", "all", "tous", "toutes",
                             "is", "are", "be", "est", "c'est", "works", "marche", "like", "said", "says", "dit", "pretty", "much", "almost", "nearly", "do", "make", "manage"})  # 'or any day', 'can't do any day this week': one clause
REFUSED_BEFORE = compile_words(r"\b(?:not|no|pas|never|jamais|ni|nor|can'?t|cannot|won'?t|except|sauf|excepte|busy|occupee?|dialysis|dialyse|physio|chu pas|je suis pas)\b")  # what makes a rest of the days
_FR_VERDICT = r"(?:(?:marche|adonne) pas|adonne mal|fait pas(?: (?:mon|notre|son|leur) affaire)?|(?:me |nous |lui )?(?:convient|arrange) pas|va pas)"  # 'ça adonne mal', 'ça fait pas mon affaire'
_WISH_STARTS = rf"(?:next week|next wk|la semaine prochaine|(?:next |this )?(?:{WEEKDAY_NAMES})\b|the \d|le \d|the week of|la semaine du|celui d'apres|celle d'apres|the one after|the week after|the following week|la semaine d'apres|la semaine suivante|tomorrow|demain|overmorrow)"
REFUSED_THEN_WISHED = compile_words(  # 'not this week next week anytime', 'pas lundi mardi ok', 'not tomorrow next Tuesday': unpunctuated, a refusal then a wish
    rf"\b((?:not|pas|never|jamais) (?:(?:la|home|here|there|around|available|free|dispo|disponibles?|libres?) )?(?:this week|cette semaine|today|aujourd'hui|tomorrow|demain|next week|la semaine prochaine|(?:the|le) \d{{1,2}}(?:st|nd|rd|th|er)?)(?: (?:sorry|sry|desolee?|lol))?)(?= {_WISH_STARTS})"
    rf"|\b((?:not|pas|plus|pu|never|jamais) (?:on |le |next |this )?(?:{WEEKDAY_NAMES})(?: prochain| qui vient)?(?: (?:morning|afternoon|evening|matin|avant-midi|apres-midi|soir|am|pm))?)(?= (?:\| )?(?:(?:{WEEKDAY_NAMES})\b(?! (?:\| )?(?:or|and|ou|et|pis|ni|nor|&|{WEEKDAY_NAMES})\b)|celui d'apres|the one after))"
    rf"|\b((?:no|not|pas de|pas le|pas l'|jamais le|never) (?:morning|afternoon|evening|matin|avant-midi|apres-midi|soir)s?)(?= (?:next week|next wk|this week|la semaine prochaine|cette semaine|(?:{WEEKDAY_NAMES})\b|(?:the |le |l')?(?:morning|afternoon|evening|matin|avant-midi|apres-midi|soir)s?\b))"
    rf"|\b((?:{WEEKDAY_NAMES}|week|semaine|tomorrow|demain|\d{{1,2}}(?:st|nd|rd|th|er)?)(?: is| are| c'est| ca)? (?:no good|not good|bad|out|impossible|doesn'?t work|won'?t work|(?:marche|adonne) (?:plus|pu)|{_FR_VERDICT}|(?:y'?a |il y a )?pas moyen|pas de bon sens|pas possible|not possible|no way|non|a no)(?: pantoute| at all| for (?:me|us|her|him))?)(?= {_WISH_STARTS})"  # 'next week's no good week of the 27th'
    rf"|\b((?:ca |that )?{_FR_VERDICT}"
    rf" (?:this week|cette semaine|today|aujourd'hui|tomorrow|demain|(?:le |ce )?(?:{WEEKDAY_NAMES})(?! (?:le |the )?\d)))(?= {_WISH_STARTS})"  # 'ça fait pas mon affaire cette semaine la semaine prochaine'
)


DATE_LIST = compile_words(r"\b(le|the) \d{1,2}(?: \| \d{1,2})+ (?:ou|or|et|and|pis) \d{1,2}\b(?!\s*(?::|h\b|am|pm))")  # 'le 19, 20 ou 21'


STILL_AWAY = compile_words(r"\b(?:pendant|tant) qu(?:e |')(?:\w+ ){0,3}?(?:suis|est|sont) partie?s?\b|\b(?:(?:suis|est|sont) partie?s?|(?:on|je|nous|ils|elles?) (?:part|pars|partons|partent)|(?:m'en vais|s'en va|s'en vont|nous en allons))\b.{0,40}\b(?:jusqu|(?:la semaine|lundi|mardi|mercredi|jeudi|vendredi) prochaine?\b|du (?:\d{1,2}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:er)? au\b)(?!.*\b(?:passee?|derniere?)\b)|\b(?:leaving|going away|heading away)\b.{0,40}\b(?:until|till)\b|\b(?:she|he|i|we|they)(?:'s| is|'m| am|'re| are) (?:still |all )?(?:staying|away)\b.{0,40}\b(?:until|till|til)\b|\b(?:he|she|they|i|we)(?:'s| is|'m| am|'re| are) (?:still )?there (?:until|till|til)\b|\b(?:devrai[st]?|doi[st]|va|vont) (?:sortir|revenir|rentrer)\b|\b(?:leaving|heading|flying|driving)\b.{0,60}\b(?:coming|getting|flying|driving) (?:home|back) on\b")  # 'chu parti jusqu'au 27', 'elle devrait sortir vendredi', 'heading to Barrie on the 23rd and coming home on New Year's Day': away now, not past news


WHICH_IS = compile_words(r"(?:which|that) (?:is|are|will be|falls on)\b|(?:qui|ce qui) (?:est|sera|tombe)\b")  # 'except the barber, which is this Friday': the same refusal


PAID_HELP = compile_words(r"\b(?:live-in|i'?m (?:the|his|her|their) (?:\w+ )?(?:psw|caregiver)|je suis (?:la|sa|son) (?:\w+ )?preposee?|psw (?:for|de))\b")


DAY_OFF = compile_words(r"\b(?:day off|days off|(?:have|got) \w+(?: \w+)? off|jour de conge|en conge|(?:mon|my) conge)\b")


WEEK_OF = compile_words(r"\b(?:the week of|la semaine du|semaine du)\b")


WEEKDAY_OF_WEEK = compile_words(rf"\b({WEEKDAY_NAMES}) (?:de la|of the|in the|during the|dans la) (?:semaine du|week of)\b")  # 'le mercredi de la semaine du 21': that week's Wednesday


LATER_THAT_WEEK = compile_words(  # 'Tuesday the 15th or later that week', 'mardi le 15 ou plus tard dans la semaine': the rest of that one week
    r"\b(?:on|later|plus tard|after|apres) (?:(?:in|during) )?(?:that|the same|the) week\b(?! after)|\b(?:on|plus tard|apres) (?:dans )?(?:la (?:meme )?semaine|cette semaine-la)\b(?! (?:prochaine|d'apres|du|suivante))"
)


SAID_BEFORE = compile_words(r"\b(?<!like )(?<!as )(?:i|we) (?:said|told you|had said|mentioned|told (?:my|her|his|the|your) \w+|was going to say|was thinking)\b|\b(?:j'allais dire|je pensais a)\b|\b(?<!comme )(?:je vous avais dit|j'avais dit|on avait dit|on vous avait dit|vous aviez dit|(?:il|elle) avait (?:dit|pense a)|(?:j'avais|on avait) pense a)\b")  # 'like we said' is the plan agreed, not a day said before


DISCHARGE_DAY = compile_words(r"\b(?:discharged|released) (?:on |this |next )?(?:%s|tomorrow)\b|(?<!was )(?<!were )(?<!got )(?<!been )\b(?:discharged|released) on the \d{1,2}(?:st|nd|rd|th)?\b" % WEEKDAY_NAMES)  # 'discharged Monday', 'being discharged on the 14th': what is coming


COMMENT = compile_words(r"(?:what a|such a|lovely|nice|great|beautiful|wonderful|quelle|quel|belle|beau|une belle|un beau) ")


THROUGH_DATES = compile_words(r"\b(?:from|du) (?:the |le )?(?:(?:%s) )?\d{1,2}(?:st|nd|rd|th|er)? (?:to|through|thru|au|until|till) (?:the |le )?\d{1,2}(?:st|nd|rd|th|er)?\b(?!\s*(?::|am|pm|h\b))" % "|".join(MONTHS))  # a range (`named_ranges`), not its two ends; 'from February 1st to the 6th' too


LIST_THEN_CLAUSE = compile_words(  # '... Wednesday and Friday and it takes the whole day', 'Mondays, Wednesdays and Fridays and she needs...': the list ends
    r"\b((?:%s)) (and|et|pis) (?=(?:it|that|ca)\b)|\b((?:%s)s) (and|et|pis) (?=(?:she|he|i|we|they|elle|il|je|on|nous)\b)" % (WEEKDAY_NAMES, WEEKDAY_NAMES))


TOPIC_PART = compile_words(  # 'Les matins, j'ai ma préposée jusqu'à 11 h': the hours say which part of the mornings is busy
    r"(^|\|\| ?)((?:le |les |in the |the )?(?:matins?|avant-midis?|mornings?|apres-midis?|afternoons?)) \| (?=(?:j'ai|il a|elle a|on a|i have|i'?ve got|she has|he has|(?:my|her|his|ma|sa|son|mon) (?:\w+ )?(?:psw|preposee?|nurse|infirmiere|aide))\b[^|]*(?:\| (?:after|apres|from|a partir de) )?\d)"
)


TOPIC_WEEKDAY = compile_words(r"(^|\|\| ?)(le (?:%s)) \| (?=j'ai|il a|elle a|on a)" % WEEKDAY_NAMES)  # 'Le mercredi, j'ai mon cours de peinture l'après-midi'


AWAY_WORDS = (r"away|gone|out of town|en voyage|en croisiere|on (?:a|the) (?:cruise|trip)|visiting|at the (?:lake|cottage|camp)|at my \w+"
              r"|chez (?:ma|mon|my|mes|notre|nos|sa|son|ses) \w+|au chalet|partie?s?|(?:je|on|il|elle|ils|elles|nous|maman|papa) (?:pars|part|partent|partons)|s'en (?:va|vont)|m'en vais"
              r"|(?:going|heading|flying|driving|off) to(?! (?:be|have|need|call|let|get|make|try|come|do|ask|wait|book|want|stay)\b)")  # where someone is for a span of days ('en vacances' may be a helper's free days)
AWAY = compile_words(rf"\b(?:{AWAY_WORDS})\b")  # 'on a cruise from the 11th to the 20th', 'maman part en voyage du 9 au 15': those days are out


LEAVING = compile_words(r"\b(?:je pars|on part|nous partons|(?:il|elle|ils|elles) (?:part|partent)|s'en va|on s'en va|je m'en vais|(?:i'?m|we'?re|i am|we are|i'?ll be|we'?ll be|will be) (?:away|leaving|going|heading|off(?! (?:work|from work|those|that))|gone)|(?:va|vais|vont|allons) etre partie?s?|(?:serai|serons|sera|seront) partie?s?)\b")  # away for a span of dates


HE_OR_SHE = compile_words(r"(?:il|elle|he|she)\b")


SO_IS = compile_words(r"(?:and )?(?:so is|so are|neither is|nor is|pareil pour|meme chose pour|idem pour) ")  # 'Monday's bad and so is Tuesday morning'


FILLER = compile_words(r"(?:obviously|of course|naturally|evidemment|bien sur|naturellement|lol|haha|ha)")


REFUSED_FIRST = compile_words(r"(?:pas|not|no|non|never|jamais|sauf|except|excepte|mais pas|but not) (?:the |le |on |this |ce )?(?:\d|%s|tomorrow|demain)" % WEEKDAY_NAMES)


BETWEEN_DATES = compile_words(r"\b(?:between|entre) (?:the |le )?\d{1,2}(?:st|nd|rd|th|er)? (?:and|et|pis|au) (?:the |le )?\d{1,2}(?:st|nd|rd|th|er)?\b(?! (?:%s)\b)" % "|".join(MONTHS))


ANY_DAY_BUT = compile_words(
    rf"(\bany ?(?:day|weekday|time|date|morning|afternoon|evening)s?\b[^|]*?) but(?= (?:not |the |on )?(?:{WEEKDAY_NAMES}|christmas|new year|boxing|canada|thanksgiving|remembrance|family day|labou?r day|victoria|civic|easter|good friday|vendredisaint|lundidepaques|\d{{1,2}}(?:st|nd|rd|th)|tomorrow|today)\b)"
)


NEXT_ERRAND = compile_words(  # '... till noon and Wednesday I babysit': a second busy time, not one list ('lundi pis mardi je garde')
    rf"\b(\w+) (?:and|et|pis) (?=(?:(?:i|we|she|he)(?:'ve| have| has)? got|i have|we have|she has|he has|j'ai|elle a|il a) (?:a |an |my |her |his |mon |ma |son |sa |un |une )?(?:\w+ )?(?:appointment|appt|rendez-vous|rdv)\b|(?:les? |on )?(?:{WEEKDAY_NAMES})s? (?:i|we|she|he|je|il|elle|on)\b|(?:a|an|the|his|her|son|sa|le|la) (?:[\w'-]+ ){{1,3}}(?:on|les) (?:{WEEKDAY_NAMES})s\b)")  # '... every weekday morning and a day program on Wednesdays': not those mornings


OTHER_DOER = compile_words(  # '... on Tuesday and my daughter takes me shopping Thursdays': another busy time, said by who it is with
    r"\b(?:and|et|pis) (?=(?:my|her|his|our) [a-z-]+ (?:takes|drives|brings|picks|comes|visits)\b)"
    r"|\b(?:and|et|pis) (?=(?:the|la|le|l'|sa|son) ?(?:nurse|infirmiere|physio|psw|preposee?) (?:comes|visits|passe|vient)\b)"  # '... 9 to 11 and the nurse comes Wednesday afternoons'
)


EVERY_ONE = compile_words(rf"(?:every|each|chaque|tous les|toutes les) (?:{WEEKDAY_NAMES})s?")  # '... that's when she takes me for groceries, every Wednesday'
EXCEPT_DAYS_WHEN = compile_words(  # 'home every day except Thursdays when we go to the Legion for lunch': the days are out, the outing says why
    rf"\b((?:except|excepting|sauf|excepte|but not) (?:on |the |les |le )?(?:{WEEKDAY_NAMES})s?(?: (?:and|et|or|ou|pis) (?:the |les |le )?(?:{WEEKDAY_NAMES})s?)?),? (?:when|quand|lorsque|where) ([^|]*)")
OUTING_HOURS = compile_words(r"\b(?:matin|avant-midi|apres-midi|soir|morning|afternoon|evening)s?\b|\b(?:at|from|until|till|to|before|after|de|a|jusqu'a|avant|apres) \d")  # hours the outing takes, which bound the days out
THAT_IS_EVERY = compile_words(  # 'I was at my dialysis. That's every Monday and Friday': the days of the busy thing just told
    rf"^(?:so |and |but |pis |et |mais )?(?:that'?s|that is|it'?s|it is|c'est|ca c'est|c'est toujours|it'?s always|that'?s always) (?:on )?(?:every |each |tous les |toutes les |chaque |les |the )?(?:{WEEKDAY_NAMES})s?\b")


EXCEPT = compile_words(r"\b(?:sauf|except|excepte|but|mais|pas|not|no|never|jamais)\b")


DATE_THEN_DATE_WITH_PART = compile_words(  # 'mon party le 22 et le coiffeur le 23 au matin': two things, the part is the second one's
    rf"(\b(?:le|the) \d{{1,2}}(?:st|nd|rd|th|er)?\b) ((?:et|pis|and) (?:le |la |l'|the |my |mon |ma |her |his )?(?!(?:{WEEKDAY_NAMES})\b)[a-z'-]+ (?:le|the|on the) \d{{1,2}}(?:st|nd|rd|th|er)? (?:au |in the |le |en )?{_PART_OR_CLOCK}s?\b[^|]*)"
)
DAY_THEN_DAY_WITH_PART = compile_words(  # 'except Tuesdays or Friday mornings', 'sauf les vendredis pis les lundis matin': the first is out all day
    rf"(\b(?:{WEEKDAY_NAMES})s?\b) ((?:or|ou)\s+(?:le |les |the |on )?(?:{WEEKDAY_NAMES})s? {_PART_OR_CLOCK}s?\b[^|]*)"
    rf"|(\b(?:{WEEKDAY_NAMES})s\b) ((?:pis|and|et)\s+(?:les |the )(?:{WEEKDAY_NAMES})s? {_PART_OR_CLOCK}s?\b[^|]*)"
)


LIST_GOES_ON = compile_words(rf"(?:(?:les |the )?(?:{WEEKDAY_NAMES})s? )*(?:les |the )?(?:{WEEKDAY_NAMES})s? (?:and|et|pis|ou|or|&) (?:les |the )?(?:{WEEKDAY_NAMES})s?\b")  # '..., wednesdays and fridays he has dialysis'


BARE_CLOCK_SPAN = compile_words(r"(?:from |de )?\d{1,2}(?::\d{2})?(?: ?[ap]m)? (?:to|a|-|till|until|jusqu'a) (?:\d{1,2}(?::\d{2})?(?: ?[ap]m)?|noon|midi)")  # '..., de 8 h a 11 h'


TIMES_A_WEEK = compile_words(r"\b(?:\w+ )?(?:fois|times?|matins|avant-midis|apres-midis|mornings|afternoons) (?:(?:par|a|per|dans la|a la) )?(?:semaine|week)$")  # 'va a la dialyse trois fois par semaine, les lundis...': the days follow


SHORT_LIST = compile_words(r"(?:(?:%s) )*(?:(?:%s) (?:and|et|pis|ou|or|&) (?:%s))" % (WEEKDAY_NAMES, WEEKDAY_NAMES, WEEKDAY_NAMES))  # 'wed and fri'


STILL_BOUND = compile_words(r"\b(?:and|pis|et|but|mais) ((?:(?:he|she|i|we|il|elle|je|on) )?(?:from|before|until|after) \d.*)$")  # '... had surgery on the 14th and she can't get up before 11': the bound still holds


WORKED_UNTIL = compile_words(  # 'it was working fine until Sunday', 'ça marchait bien jusqu'à dimanche': how the unit was before the trouble, no wish
    r"\b(?:was|were|worked|ran|marchait|fonctionnait|allait|roulait|etait)(?: (?:working|running|going|just|really|perfectly|pretty|ben|bien|tres|super))* (?:fine|good|great|well|ok|okay|ben|bien|correct|beau)(?= (?:until|till|up until|up to|jusqu'))"
)
PAST = compile_words(  # a past tense: told as news, not as a wish
    r"\b(?:(?<!'ve )(?<!ve )(?<!have )(?<!has )had|was(?! (?:right|correct)\b)|were|took|went|came|did|spent|watched|attended|hosted|saw|left|moved(?! (?:it )?to (?:monday|tuesday|wednesday|thursday|friday))|fell|broke|gave out|quit|stopped working|turned|celebrated|won(?!')|dropped|proposed|arrived|stayed|returned|visited|died"
    r"|installed|discharged|finished|danced|threw|bumped|(?<!gets )(?<!get )(?<!getting )lost|graduated|married|retired|received|knocked|happened|(?<!re )(?<! am )(?<!'m )(?<! is )(?<!'s )(?<! be )snowed|missed|noticed|looked at it|looked (?:it|them) over|brought|drove|flew|got (?:your|the|a|ur) (?:\w+ )?(?:letter|message|text|note|call|voicemail|reminder|notice|email|e-mail)s?|put(?! on (?:monday|tuesday|wednesday|thursday|friday|next|this|the \d))|bought|built|fixed|replaced|called|phoned|texted|emailed|got (?:out|back|home|married|engaged)|(?<!ve )(?<!is )(?<!has )(?<!have )got (?:my|her|his) (?:flu )?(?:shot|vaccine|booster))\b"
    r"|\bl'(?:a|ai|ont) (?:\w+ )?(?:regardee?|verifiee?)\b"  # 'mon petit-fils l'a regardé': the unit looked at
    r"|\b(?:on etait|j'etais|c'etait(?! (?:(?:ben |bien )?correct|(?:le|la) bon(?:ne)?)\b)|etions|etaient)\b|\b(?:\w+ )etait (?=le \d|l'\d|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:passe|dernier)\b)|\ba (?:accouchee?|eue?|recu|subi|commence|termine|fini|gradue|demenage)\b|\b(?:a|ai|ont|avons) pris (?:sa|ma|leur|notre) retraite\b"
    rf"|\b(?:message|text|texto|note|call|voicemail|appel|courriel|email|reminder|rappel)s? (?:de|du|from|on|of|sent|left) (?:last )?(?:{WEEKDAY_NAMES})\b"  # 'merci pour le message de vendredi'
    r"|\b(?:j'ai|j'avais|il a|elle a|on a|nous avons|ils ont|m'a|m'ont|s'est|se sont|je suis|elle est|il est|est|sont|etait|c'etait)\s+(?:\w+ ){0,2}?"
    r"(?:eu|ete|fait|vu|recu|manquee?s?|perdue?|appelee?|envoyee?|accouchee?|graduee?s?|revenus|revenues|partis|arrives|installee?|arrivee?|(?<!ma )(?<!sa )(?<!la )(?<!une )partie?|revenue?|sortie?|tombee?|(?<!c'est )morte?|decedee?|eteinte?|(?<!c'est )(?<!ici )mariee?|amenee?|operee?|cassee?|dansee?|passee?|allee?s?|rentree?s?|venue?s?)\b"
)


MODAL = compile_words(
    r"\b(?:would|could|can|will|'d|'ll|please|pls|works?|best|prefer|suits?|available|free|fine|good|ok|okay|come|venez|venir|pourr\w*|peux|peut"
    r"|aimerai\w*|voudrai\w*|correct|parfait|ideal|mieux|dispo|libre|irait|adonne|want|wants|like|need|a partir|starting|des le)\b"
)


HOLIDAY_REASON = compile_words(r"(?:obviously |evidemment )?(?:(?:it'?s|it is|is|c'est|that'?s|that is) )?(?:le |the )?(?:thanksgiving|l'action de grace|labour day|la fete du travail|victoria day|la fete de la reine|la journee nationale des patriotes|canada day|la fete du canada|family day|le jour de la famille|civic holiday|vendredi ?saint|lundi ?de ?paques|easter monday|remembrance day|le jour du souvenir|la (?:saint|st)-?jean|christmas(?: is)? eve|christmas day|new year'?s?(?: is)? eve|veille de noel|le jour de noel)(?: (?:and|et|pis) .*)?")  # 'not Thursday, it's Remembrance Day and dad goes to the cenotaph': why


TOO = compile_words(r"(?:(?:oh|ah|oops|oups|ah pis) )?(?:and |et |pis )?(?:(?:le |les |the |on )?(?:monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thur|thurs|fri|lundi|mardi|mercredi|jeudi|vendredi)s?|tomorrow|demain|today|aujourd'hui|(?:the|le) \d{1,2}(?:st|nd|rd|th|er)?|(?:(?:monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi) )?(?:%s) \d{1,2}(?:st|nd|rd|th|er)?|(?:le |les |the |in the |at )?(?:matin|soir|apres-midi|avant-midi|midi|lunch|noon|diner|morning|afternoon|evening)s?|(?:la semaine|the week|week) (?:prochaine|d'apres|after)|(?:next|this) week|cette semaine)(?: \w+)? (?:too|as well|aussi|also|non plus|either)" % "|".join(MONTHS))  # 'this week is out, next week too': a week refused as well


_WEEK_NAMED = r"\b(?:la semaine prochaine|next week|cette semaine|this week)"


SHARED_WEEK = compile_words(_WEEK_NAMED + "$")


HABIT_DAY_AT_END = compile_words(rf"\ble (?:{WEEKDAY_NAMES})$")


HABIT_DAY_FIRST = compile_words(rf"le (?:{WEEKDAY_NAMES})\b")


UNTIL_WORDS = frozenset({"until", "till", "til", "jusqu'a", "jusqu'au", "to", "au", "a"})


FORTNIGHTLY = compile_words(rf"\b(?:(?:aux|toutes les) (?:deux|2) semaines|une semaine sur deux|every (?:other|second|two|2) (?:weeks?|(?:{WEEKDAY_NAMES})s?)|bi-?weekly|every fortnight)\b")  # 'chimio aux deux semaines': not every week
NEXT_TIME_IS = compile_words(  # '..., la prochaine c'est le 3 mai': which one of a habit every other week comes next
    r"^(?:and |pis |et |but |mais )?(?:(?:le|la) (?:prochain|prochaine)(?: fois)?|the next(?: one| time| treatment| session)?)(?: (?:c'est|ce sera|est|sera|is|will be))? ")
EVERY_WEEK = compile_words(r"(?:(?:i|we|she|he|they) (?:go|goes|do|does|have|has)(?: it| that| there)? |(?:j'y|on y|elle y|il y) (?:vais|va) |(?:c'est|that'?s|it'?s) )?(?:toutes les semaines|chaque semaine|every week|each week|weekly)")  # '..., I go every week': the day refused is a habit


AFTER_WHAT = frozenset({"week", "weeks", "semaine", "one", "day", "days", "jour", "jours", "celle", "celui", "month", "mois", "that", "ca", "or", "ou"})  # 'the week after that': one phrase


AWAY_UNTIL_FIRST = compile_words(rf"\b((?:jusqu'au|jusqu'a|until|till) (?:the |le )?(?:\d{{1,2}}(?:st|nd|rd|th|er)?|{WEEKDAY_NAMES}))\b(,? )((?:je suis|j'suis|chu|on est|il est|elle est|i'?m|we'?re|he'?s|she'?s|i am|we are) (?:pas la|pas ici|away|gone|not here|not home|out of town|partie?s?)\b)")


NEXT_ONE = compile_words(r"\b(ni|nor|and not|et pas|pis pas|or|ou) (la prochaine|la suivante|the next one|the next|the following one)\b(?! (?:semaine|week))")


WEEK_WORD = compile_words(r"\b(?:semaine|week)\b")
_AFTER_A_WEEK = r"(?:^|(?<=\| )|(?<=week )(?=but )|(?<=semaine )(?=mais ))(?:but |mais )?"  # a clause's start, or the contrast right after the week named
ONE_AFTER_WEEK = compile_words(_AFTER_A_WEEK + r"(?:la suivante|celle d'apres|the one after|the following one|the next one)\b")  # 'la semaine prochaine c'est pas bon, la suivante oui'
OTHER_WEEK = compile_words(_AFTER_A_WEEK + r"(?:la prochaine|l'autre|the next|the other one)"  # 'pas cette semaine, l'autre': with no weekday named, a week
                           r"(?= ?\||$| (?:oui|yes|ok|okay|is|would|works?|c'est|ca|plutot|instead|(?:en |in the |l')?(?:avant-midi|apres-midi|matin|soir|morning|afternoon|evening|am|pm)s?)\b)")


NAMED_WEEK = compile_words(_WEEK_NAMED + r"\b")


WEEKDAY_NAMED = compile_words(rf"\b(?:{WEEKDAY_NAMES})\b")


WEEKDAY_OR_PLURAL = compile_words(rf"\b(?:{WEEKDAY_NAMES})s?\b")


WEEKEND_DAY = compile_words(r"\b(?:saturday|sunday|samedi|dimanche)\b")


BECAUSE = compile_words(r"(?:because|parce que|parce qu'|car|vu que|since)\b")


BEFORE_LEAVING = compile_words(r"\b(?:before|avant que) (?:i|we|je|on) (?:head|leave|go|fly|pars|parte)\b")  # 'before we leave' is news, unless the clause names the days to come: 'Monday or Tuesday before we go'

DAY_WORD = compile_words(r"\b(?:%s)s?\b|\b\d{1,2}(?:st|nd|rd|th|er)?\b" % "|".join(FULL_WEEKDAYS_PATTERN))


MINE_BUSY = compile_words(  # 'that's my hair appointment', 'c'est mon bingo': a time that is taken
    r"\b(?:that|it|\w+)(?:'s| is| are) (?:my|her|his|our|their) (?!best|better|free|good|only|preferred|favou?rite|easiest|quiet|open|lazy|rest|home|stay)[\w-]+ days?\b(?! off)"
    r"|\b(?:that|it|\w+)(?:'s| is| are) (?:my|her|his|our|(?:%s)'s) (?:\w+ )?(?:appointment|appt|bingo|club|hair|physio|dialysis|doctor|dentist|church|cards|bath|therapy|treatment|clinic|golf|bowling|curling|yoga|swim|pool|euchre|crib|bridge|dance|choir|volunteering|cardiologist|specialist|surgeon|oncologist|neurologist|optometrist|audiologist|podiatrist|chiropractor|eye doctor|foot care|massage|chemo)\b"
    r"|\bc'est (?:la|le|l') ?(?:piscine|bingo|messe|physio|dialyse|coiffeuse|coiffeur|aquaforme|epicerie|menage|quilles|club|chorale|podologue|dentiste|docteur|medecin|optometriste|cardiologue|specialiste|massotherapeute)\b|\bc'est (?:le|la) (?:rendez-vous|rdv|physio|dialyse|chimio|coiffeuse|coiffeur|bingo) (?:de|d') ?(?:maman|papa|ma mere|mon pere|mon mari|ma femme|grand-maman|grand-papa|ma soeur|mon frere)\b|\bc'est (?:mon|ma|sa|son|notre|my) (?:\w+ ){0,2}(?:rendez-vous|rdv|bingo|club|coiffeur|coiffeuse|physio|dialyse|medecin|dentiste|messe|cartes|bain|traitement|clinique|golf|quilles|curling|yoga|piscine|aquaforme|bridge|danse|chorale|benevolat|epicerie|menage)\b" % "|".join(OWNERS))


PART_AT_END = compile_words(rf"\b(?:{_PARTS})s?$")


DATE_ONLY = compile_words(r"(?:on )?(?:the |le )?\d{1,2}(?:st|nd|rd|th|er)?")


DAYS_ONLY = compile_words(r"(?:(?:le |les |the |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?(?: (?:and|et|pis|ou|or|&))? ?)+")


BARE_SPAN = compile_words(r"(?:du|from|the|le) \d{1,2}(?:st|nd|rd|th|er)? (?:au|to|-|through|thru) (?:the |le )?\d{1,2}(?:st|nd|rd|th|er)?(?: \w+)?")  # '..., du 6 au 10': the dates of what was just refused


PART_AFTER_DAY = compile_words(r"(?:%s) (?:%s)" % ("|".join(FULL_WEEKDAYS_PATTERN), _PARTS))  # 'thursday afternoon': one day with its part


BACK_FROM = compile_words(  # 'Friday after he gets back from the Legion': when the visit can start, not what keeps him busy
    r"\b(?:after|once|when) (?:he|she|i|we|they) (?:gets?|comes?|is|are|'s|'re) (?:back |home )?from\b(?: [\w']+){1,3}"
    r"|\b(?:apres que|quand|une fois qu') ?(?:il|elle|je|j'|on) ?(?:est |suis )?(?:revient|rentre|revenue?|rentree?|reviens) (?:de|du|des)\b(?: [\w']+){1,3}"
    rf"|\b(?:after|once|when) (?:he|she|i|we|they) (?:gets?|comes?|is|are|'s|'re|'m|am) (?:back|home)\b(?= (?:the |on )?(?:\d{{1,2}}(?:st|nd|rd|th)?|{WEEKDAY_NAMES}) (?:or|and) )"  # 'after I get back the 29th or the 30th': the days wished
)


PRESENCE_WISH = compile_words(  # the visit asked for while a helper is there
    r"\b(?:while|when) (?:i'?m|i am|she'?s|he'?s|she is|he is|we'?re|the psw is|her psw is|his psw is) (?:there|here|in|around|with (?:her|him))\b"
    r"|\bduring (?:my|her|his|the psw'?s?) (?:shift|hours|visit|time)\b|\bduring (?:those|these|that|them|the same) (?:hours|times?|window)\b"
    r"|\b(?:come|be there|visit|comes?) then\b|\bin that window\b|\b(?:wants?|would like|prefers?|needs?) (?:me|her|him|them|the psw|her psw|his psw) (?:there|present|around|for it)\b"
    r"|\bpendant (?:que )?(?:je suis|j'suis|chu|elle est|il est) (?:la|chez (?:elle|lui))\b|\bquand (?:je suis|j'suis|chu) (?:la|chez (?:elle|lui))\b"
    r"|\b(?:que|when) (?:je sois|j'sois|i'?m|i am) (?:la|there) (?:pour|for|quand|when)\b"
    r"|\bpendant (?:mes|ses) heures\b|\bpendant (?:ma|sa) (?:visite|shift|quart)\b|\bdans ce temps-la\b|\bdans ces heures-la\b|\ba ce moment-la\b"
)


DIGIT = compile_words(r"\d")


HELPER_THERE = compile_words(
    r"\b(?:i'?m|i am|je suis|j'suis|chu) (?:there|here|in|at \w+|la|chez (?:elle|lui|eux|\w+ \w+))\b|\b(?:je passe|je viens|i come|i visit|i drop in|i stop by)\b"
)


ABSENCE_WISH = compile_words(  # 'quand je suis pas la', 'un autre matin': the helper's own hours are busy
    r"\b(?:un autre|une autre|another|a different) (?:matin|jour|journee|moment|apres-midi|morning|day|afternoon|time)\b|\b(?:when|while) (?:i'?m|i am) (?:not|gone|away)\b|\bquand (?:je suis|j'suis|chu) (?:pas|partie?)\b|\bquand (?:je ne suis|j'suis) pas\b|\ben dehors de mes heures\b|\boutside (?:my|her|his) (?:hours|shift|visits?)\b"
)


_MEAL = r"(?:son |sa |his |her |my |mon |ma |le |la |the |their |our )?(?:diner|dejeuner|souper|lunch|dinner|supper|breakfast|sieste|nap|bain|bath|around \d{1,2}:\d{2})(?: time)?"  # meals arrive as clock times
_MEAL_PLACE = r" (?:at|with|in|au|a|avec|chez) (?:the |his |her |my |le |la |l')?[\w'-]+(?: [\w'-]+)?"  # where, with whom


MEAL_REASON = compile_words(  # '... le midi non plus, c'est l'heure de son dîner', '..., he has lunch at the centre', '..., lunch at the day centre': why that time is out
    rf"(?:(?:c'est|that'?s|it'?s|cause|parce que c'est) (?:l'heure (?:de|du) |the time (?:of|for) |when (?:she|he|i|we) (?:has|have|eats?) )?|(?:she|he|i|we|they) (?:has|have|eats?|takes?) )"
    rf"{_MEAL}(?:{_MEAL_PLACE})?|{_MEAL}{_MEAL_PLACE}"
)


WEEKLY_DAY = r"(?:c'est|that'?s|that is|it'?s|it is) (?:la|notre|sa|son|ma|mon|leur|our|her|his|my|their) (?:\w+ )?(?:journee|day)\b"  # 'c'est notre journee d'epicerie', 'that's our grocery day': a day of the week's routine


HABIT_REASON = compile_words(
    r"(?:c'est|that'?s|it'?s) (?:le|la|l'|mon|ma|my) ?(?:\w+ ){0,2}(?:bingo|piscine|messe|dialyse|dialysis|physio|cartes|cards|quilles|bowling|club|chorale|choir|golf|aquaforme|coiffeuse|coiffeur)"
    rf"|{WEEKLY_DAY}[^|]{{0,40}}"
)


WHOLE_PART = compile_words(r"(?:toute (?:l'|la )?|tout (?:l'|le )?|all |the whole |during the )(?:%s)" % "|".join(re.escape(w) for w in PART_WORDS if "-" in w or w.isalpha()))  # '..., toute l'avant-midi': when the days before are taken


HOURS_BOUND = compile_words(r"(?:(?:tous les|toutes les|every|each|chaque|all) (?:(?:%s)s?,? )?|(?:les |the |le |in the )?(?:%s)s?,? )(?:from \d{1,2}:\d{2} to \d{1,2}:\d{2}|(?:until|till|avant|before|up to|from|after|apres|a partir de) \d{1,2}:\d{2})" % ((_PARTS,) * 2))


SCOPE_ONLY = compile_words(r"^(?:(?:this|the) week and (?:the )?next(?: one)?|both weeks|cette semaine et la (?:semaine )?prochaine|les deux semaines)$")


WRITER_HERE = compile_words(r"^((?:[\w'-]+ ){0,2}(?:psw|nurse|caregiver|preposee?|infirmiere) (?:here|ici)) (?=\w)")  # 'psw here she\'s free wed': who writes, then the wish, when no comma parts them
INTRODUCTION = compile_words(  # 'this is her PSW', 'la preposee du soir ici': who writes, not a busy time
    r"\b(?:this is|it'?s|i'?m|i am|c'est|je suis) (?:her|his|their|the|sa|son|la|le|an?|une?) (?:\w+ )?(?:psw|nurse|preposee?|infirmiere|caregiver)\b"
    r"|(?:la |le |the )?(?:psw|preposee?|infirmiere|nurse)(?: \w+){0,2} ici\b"
    r"|^(?:the |la |le |sa |son )?(?:psw|preposee?|caregiver) (?:for|of|de|pour)\b"
    r"|\b(?:je fais le menage chez|i clean for|i clean (?:her|his|their) (?:house|place|apartment))\b"
    r"|\b(?:psw|nurse|preposee?|infirmiere|caregiver|staff|personnel|(?:care|support|social|home care) workers?|travailleu(?:se|r) social(?:e)?|day (?:program|centre|center)|centre de jour|programme de jour)"
    r"(?: \w+){0,2}? (?:says?|said|asks|asked|tells (?:me|us)|told (?:me|us)|wants to know|writes|dit|disent|a dit|ont dit|me dit|nous dit|demande|ecrit)\b"  # the helper, or the day program's staff, relays the client's words
)


NEGATIVE = compile_words(
    r"\b(?:not|no|nor|neither|never|can'?t|cant|cannot|won'?t|wont|isn'?t|aren'?t|doesn'?t|doesnt|don'?t|dont|bad|busy|away|out|on the road|unavailable|impossible|tough|hectic|swamped|slammed|jam-packed|(?<=is )packed|(?<='s )packed|debordee?s?|rushant|(?<=c'est )(?:(?:trop|tres|ben|bien|vraiment|assez|pas mal) )?chargee?|(?:trop|tres|vraiment) chargee?s?|pognee?s?|la folie|(?:is|are|it'?s|that'?s|will be|gonna be) (?:crazy|nuts|chaos|chaotic|a zoo)"
    r"|except|excepting|excluding|other than|apart from|absente?s?|forget|physio|physiotherapy|dialysis|doctor'?s?|hospital|clinic|church|mass|specialist|surgery"
    r"|physiotherapie|hemodialyse|hemodialysis|hopeless|full|booked|no way|dentist|dentiste|recital|funeral|funerailles|chirurgie|operation|scans?|x-?rays?|cardiologist|cardiologue"
    r"|specialiste|medecin|docteur|hearing test|eye test|(?:blood|lab) test|test d'audition|test de (?:la )?vue|examen|appointments (?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday)|lab|labo|laboratoire|mri|irm|neurologist|neurologue|urologist|urologue|oncologist|oncologue|dermatologist|dermatologue|ophthalmologist|ophtalmologiste|optometriste|eye doctor|chemo|chimio|treatments?|traitements?|coiffeuse|coiffeur|hairdresser|clinique|bingo|groceries|epicerie|dangereux"
    r"|hard for|difficult for|(?:is|are|'s) (?:(?:really|very|pretty|too|a bit|a little|kind of|a little bit) )?(?:hard|difficult|rough|tricky|complicated|awkward)|(?:is|are|'s) (?:a )?(?:bust|write[- ]?off)|(?<=c'est )(?:(?:un peu|un peu plus|plus|trop|ben|bien|vraiment|assez) )?(?:complique|difficile|dur)|compliquee? pour|(?:is|are) (?:(?:really|very|pretty|too|a bit|kind of) )?slow for|(?:knee|hip|shoulder|cataract|hernia|valve) (?:replacement|surgery|operation|repair)|remplacement (?:de|du) (?:genou|hanche)|trop chaud|too hot|too short(?: (?:a )?notice)?|(?:a bit|kind of|pretty|rather|quite) short notice|trop (?:court|serre|juste)\b(?! (?:pour|for) (?:lui|elle|moi|nous|the|la|le)\b)|(?:delai|preavis) (?:trop |un peu )?(?:court|serre)|c'est plein|(?:is|are|'s) full|forgot (?:about )?(?:my|her|his|the) (?:\w+ )?(?:appointment|appt|rendez-vous)|trop d'affaires|too much (?:going on|on)|mauvaise?|avoid|eviter|evitez|de la misere|(?:is|are) shot|trop fatiguee?s?|too tired|exhausted|epuisee?s?|brulee?s?|(?:va|vais|vont) etre fatiguee?s?|difficiles? pour|dur pour|rough for|trop tard|too late|trop tot|trop vite|trop de bonne heure|too early|too soon|podiatre|worse|pire|trop fou|crazy|hectic|chaos|chaotic|chaotique|too busy|foot care|soins des pieds|bowling|nothing|rien|adonne mal|tombe mal|niet|nenni|encore moins|even less"
    r"|pas|non|jamais|ni|sauf|excepte|oubliez|(?<!j'ai )(?<!j'avais )oublie ca(?= *$)|laissez? faire(?= *$)|(?<!s')(?<!m')(?<!t')occupee?s?|dialyse|clsc|hopital|messe|eglise|bain(?! elevateur| therapeutique)|a part|pu|(?:c'est|ce sera|ca sera) plus (?:possible|bon|faisable)\b|(?:marche|marchera|adonne|convient|fonctionne|peux|peut|pourrai|pourra) plus(?! (?:tard|tot|de bonne heure|vite|que|qu'))|nope|nah|avoid|eviter|evitez|pantoute|(?<=c'est )plate|(?<=c'est )mort|(?<=is )thanksgiving|(?<=c'est )l'action de grace|(?<=c'est )(?:un jour )?ferie|(?:(?<=is a )|(?<=is the ))(?:stat(?:utory)? )?holidays?)\b"
    r"|\bn'(?:est|ai|a|y a|irait|ira)\b|\by'?a personne\b|\bil y a personne\b|\b(?:nobody|no one)(?: is| will be|'ll be| 's)? (?:home|here|around)\b|\b(?:j'ai|(?:elle|il|on) a|(?:ils|elles) ont) (?:mes|ses|leurs)\b|\bcomplet\b|\bno good\b|\b(?<!you )(?<!u )(?<!ya )(?<!vous )(?<!can we )(?<!could we )(?<!can i )(?<!could i )(?<!may i )(?<!may we )(?<!to )(?<!please )(?<!pls )(?:has|have|got|a|ai|avons|ont) (?!(?:you|u|ya|vous|any|some|available|open|free|other|more)\b)(?:a |an |her |his |my |mon |ma |son |sa |un |une |leur |leurs |notre |nos )?(?:\w+ ){0,2}(?:appointment|appt|rendez-vous|rdv|follow-up|suivi|check-?up)\b|\bj'ai (?:mon|my|ma|un|une|rendez-vous)\b|\b(?:elle|il) a (?:son|sa|un|une|rendez-vous)\b"
    r"|(?:\bis|\bare|'s|'re|\bc'est|\best|\bsont) (?:already |all |deja |tous |toutes )?(?:taken|prise?s?|bookee?s?)\b(?! (?:en note|care|en charge|off|in|for|pour|par)\b)"  # 'this Friday is taken', 'les deux sont pris': a time that is not free
)


BUSY_NOW = compile_words(  # 'parce que là je suis en convalescence': why not yet, no busy day
    r"^(?:(?:parce que|parce qu'|because|since|car|vu que|as) )?(?:la|asteure|astheure|right now|en ce moment|presentement|pour l'instant|pour le moment|currently|at the moment|for now),? (?:je|j'|chu|on|il|elle|i|i'?m|we|we'?re|she|she'?s|he|he'?s)\b")
COUNTED_EVENTS = compile_words(r"\b(?:have|has|got|a|ai|avons|ont) (?:\d|two|three|a couple of|deux|trois|quelques) (?:\w+ )?(?:rendez-vous|rdv|appointments?|appts?|tests?|examens?|traitements?|treatments?)\b")  # 'deux rendez-vous la semaine prochaine, lundi pis mercredi': the days they fall on follow
NIGHT_WORK = compile_words(  # 'I work shifts and this week I'm on nights': busy at night, so free by day
    r"\b(?:(?:i|he|she|we) (?:work|works) shifts? and (?:\w+ ){0,3})?(?:(?:i'?m|i am|he'?s|she'?s|we'?re|is|am|are) on nights|(?:work|works|working) nights|(?:je suis|chu|il est|elle est|travaill\w*) de nuit)\b")
TIME_TO = compile_words(r"\b(?:(?:me |nous |lui |leur )?(?:laisse|laisserait|donne|donnerait) le temps de|(?:gives?|give|would give) (?:me|us|her|him) (?:the )?time to)\b.*$")  # '... le temps de faire le menage': why then, not busy


AFTER_EVENT = compile_words(  # 'le 11 après sa coiffeuse', 'Thursday after her physio': the day is wished once the event is over
    r"\b(?:after|apres) (?:(?:her|his|my|our|their|the|sa|son|ses|mon|ma|mes|leur|le|la|l') ?)?(?:[\w']+ )?(?:physio|physiotherapy|physiotherapie|dialysis|dialyse|hemodialyse"
    r"|dentist|dentiste|doctor'?s?|docteur|medecin|coiffeuse|coiffeur|hairdresser|clinic|clinique|treatments?|traitements?|chemo|chimio|lab|labo)\b"
)


POSITIVE_IDIOMS = compile_words(
    r"\b(?:(?:can|could|i'?ll|i will) (?:only |just )?get away(?: from work)?|c'?(?:est-)?tu trop (?:vite|tot|de bonne heure)|(?:is|would) (?:that|it|this) (?:be )?too (?:soon|early|short notice)|no problem|not a problem|no worries|no (?:big |real |great )?(?:rush|hurry|pressure|emergency|urgency)|not (?:in a |in any )?(?:rush|hurry)|(?:not|nothing)(?: \w+)? urgent|rien d'urgent|no big deal|no need to (?:call|phone|text|ring|confirm)|pas besoin (?:de |d')(?:m'|nous |me |lui )?(?:appeler|telephoner|texter|confirmer|rappeler)|(?:pas|y'?a pas|il y a pas) (?:de |d')(?:presse|urgence)|(?:rien|y'?a rien|il y a rien) qui presse|pas (?:si |trop )?pressee?s?|pas urgente?|don'?t mind|doesn'?t matter|no preference|not fussy|not picky|si jamais|au complet|a part de ca|a part ca|apart from that|other than that|outside of that|besides that|hospital bed|lit d'hopital|pas mal|if (?:that|it|this)(?:'?s| is) not(?: too short(?: (?:a )?notice)?)?|if (?:that|it|this)(?:'?s| is| isn'?t| is not) (?:no |not |too much |a )*(?:trouble|bother|problem|hassle)"
    r"|(?:je|elle|il|on|\w+) (?:ne )?travaill\w* pas|(?:i|she|he|we) (?:don'?t|doesn'?t|do not|does not) work|(?:vais|vas|va|serai) (?:etre )?(?:revenue?|rentree?|de retour) (?:de|du)(?: [\w']+){0,2}|(?:will|'ll) be (?:back|home) from(?: \w+){0,2}|si (?:ca|\w+) (?:ne )?(?:marche|adonne|fait) pas|if (?:that|it|this|\w+) (?:doesn'?t|does not|won'?t|can'?t) (?:work|suit)|pas de (?:probleme|trouble|souci)|ca (?:ne )?(?:me |nous |lui |leur |vous |te )?(?:derange|embete|ennuie|gene)(?:rait)? pas|si ca (?:ne )?(?:me |nous |lui |leur |vous |te )?fait rien|pourquoi pas|c'est pas grave|(?:c'est|ca va|ca serait|ca adonne) pas pire|n'importe|si (?:c'est|ca) (?:pas|n'est pas)(?: trop (?:court|serre|juste))?"
    r"|(?:come|comes|coming|pop|swing) out(?! of)|send (?:someone|somebody|(?:a|the|your) (?:tech|technician|guy|man|repairman)) out|(?:ou|or|sinon|otherwise) (?:rien|nothing)|au pire|a la limite|worst case|at worst|if need be|pas vite|no matter|if not|sinon|otherwise|or not|(?:figure|figured|figuring|sort|sorted|sorting|work|worked|working|hash|find|found|finding)(?: (?:it|this|that|things|something|everything))? out|not a morning person|pas (?:une personne )?du matin|pas (?:tres )?matinale?|pas de farce|sans farce|no kidding|no joke|pas de blague|sans blague|out there|pas d'importance|not important|pas important|avant qu'(?:il|y) fasse trop chaud|before it gets too hot)\b"
    r"|\b(?:when|while|quand|lorsque) (?:i'?m|i am|we'?re|she'?s|he'?s|je (?:ne )?suis|j'suis|on (?:n')?est|elle (?:n')?est|il (?:n')?est) (?:not|pas)\b"
    r"|\b(?:buzzer|door ?bell|bell|intercom|enterphone|elevator|phone|cell|cellphone|door|lock|gate|sonnette|interphone|ascenseur|telephone|cellulaire|porte|serrure)s?"
    r" (?:(?:doesn'?t|does not|don'?t|do not|won'?t|will not|isn'?t|is not|aren'?t|are not|never) (?:work|works|working|ring|ringing|open)|(?:ne )?(?:marche|fonctionne|sonne|ouvre)(?:nt)? (?:pas|pu|plus))\b"  # 'the buzzer doesn't work': the house, not the time
)


PLURAL_WEEKDAY = compile_words(
    r"(?:(?<!')\b|(?<=\bqu')(?=un\b))(?:every|each|any|only|all|tous les|chaque|les|juste les|seulement les|juste le|seulement le|n'importe quel|n'importe lequel|un|a(?= (?:monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thur|thurs|fri)\b)|toujours le|always on|always)\s+(%s)s?\b(?!\s+(?:\d|prochain|qui vient|the \d|le \d|next|this|of))|\b(%s)s\b"
    % (WEEKDAY_NAMES, "|".join(FULL_WEEKDAYS))
)


QUALIFIED = compile_words(r"\b(?:this|next|ce|cette)(?: coming)? (%s)\b|\b(%s) (?:prochain|qui vient|next week|de la semaine prochaine)\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES))


QUALIFIED_SECOND = compile_words(r"\b(?:this|next|ce|cette)(?: coming)? (?:%s) (?:or|and|ou|et|pis) (%s)\b" % (WEEKDAY_NAMES, WEEKDAY_NAMES))  # 'not this Thursday or Friday': both this week's


PLURAL_PART_NAMES = "mornings|afternoons|evenings|avant-midis|apres-midis|matins|soirs"


PLURAL_PARTS = compile_words(rf"\b(?:{PLURAL_PART_NAMES})\b")


PARTS_THEN_CLAUSE = compile_words(  # '... Friday mornings and I'd rather be home when you come': the list ends, then a wish
    rf"\b((?:{PLURAL_PART_NAMES})) (and|et|pis) (?=(?:she|he|i|we|they|elle|il|j'|je|on|nous)(?:'d| would| wants?| prefers?| needs?| aimerai\w*| voudrai\w*| prefere\w*)\b)"
)


HABIT = compile_words(rf"\b(?:le seul jour|seule journee)\b|\b(?:{WEEKDAY_NAMES})s? {CHORE_DAY}|\beither (?=(?:{WEEKDAY_NAMES})\b(?! or))|\b(?:i'?m|i am|je suis|(?:she|he|(?:my|her|his|ma|mon|sa|son) \w+)(?:'s| is| est)|they(?:'re| are)|(?:elle|il) est|(?:elles|ils) sont) (?:there|here|la|at (?:her|his|their) \w+|chez (?:elle|lui|eux))(?= (?:{WEEKDAY_NAMES})(?: (?:and |et )?(?:{WEEKDAY_NAMES}))+\b)|\bonly\b(?! (?:free|available|do|make it|get (?:there|away|off)|be there|come|day)\b)|\ble (?:{WEEKDAY_NAMES})\b[^|]*\bseulement\b|\bseulement le\b|\b(?:de preference|preferably|usually|d'habitude|dialysis|dialyse|day program|programme de jour|centre de jour|toutes les semaines|chaque semaine|every week|each week|any week|either week|n'importe lequel|whichever one|any of them|n'importe quelle semaine|{PLURAL_PART_NAMES})\b")


PRESENT_ON_DAYS = compile_words(  # 'I'm there 8 to noon Monday, Wednesday and Friday': a helper's weekly hours, a habit
    rf"\b(?:i'?m|i am|je suis|j'suis|chu) (?:there|here|la|chez (?:elle|lui|eux)) (?:(?:from |de )?\d{{1,2}}(?::\d{{2}})? (?:to|a|-|till|until|jusqu'a) (?:\d{{1,2}}(?::\d{{2}})?|noon|midi) )"
    rf"(?:le |les |on )?(?:{WEEKDAY_NAMES})s?(?: (?:and |et |pis |ou |or )?(?:le |les )?(?:{WEEKDAY_NAMES})s?)+\b"
)


ANY_DAY_WORDS = compile_words(  # 'mon fils s'occupe de tout', 'she handles everything' names who answers, not a day
    r"\b(?:(?:before or after|avant ou apres)(?: (?:ca|cela|that|it))?(?= (?:is|are|works?|would|will|suits?|c'est|ca|ce serait|serait|irait|me va|nous va|va|fine|ok|okay|good|correct|parfait)\b| ?$)"  # 'away the 10th to the 14th, before or after is fine': any day outside it
    r"|any ?day|any ?time|anytime|any (?:morning|afternoon|evening)s?(?= (?:is|are|works?|would|will|suits?|should)\b)|whenever|any other (?:day|time|morning|afternoon|evening)s?|other days?|otherwise|n'importe quand|n'importe quel(?:le)? (?:jour|journee|moment)|sinon"
    r"|(?<!occupe de )(?<!occupent de )tout(?! ce qu)|anything|(?<!for )(?<!care of )(?<!handles )(?<!looks after )(?<!look after )everything(?! (?:i|we|she|he|they) needs?\b)|toute la semaine|all week|any day of the week|le reste|the rest|n'importe|every ?day|all days|any weekday"
    r"|weekdays|tous les jours|toutes les journees|jours? de semaine|en semaine|autres jours|les autres|les autres? jours?|rest of|le reste de|any other (?:week)?day"
    r"|home all day|always home|whatever (?:day|time)(?! you\b)|whatever you have (?:first|soonest|earliest)|(?:i'?m|we'?re|i am|we are|je suis|on est|chu|(?:my|mon) (?:schedule|horaire) (?:is|est)) (?:pretty |very |quite |assez |tres |pas mal )?flexibles?|(?:in|over|within) the next (?:two|2|couple of|couple) weeks|within (?:two|2) weeks|d'ici (?:deux|2) semaines|(?:dans|au cours des|d'ici) les (?:deux|2) prochaines semaines|(?:always|usually|mostly|generally|normally) (?:at )?(?:home|here|around|available|free)|(?:home|here|around|available|free) (?:most days|all the time|most of the time)|(?:toujours|tout le temps|la plupart du temps|d'habitude) (?:a la maison|a maison|ici|icitte|disponibles?|dispo|libres?)|(?:a la maison|la|disponibles?|dispo|libres?) (?:la plupart des jours|la plupart du temps)|(?:suis|est|sommes|sont|chu) (?:pas mal )?toujours la|other times? (?:are|is|work|would)|les autres moments|other than that|a part (?:de )?ca|autrement(?! dit)|peu importe (?:le|la) (?:jour|journee)|libre comme l'air|free as a bird|wide open)\b"
)


DATED_WEEKDAY = compile_words(r"\b(?:%s)\b,?\s+(?=(?:le |the )?(?:\d{1,2}(?:st|nd|rd|th|er)?|%s)\b)" % (WEEKDAY_NAMES, "|".join(MONTHS)))
_PART = r"(?:matin|avant-midi|apres-midi|soir|morning|afternoon|evening)s?"
BARE_PART = compile_words(r"(?:le |la |l'|en |in the |the )?" + _PART)
PART_WORD = compile_words(rf"\b{_PART}\b")
PART_VERDICT_THEN_PART = compile_words(  # "l'après-midi non le matin oui", "mornings are no good afternoons ok": unpunctuated, two verdicts
    rf"\b({_PART}\b[^|]*?\b(?:non|oui|yes|no good|ok|okay|fine|good|bad|correct|beau|bon)) (?=(?:le |l'|en |the |in the )?{_PART}\b)")
BEST_WHEN = compile_words(  # 'le meilleur moment c'est entre 1 h pis 3 h quand y fait sa sieste': the nap is why that time suits;
    r"\b(?:(?:le )?meilleur moment|the best time|le mieux|best time|ideal(?:ly)?|idealement)\b[^|]*\b(?:quand|when|while|pendant qu)"
    r"|\b(?:come|stop by|drop by|swing by|passer|venir|vienne|vient)\b[^|]*\b(?:while|pendant qu)"  # 'passer pendant que maman est à son club': asked for then
)
BETTER_THAN = compile_words(rf"\b(better|mieux|easier|plus facile|(?:prefer|prefere)\w* (?:the |le )?(?:{WEEKDAY_NAMES})s?)(?: for (?:me|us|her|him|them|mom|dad|mum)| pour (?:moi|nous|elle|lui|eux|maman|papa))? (?:than|que|qu'|over|to|a|au) ?(?:(?:this|next|the|le|la|ce|cette) )?(?:(?:{WEEKDAY_NAMES})s?|week|semaine|tomorrow|today|demain|aujourd'hui)\b(?: (?:prochaine?|qui vient|next week|this week))?")  # 'next week is better than this week', 'I prefer Thursday over Monday': only the first is wished

RATHER_FIRST = compile_words(rf"\b(?:plutot|rather) ((?:[\w']+ ){{1,3}}?)(?:que|qu'|than) (?=(?:(?:this|next|the|le|la|ce|cette) )?(?:{WEEKDAY_NAMES}|\d{{1,2}}(?:st|nd|rd|th|er)?|tomorrow|today|demain|aujourd'hui)\b)")  # 'plutôt vendredi que jeudi': the day given up after the one chosen
INSTEAD_OF_DAY = compile_words(rf"\b(?:instead of|au lieu d[eu]|au lieu d'|rather than|plutot que) (?:(?:this|next|the|le|la|ce|cette) )?(?:{WEEKDAY_NAMES}|\d{{1,2}}(?:st|nd|rd|th|er)?|tomorrow|today|demain|aujourd'hui)\b(?: (?:prochain|qui vient|the \d{{1,2}}(?:st|nd|rd|th)?|le \d{{1,2}}(?:er)?))?")  # 'make that Tuesday the 12th instead of Monday': the day given up, no wish

NEW_SUBJECT = compile_words(  # 'Monday at 10 works my doctor is Tuesday', 'any day but Monday mom has dialysis': unpunctuated, a new sentence
    r"(?<=[a-z0-9]) (?=(?:(?:my|our|his|her|the|mon|ma|mes|son|sa|l'|la|le) (?!\d)[\w'-]+(?: [\w'-]+)?|mom|dad|mum|maman|papa|he|she|il|elle)"
    r" (?:is|are|has|have|comes|come|brings|takes|goes|gets|needs|sleeps|est|sont|a|vient|viennent|passe|passent|va|dort|prend)\b)")
DAY_IS_FINE = compile_words(  # 'thursday is no good I have the doctor friday morning is better', '... not home this week next week is fine': unpunctuated, the wish starts a new sentence
    rf"(?<=[a-z0-9']) (?:(?:next|this|ce|le|la|the|on) )?(?:{WEEKDAY_NAMES}|week|semaine prochaine|tomorrow|demain|(?:the|le) \d{{1,2}}(?:st|nd|rd|th|er)?)"
    r"(?: (?:morning|afternoon|evening|matin|avant-midi|apres-midi|soir|am|pm))?(?: (?:is|would be|works|would work|should work|c'est|ca serait|serait|ca irait|irait|ca va|me va|ferait))?"
    r" (?:better|fine|good|ok|okay|great|best|perfect|mieux|correcte?|correc|bon|parfait|beau|oui|yes)\b")
ASKED_INSTEAD = compile_words(  # 'the 22nd doesn't work anymore can we do the 29th': unpunctuated, the other time asked for
    r"(?<=[a-z0-9']) (?=(?:can|could) (?:we|you|u) (?:do|make it|come|switch|change|try|book|move)\b|(?:pouvez|pourriez)-vous\b|(?:est-ce qu'on|on) (?:peut|pourrait)\b|(?:peut|pourrait)-on\b)")
JOINS_A_DAY = compile_words(  # a word that ties the day after it to what comes before: no new sentence there
    rf"\b(?:{WEEKDAY_NAMES}|{MONTH_NAMES}|or|ou|and|et|pis|of|de|du|from|but|mais|said|dit|actually|finalement|then|puis|plutot|instead|a|at|to|au|the|le|la|on|next|this|ce|week|semaine|only|just|juste|any|is|be|que|if|si|except|excepte|excepting|excluding|sauf|than|apart)$")
_TOPIC = (  # 'Monday, not good': a time named alone, which the short verdict after it is about
    rf"(?:(?:on|le|la|les|l'|the|this|next|ce|cette|in the|en|how about|what about) )*(?:{WEEKDAY_NAMES}|tomorrow|demain|overmorrow|today|aujourd'hui|the \d{{1,2}}(?:st|nd|rd|th)?|le \d{{1,2}}(?:er)?"
    r"|week|semaine|(?:the )?week of the \d{1,2}(?:st|nd|rd|th)?|semaine du \d{1,2}(?:er)?|" + _PART + "|soirees?)"
    r"(?: (?:the \d{1,2}(?:st|nd|rd|th)?|le \d{1,2}(?:er)?|prochaine?|qui vient|next week|la semaine prochaine|(?:le |l'|the |in the |en )?(?:morning|afternoon|evening|matin|avant-midi|apres-midi|soir)|am|pm))*")
TOPIC_ONLY = compile_words(_TOPIC)
VERDICT_ALONE = compile_words(  # 'Lundi, difficile', 'Monday I have plans': a verdict with no negation word in it
    rf"(?:(?:but|mais|and|et|pis) )?(?:(?:{_TOPIC}) )?(?:"
    r"(?:(?:that|it|this) (?:is|'s) |is |(?:c'est|ca va etre|ca serait|ca risque d'etre) )?(?:difficile|(?:a )?problem|un probleme|compliquee?|(?:a )?bad day|une mauvaise journee|nenon|nan|naw)"
    r"|(?:i|we) (?:have|'ve got|got) (?:other )?plans|(?:j'ai|on a) (?:d'autres |des )?plans"
    r")")
SHORT_DOUBT = compile_words(r"\b(?:sure|certain|sais pas|know|idea|matter|problem|probleme|worries|rush|presse|urgent|hurry|late|tard|early|tot|soon|vite|long)\b")  # 'Monday, not sure', 'Lundi, pas trop tard': no verdict on the day
PART_TOPIC = compile_words(  # 'Les matins, non.': a part of the day named alone, then the short verdict on it
    r"(^|\|\| ?)((?:the |le |les |l'|in the |en )?(?:" + _PART + r"|soirees?)) \| ([^|]+?)(?= ?\|\||$)")
CLOSED_LIST = compile_words(rf"\b(?:and|et|pis|or|ou|ni|nor) (?:le |the |on )?(?:{WEEKDAY_NAMES}|demain|tomorrow)$")  # 'not tuesday and wednesday': a list its 'and' ended
AFTER_A_TIME = frozenset({*WEEKDAYS, *(f"{day}s" for day in WEEKDAYS), "works", "fine", "ok", "okay", "please", "pls", "svp", "only", "seulement", "anytime",
                          "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "matin", "matins", "avant-midi", "apres-midi", "soir",
                          "h", "am", "pm", "week", "semaine", "prochain", "prochaine", "tomorrow", "demain"})  # the words a wish or refusal ends on
WISH_SAID = compile_words(r"\b(?:any|anytime|works|fine|good|ok|okay|only|seulement|prefer\w*|would|ca va|ca marche|correct|parfait|mieux|better|wants?|veut|voudrait|aimerait|likes?)\b")  # a clause already a wish
