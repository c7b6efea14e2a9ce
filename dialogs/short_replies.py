"""The words of short replies, in English and French: the opt-out keywords, yes and no in their many forms, "who is
this", asking for other times, and the words around an option number ("the 2nd one please"). Written as the normaliser leaves
them: French "mon" reads "my"."""
from __future__ import annotations

STOP_MESSAGES = {"stop", "stopp", "stopo", "sotp", "stpo", "stop all", "stopall", "unsubscribe", "end", "quit", "arret", "arreter", "arrete", "arretez", "stop please", "please stop", "cancel all"}
POLITE = {"please", "pls", "plz", "svp", "stp", "s", "v", "p", "now", "thanks", "thank", "you", "u", "ty", "thx", "and", "anyway", "merci", "beaucoup", "bcp",
          "asap", "immediately", "!"}  # 's.v.p.' comes apart as letters
HELP_MESSAGES = {"help", "aide", "info", "help me", "what is this", "what's this", "whats this", "what is this about", "whats this about", "what's this about",
                 "who is this", "who's this", "whos this", "who are you", "c'est qui", "qui est-ce", "c'est quoi", "qui etes-vous",
                 "qui etes vous", "huh", "hein", "what", "quoi", "pardon"}
RESCHEDULE_PHRASES = ("reschedule", "change my appointment", "change the appointment", "change my visit", "move my", "move it",
                      "different time", "another time", "change the time", "change the date", "changer", "different day", "another day", "deplacer", "changer my rendez-vous", "changer le rendez-vous", "reporter",
                      "different times", "other times", "more times", "other options", "more options", "other days", "other choices",
                      "autres plages", "d'autres plages", "new times", "new time", "nouvelles heures", "change it", "autres heures", "autre moment", "autres moments", "autres choix")
YES = {"yes", "y", "yep", "yeah", "yea", "ya", "ok", "okay", "k", "sure", "please", "sounds good", "good", "great", "perfect", "fine",
       "that works", "works for me", "absolutely", "of course", "oui", "ouais", "d'accord", "daccord", "parfait", "bien sur", "ca marche",
       "correct", "confirm", "confirmed", "book it", "yes please", "ok thanks", "thumbs up", "yes thank you", "oui merci",
       "yse", "ys", "yess", "yup", "yas", "oki", "oui svp", "yea sure", "sounds gd", "gd", "ouais c'est correct", "ouais correct", "c'est correct",
       "alright", "all right", "certainly", "by all means", "with pleasure", "gladly", "avec plaisir", "volontiers", "you bet", "that's good", "thats good", "that is good", "good for us", "good for me", "good for her", "good for him"}
YES_FIRST_WORDS = {"yes", "yep", "yup", "yeah", "ya", "oui", "ok", "okay", "sure", "absolutely", "perfect", "great", "d'accord", "daccord",
                   "parfait", "super", "excellent", "certainement", "certain", "ouais", "ouin", "ouii", "ben", "bien", "yse", "ys", "yess", "alright", "okey", "okie"}
YES_PHRASES = ("see you then", "see u then", "see ya then", "a tantot", "would be great", "would be fine", "would be good", "that'd be great", "that'd be good", "that's great", "thats great", "sounds good", "that works", "please book", "like to book", "want to book", "book it", "go ahead", "ca marche", "that's fine",
               "thats fine", "works for me", "c'est beau", "bookez", "allez-y", "allez y", "certainement", "ben oui", "bien sur", "sounds great", "c'est parfait", "c'est correct", "c'est bon",
               "whatever works", "whatever suits", "ca me va", "ca nous va", "je confirme", "on confirme", "c'est confirme", "i confirm", "we confirm", "would be lovely", "would be wonderful", "would be perfect", "you bet", "that'd be lovely", "that'd be perfect", "y'a pas de trouble", "pas de trouble", "envoyez quelqu'un",
               "fine by me", "fine by us", "suits me", "suits us", "fait my affaire", "fait notre affaire", "fait son affaire", "adonne bien",
               "that time works", "that time is good", "that time is fine", "that day works", "that day is good", "that day is fine",
               "i'll be there", "we'll be there", "she'll be there", "he'll be there", "will be there", "i'll be home", "she'll be home", "he'll be home")
NO = {"no", "n", "nope", "nah", "not now", "no thanks", "no thank you", "none", "none of those", "none of them", "neither",
      "non", "non merci", "pas maintenant", "aucun", "aucune", "thumbs down", "not interested", "none work", "those dont work", "not those",
      "certainement pas", "absolument pas", "surement pas", "bien sur que non", "evidemment pas", "ouais non", "oui non",
      "certainly not", "absolutely not", "definitely not", "of course not", "sure not", "yeah no", "yeah nah", "ok no"}  # a yes-word that leads into a no
NO_FIRST_WORDS = {"no", "nope", "nah", "non", "nenon", "none", "neither", "aucun", "aucune", "pantoute"}
NO_PHRASES = ("m'interesse pus", "m'interesse plus", "m'interesse pas", "we'll pass", "we will pass", "i'll pass", "i will pass", "passer my tour", "passer notre tour", "don't work", "dont work", "doesn't work", "doesnt work", "not interested", "ne marche pas", "ne fonctionne pas", "pas besoin",
              "me tente pas", "dit non", "veut pas", "veux pas", "pas interesse", "pas interessee", "no need", "pass on", "not needed",
              "pas pour moi", "not for me", "says no", "said no", "adonne pas", "aucun des deux", "ni l'un ni l'autre", "neither of",
              "not at this time", "not right now", "not for now", "pas pour le moment", "pas pour l'instant", "pas asteure",
              "pas astheure", "pas pour asteure", "pas pour astheure", "pas tout de suite", "not just yet",
              "don't suit", "dont suit", "doesn't suit", "doesnt suit", "won't work", "wont work", "won't suit", "ca marche pas", "ca adonne pas",
              "none of those", "none of these", "none of them", "can't do any", "cant do any", "can't make any", "cant make any",
              "can't do those", "cant do those", "can't make those", "cant make those", "marchent pas", "adonnent pas")
CHOICE_CUES = {"l'option", "bon", "thank", "you", "take", "number", "option", "choice", "go", "do", "pick", "want", "prends", "numero", "choix", "is", "works", "please", "stp", "pls", "thx",
               "thanks", "merci", "svp", "one", "lets", "let's", "with", "the", "i", "ill", "i'll", "will", "yes", "ok", "okay", "sure",
               "oui", "le", "la", "good", "fine", "for", "me", "#", "best", "us", "bcp", "beaucoup", "choisis", "choisi", "says", "dit", "she",
               "he", "elle", "il", "derniere", "dernier", "parfait", "correct", "mieux", "better", "great", "prend", "prendre", "va", "pour",
               "nous", "is", "que", "c'est", "me", "je", "on", "we", "j'ai", "take", "prends", "numbr", "pls", "m'adonne", "adonne", "m'irait",
               "m'arrange", "ca", "va", "ben", "bien", "mom", "mum", "dad", "maman", "papa", "her", "him", "would", "be"}
