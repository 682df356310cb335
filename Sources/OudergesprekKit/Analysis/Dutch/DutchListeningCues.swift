/// Dutch cues for the five markers of actief luisteren.
enum DutchListeningCues {
  static let rules: [CueRule] = [
    CueRule(
      .marker(.gevoelsreflectie), "Je benoemt het gevoel van de ander.",
      patterns: [
        // u bent boos; u klinkt teleurgesteld; je voelt je buitengesloten
        "@jij bent|lijkt|klinkt|wordt|raakt|was|werd|leek|raakte|zijn|lijken|klinken|voelt|voelen|voelde @zich? @versterker? @versterker? @versterker? @gevoel|@gevoelsoordeel",
        "bent|lijkt|klinkt|voelt|raakt|wordt|was|zijn|werd @jij @zich? @versterker? @versterker? @versterker? @gevoel",
        // (dat) u zich buitengesloten voelt; dat u geschrokken bent
        "@jij @zich? @versterker? @versterker? @gevoel voelt|voelen|voelde|bent|is|zijn|was|raakt|wordt|werd|geworden",
        // u maakt zich zorgen; u heeft er moeite mee
        "@jij maakt|maakte|maken @zich @versterker? @versterker? @versterker? zorgen",
        "maakt|maken @jij @zich @versterker? @versterker? zorgen",
        "@jij @zich @versterker? @versterker? zorgen maakt|maken|maakte",
        "@jij heeft|hebt|hebben|had @versterker? @versterker? zorgen|moeite|verdriet|pijn|spijt|last",
        // dat klinkt frustrerend; wat vervelend voor u; dat moet moeilijk zijn
        "dat|het|dit klinkt|lijkt|voelt @versterker? @versterker? @gevoel|@gevoelsoordeel",
        "klinkt|lijkt|voelt dat|het @versterker? @versterker? @gevoel|@gevoelsoordeel",
        "^ wat @versterker? @gevoelsoordeel|@gevoel voor @jij|jou",
        "dat|het moet @versterker? @versterker? @gevoelsoordeel|@gevoel zijn|geweest|voor",
        // ik hoor / zie / merk / begrijp dat u ... boos
        "ik hoor|zie|merk|begrijp|snap|voel|proef|lees @versterker? dat @jij ... @gevoel|@gevoelsoordeel",
        "hoor|zie|merk|begrijp|snap ik @versterker? dat @jij ... @gevoel|@gevoelsoordeel",
        "voorstellen dat ... @gevoel|@gevoelsoordeel",
        "alsof @jij ... @gevoel",
        "lijkt|klinkt of @jij ... @gevoel",
        "@jij ... niet gehoord|gezien|begrepen|gesteund|gewaardeerd|gerespecteerd",
        "@jij ... niet serieus genomen",
        "in de steek gelaten",
        "begrijpelijk|logisch|terecht|voorstelbaar dat @jij ... @gevoel",
        // dat raakt u; dat heeft u geraakt
        "raakt|raakte|kwetst|kwetste|raken @jij",
        "heeft|hebben @jij @versterker? @versterker? geraakt|gekwetst|pijn",
      ],
      unless: ["hoeft|hoef|hoeven"],
      negationCancels: true),
    CueRule(
      .marker(.parafrase), "Je zegt in eigen woorden wat de ander bedoelt.",
      patterns: [
        "^ dus @jij zegt|bedoelt|vindt|wilt|denkt|vraagt|geeft|merkt|ziet|hoort|hebt|heeft|bent|voelt|zou",
        "^ dus @naam|hij|ze|zij",
        "^ dus als ik",
        "@jij zegt|bedoelt|vindt|wilt|denkt|merkt|geeft|ziet|vraagt|ervaart dus",
        "@jij bedoelt|bedoel|bedoelen",
        "^ @jij zegt|vertelt|geeft @versterker? dat",
        "@jij geeft aan dat",
        "als ik @jij|het|jou|jullie @versterker? goed begrijp|hoor|begrepen|gehoord|versta|heb|volg|samenvat",
        "met|in andere woorden",
        "maw",
        "anders gezegd",
        "begrijp|hoor|zie ik @jij|het? @versterker? goed dat",
        "heb ik @jij|het @versterker? goed begrepen|gehoord",
        "klopt het dat @jij|hij|ze",
        "wat ik @jij|jou? hoor zeggen",
        "als ik @jij|jou zo hoor",
        "volgens @jij dus",
        "^ dus volgens @jij",
        "zegt @jij eigenlijk",
        "wat @jij eigenlijk zegt",
      ],
      suppresses: [.bekritiseren]),
    CueRule(
      .marker(.samenvatting), "Je vat meerdere punten van het gesprek samen.",
      patterns: [
        "samengevat", "samenvattend", "kortom",
        "om samen te vatten",
        "samenvat|samenvatten|samenvatting",
        "ik vat|vatte @versterker? @versterker? samen",
        "op een rij|rijtje",
        "we hebben @versterker? @versterker? @versterker? gehad|gesproken over",
        "we hebben het @versterker? @versterker? gehad|gesproken over",
        "tot nu toe hebben we",
        "we spreken|spraken @versterker? af dat ... en",
        "we hebben afgesproken dat ... en",
        "alles bij elkaar",
      ]),
    CueRule(
      .marker(.openVraag), "Je stelt een open vraag die uitnodigt om te vertellen.",
      patterns: [
        "kunt|kan|kun|wilt|wil|zou|zoudt|mag @jij|ik ... vertellen|uitleggen|beschrijven|toelichten|schetsen|aangeven|zeggen|vertelt|vragen",
        "^ vertel|vertelt|beschrijf|schets @jij? eens|me|mij|meer|wat|iets|hoe|wat|daar|er",
        "ik ben @versterker? @versterker? benieuwd naar|hoe|wat|wie|waar",
        "ik vraag|vroeg me|mij af hoe|wat|wie|waar",
        "ik zou @versterker? graag willen? horen|weten hoe|wat",
        "^ en @jij $",
      ]),
    CueRule(
      .marker(.openVraag), "Je stelt een open vraag die uitnodigt om te vertellen.",
      patterns: [
        "^ hoe|wat|welke|welk|wie|waar|wanneer|waardoor|waarover|waarmee|waarin|hoezo|waaraan|waarop|waarvan|waarbij",
        "^ in hoeverre",
      ],
      unless: [
        "^ wat fijn|goed|leuk|mooi|jammer|vervelend|naar|knap|een|heerlijk|vreselijk|rot|erg|fantastisch|prima|lief|fijne|goede|leuke|gezellig|attent|aardig|bijzonder|zonde|raar|vreemd|sneu|rottig|naar|moedig",
        "^ wat|hoe|waar|wanneer ik|u|hij|ze|zij|we|wij|jullie|je|jij",
        "^ wat als",
        "^ hoe dan ook",
        "^ hoe laat|oud",
        "^ wanneer is|was|begint|start|eindigt",
      ],
      sentence: .question),
    CueRule(
      .marker(.aanmoediging), "Je moedigt de ander aan om verder te vertellen.",
      patterns: [
        "hmhm|mhm|mmhm|hmhmm|mmm|mmmm|uhhuh|ahum|mhmm|hmhmhm|uhu|mmmhm",
        "^ hm|hmm|mm|aha|ahaa|juist|precies|ja|ok|oke|zo|och $",
        "^ ga|gaat @jij? @versterker? door|verder",
        "^ vertel|vertelt @jij? @versterker? verder|door",
        "^ ik luister",
        "ik luister naar @jij|jou",
        "^ ik snap|begrijp|hoor|volg het|u|je|jou $",
        "^ en toen|verder|dan|daarna $",
        "zeg het maar",
        "^ neem|neemt @jij? @versterker? rustig? de|uw|je tijd",
        "een en al oor",
        "ik hoor @jij $",
        "ik ben er voor @jij $",
      ],
      negationCancels: true),
  ]
}
