/// Broad Dutch word classes for the general sentence shapes in `DutchGeneralForms`: feelings, evaluative
/// predicates about a person, verbs of blame and sanctions. They extend the classes of `DutchWordClasses`
/// (a class named in both gets the words of both), so a teacher educator can add a word in one place.
enum DutchEvaluativeWords {
  static let all: [String: [String]] = [
    // More feelings, also informal ones ("pissig", "chagrijnig"); used by reflections and by ik-boodschappen.
    "gevoel": [
      "pissig", "chagrijnig", "nijdig", "sjaggerijnig", "geergerd", "gefrustreerd", "getergd", "opgefokt",
      "gekrenkt", "vernederd", "beschaamd", "schaamte", "schuldgevoel", "machteloosheid", "eenzaamheid",
      "wanhoop", "uitgeblust", "opgebrand", "murw", "moedeloos", "radeloos", "hulpeloos",
      "overweldigd", "overbelast", "overspoeld", "overvraagd", "ontmoedigd", "gedemotiveerd", "teleurgesteld",
      "onveilig", "ongezien", "ongehoord", "afgewezen", "achtergesteld", "benadeeld", "gepasseerd", "bezorgd",
      "ongerust", "angstig", "bang", "paniekerig", "gejaagd", "opgejaagd", "rusteloos", "slapeloos", "ontredderd",
      "verscheurd", "verward", "verbijsterd", "perplex", "sprakeloos", "boos", "woest", "witheet", "ziedend",
      "laaiend", "kwaad", "verontwaardigd", "gepikeerd", "geprikkeld", "lichtgeraakt", "prikkelbaar", "verslagen",
      "terneergeslagen", "neerslachtig", "depressief", "triest", "treurig", "verdrietig", "intriest", "zielig",
      "kapot", "gebroken", "ontroostbaar", "jaloers", "afgunstig", "wantrouwend", "sceptisch", "argwanend",
      "huiverig", "terughoudend", "onzeker", "twijfelachtig", "schuldig", "tekortgeschoten", "ontgoocheld",
      "bedrukt", "zwaarmoedig", "moe", "doodmoe", "uitgeput", "afgepeigerd", "gesloopt", "vermoeid",
      "overvallen", "overdonderd", "overrompeld", "beduusd", "verbouwereerd", "ontsteld", "geschrokken",
      "onrustig", "ongeduldig", "gefrustreerde", "kwetsbaar", "eenzaam", "geisoleerd", "buitenspel",
      "verlaten", "miskend", "genegeerd", "gekwetst", "gegriefd", "beledigd", "gedupeerd",
    ],
    // More feeling judgements ("dat lijkt me uitputtend voor u", "dat klinkt slopend").
    "gevoelsoordeel": [
      "uitputtend", "slopend", "zwaar", "loodzwaar", "vermoeiend", "eenzaam", "beangstigend", "eng", "pijnlijk",
      "ingrijpend", "intens", "heftig", "hels", "afschuwelijk", "verschrikkelijk", "naar", "rot", "klote",
      "kut", "stom", "balen", "zuur", "bitter", "wrang", "kwetsend", "vernederend", "beschamend", "gênant",
      "genant", "ontmoedigend", "frustrerend", "tenenkrommend", "benauwend", "verstikkend", "onzeker",
      "onrustig", "machteloos", "onmachtig", "uitzichtloos", "hopeloos", "moeizaam", "taai", "lastig",
      "onverteerbaar", "onbegrijpelijk", "schrijnend", "triest", "treurig", "verdrietig", "tragisch",
      "schrikken", "ontnuchterend", "teleurstellend", "stressvol", "spannend", "zenuwslopend", "onoverzichtelijk",
      "verwarrend", "dubbel", "onwerkelijk", "zwaarder", "moeilijker", "lastiger", "erger",
    ],
    // Verbs of feeling with the other as subject ("dat u zich schaamt", "dat u ermee worstelt").
    "gevoelswerkwoord": [
      "schaamt", "schamen", "schaamde", "ergert", "ergeren", "ergerde", "baalt", "balen", "baalde", "piekert",
      "piekeren", "piekerde", "tobt", "tobben", "tobde", "worstelt", "worstelen", "worstelde", "lijdt", "lijden",
      "leed", "schrikt", "schrok", "schrokken", "twijfelt", "twijfelen", "twijfelde", "vreest", "vrezen",
      "vreesde", "wanhoopt", "treurt", "rouwt",
      "opwindt", "opwinden", "onthutst", "verbaast", "verbazen", "verbaasde",
    ],
    // Verbs of blame: with the other person as subject, a judgement ("Jij verpest de sfeer.").
    "verwijtwerkwoord": [
      "verpest", "verpesten", "verpestte", "verziekt", "verzieken", "verziekte", "saboteert", "saboteren",
      "ondermijnt", "ondermijnen", "ondermijnde", "tegenwerkt", "tegenwerken", "dwarsligt",
      "dwarsliggen", "dwarsbomen", "dwarsboomt", "negeert", "negeren", "negeerde", "verwaarloost",
      "verwaarlozen", "verwaarloosde", "verwent", "verwennen", "verwende", "vertroetelt", "pampert", "pamperen",
      "liegt", "liegen", "loog", "jokt", "jokken", "manipuleert", "manipuleren", "treitert", "treiteren",
      "kleineert", "kleineren", "ontloopt", "ontlopen", "ontwijkt", "ontwijken", "afschuift", "afschuiven",
      "goedpraat", "goedpraten", "vergoelijkt", "vergoelijken", "bagatelliseert", "verdraait",
      "verdraaien", "zeurt", "zeuren", "zanikt", "zaniken", "moppert", "mopperen", "dramt", "drammen",
      "klaagt", "klagen", "overdrijft", "overdrijven", "verknoeit", "verknoeien", "verprutst", "verprutsen",
      "verslonst", "verslonzen", "lanterfant", "lanterfanten", "luiert", "luieren", "spijbelt", "spijbelen",
      "rotzooit", "rotzooien", "klooit", "klooien", "kliert", "klieren", "etterd", "ettert", "etteren",
      "provoceert", "provoceren", "uitdaagt", "uitdagen", "schreeuwt", "schreeuwen", "scheldt", "schelden",
      "uitscheldt", "uitschelden", "beschuldigt", "beschuldigen", "verwijt", "verwijten", "ondergraaft",
      "ondergraven", "sloopt", "slopen", "misbruikt", "misbruiken", "verspilt",
      "verspillen", "verdoet", "verdoen", "vergooit", "vergooien", "treuzelt", "treuzelen", "kletst",
      "kletsen", "kletste", "kwebbelt", "kwebbelen", "ouwehoert", "ouwehoeren",
      "onderschat", "onderschatten", "onderschatte", "overschat", "overschatten", "miskent", "miskennen",
      // Laziness, rudeness, exaggeration, interference, negligence, dishonesty.
      "lummelt", "lummelen", "nikst", "niksen", "lijntrekt", "lijntrekken", "slabakt", "slabakken", "versloft",
      "versloffen", "verzaakt", "verzaken", "verzuimt", "verzuimen", "snauwt", "snauwen", "snauwde", "afsnauwt",
      "beledigt", "beledigen", "beledigde", "brutaliseert", "dramatiseert", "dramatiseren", "opblaast",
      "opblazen", "aandikt", "aandikken", "betuttelt", "betuttelen", "pusht", "pushen", "bedriegt", "bedriegen",
      "sjoemelt", "sjoemelen", "smoest", "smoezen", "verzwijgt", "verzwijgen", "verzweeg", "achterhoudt",
      "achterhouden", "verdoezelt", "verdoezelen", "verbloemt", "verbloemen",
    ],
    // Verbs of duties at home and at school: with "nooit" or "nergens" a habitual failure ("Hij kijkt nooit
    // zijn werk na.").
    "gewoonte": [
      "doet", "doen", "deed", "kijkt", "kijken", "keek", "maakt", "maken", "maakte", "leert", "leren", "leerde",
      "luistert", "luisteren", "luisterde", "let", "letten", "lette", "werkt", "werken", "werkte", "leest", "lezen",
      "las", "reageert", "reageren", "reageerde", "belt", "bellen", "belde", "brengt", "brengen", "bracht", "ruimt",
      "ruimen", "levert", "leveren", "controleert", "controleren", "oefent", "oefenen", "helpt", "helpen", "hielp",
      "neemt", "nemen", "nam", "houdt", "houden", "hield", "plant", "plannen", "denkt", "denken", "vraagt",
      "vragen", "checkt", "tekent", "ondertekent", "opent", "beantwoordt", "stopt", "zegt", "meldt",
    ],
    // Praise words: "U bent altijd zo meegaand geweest".
    "lof": [
      "meegaand", "meegaande", "cooperatief", "behulpzaam", "flexibel", "flexibele", "geduldig", "geduldige",
      "attent", "attente", "zorgvuldig", "zorgvuldige", "positief", "positieve", "constructief", "redelijk",
    ],
    // Small words between a verb and its complement ("dat hoort nu eenmaal zo").
    "versterker": ["eenmaal", "rustig", "gerust"],
    // Judgements of a person's character or attitude: with the other person as subject, a jij-boodschap
    // ("Uw zoon is ontzettend slordig.", "dat u zo star bent"). Feelings (boos, bang, moe) are not judgements.
    "negatief": [
      "lui", "slordig", "brutaal", "onredelijk", "ongeinteresseerd", "ongemotiveerd", "ongeconcentreerd",
      "onverschillig", "onbeleefd", "onbeschoft", "respectloos", "arrogant", "eigenwijs", "koppig", "egoistisch",
      "egocentrisch", "verwend", "naief", "star", "dwars", "ongezeglijk", "opstandig", "recalcitrant", "grof",
      "agressief", "gemeen", "vals", "achterbaks", "oneerlijk", "leugenachtig", "onbetrouwbaar",
      "onverantwoordelijk", "onvolwassen", "kinderachtig", "dom", "stom", "sloom", "laks", "nonchalant",
      "ongeorganiseerd", "chaotisch", "nalatig", "overbeschermend", "bemoeizuchtig", "betuttelend", "dominant",
      "drammerig", "zeurderig", "veeleisend", "ondankbaar", "onhandig", "incompetent", "onkundig", "ongeschikt",
      "onbekwaam", "ordinair", "asociaal", "baldadig", "storend", "irritant", "schijnheilig", "hypocriet",
      "overdreven", "hysterisch", "paranoide", "passief", "gemakzuchtig", "luidruchtig", "ongehoorzaam", "bot",
      "kortaf", "onaardig", "onvriendelijk", "onsympathiek", "uitdagend", "provocerend", "manipulatief",
      "berekenend", "inconsequent", "slap", "verwaand", "zelfingenomen", "zelfzuchtig", "lomp", "onattent",
      "onoplettend", "ongemanierd", "onopgevoed", "onhebbelijk", "ongepast", "tegendraads", "obstinaat",
      "weerbarstig", "dwarsliggend", "ongeinspireerd", "laf", "wispelturig", "onbehoorlijk", "onfatsoenlijk",
      "vijandig", "afwijzend", "negatief", "destructief", "narcistisch", "bazig", "hooghartig", "neerbuigend",
      "kleinzielig", "bekrompen", "kortzichtig", "blind", "doof", "traag", "lamlendig", "apathisch", "futloos",
      "onbereikbaar", "onbenaderbaar",
      // Laziness, rudeness, unreliability, indifference, exaggeration, interference, negligence, dishonesty.
      "vadsig", "onbeschaamd", "vrijpostig", "snauwerig", "stuurs", "nors", "onbeschaafd", "schaamteloos",
      "tactloos", "ongeloofwaardig", "onverantwoord", "lauw", "laconiek", "theatraal", "overgevoelig",
      "opdringerig", "controlerend", "dwingend", "pusherig", "overbezorgd", "onzorgvuldig", "achteloos",
      "onachtzaam", "onnadenkend", "geniepig", "sluw", "gluiperig", "onoprecht", "huichelachtig",
      "ongeduldig", "hardleers", "onhandelbaar", "onuitstaanbaar", "onmogelijk", "onbuigzaam", "halsstarrig",
      "rigide", "betweterig", "wereldvreemd", "onnozel",
    ],
    // Counts written in figures, for figures as proof ("24 van de 28 leerlingen").
    "aantal": (2...40).map(String.init),
    // Sanctions after a condition ("..., anders schrijf ik dit op").
    "dreiging": [
      "ongeldig", "aantekening", "afpakken", "strafregel", "strafregels", "strafcorvee", "corvee", "schorst",
      "schors", "uitsluiting", "wegsturen",
    ],
  ]
}
