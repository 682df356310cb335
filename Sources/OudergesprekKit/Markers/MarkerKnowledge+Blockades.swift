extension MarkerKnowledge {
  /// Gordon's twelve roadblocks.
  static let blockades: [MarkerKnowledge] = [
    MarkerKnowledge(
      .bevelen, name: "bevelen",
      explanation: "zeggen wat de ander moet doen",
      example: "U moet nu echt rustig worden.",
      advice: "Dit is bevelen; zeg liever wat jij nodig hebt om het gesprek te kunnen voeren (ik-boodschap).",
      alternative:
        "Ik wil graag goed naar u luisteren; dat lukt me beter als we rustig praten. Wat is voor u nu het belangrijkste?",
      colleague: "je iets opdraagt (bevelen)", past: "droeg je iets op (bevelen)", rudeInClosing: true),
    MarkerKnowledge(
      .waarschuwen, name: "waarschuwen",
      explanation: "dreigen met een straf of maatregel van jou of de school",
      example: "Als u zo doorgaat, wordt hij geschorst.",
      advice: "Dit is waarschuwen of dreigen; benoem liever wat je zorgen baart, zonder dreigement.",
      alternative: "Ik maak me zorgen over hoe het nu gaat. Hoe kijkt u daar zelf tegenaan?",
      colleague: "waarschuwt of dreigt (waarschuwen)", past: "waarschuwde of dreigde (waarschuwen)",
      rudeInClosing: true),
    MarkerKnowledge(
      .moraliseren, name: "moraliseren",
      explanation: "preken over wat hoort",
      example: "Als ouder hoort u te weten waar uw kind is.",
      advice: "Dit is moraliseren; een preek maakt de ouder defensief. Vraag hoe de ouder het ziet.",
      alternative: "Hoe ziet u dat zelf?",
      colleague: "je de les leest (moraliseren)", past: "las je de les (moraliseren)",
      rudeInClosing: true, blames: true),
    MarkerKnowledge(
      .adviseren, name: "adviseren",
      explanation: "een oplossing aandragen voordat het probleem gehoord is",
      example: "Misschien moet u zijn telefoon 's avonds innemen.",
      advice: "Dit is adviseren; probeer eerst te laten merken dat je de zorg hoort.",
      alternative: "U heeft vast al van alles geprobeerd. Wat heeft u tot nu toe gedaan, en wat werkte?",
      colleague: "ongevraagd advies geeft (adviseren)", past: "gaf ongevraagd advies (adviseren)"),
    MarkerKnowledge(
      .argumenteren, name: "argumenteren",
      explanation: "de ander met feiten en logica overtuigen",
      example: "De cijfers liegen niet: een 4,2 is gewoon onvoldoende.",
      advice: "Dit is argumenteren; met feiten win je geen gesprek. Erken eerst wat de ouder voelt.",
      alternative: "U ziet het anders dan ik. Vertelt u eens hoe u het ziet?",
      colleague: "met je in discussie gaat (argumenteren)", past: "ging met je in discussie (argumenteren)",
      rudeInClosing: true),
    MarkerKnowledge(
      .bekritiseren, name: "bekritiseren",
      explanation: "oordelen, beschuldigen",
      example: "Daar heeft u het zelf naar gemaakt.",
      advice: "Dit is bekritiseren; een oordeel sluit het gesprek af. Beschrijf gedrag zonder oordeel.",
      alternative: "Als ik zie dat [concreet gedrag], dan [gevolg], en daar maak ik me zorgen over.",
      colleague: "kritiek geeft (bekritiseren)", past: "gaf kritiek (bekritiseren)",
      rudeInClosing: true, blames: true),
    MarkerKnowledge(
      .prijzen, name: "prijzen",
      explanation: "een compliment om de ander te sturen",
      example: "U bent zo'n verstandige moeder, dus u begrijpt vast dat...",
      advice: "Dit is prijzen om te sturen; de ouder voelt zich gemanipuleerd. Wees oprecht en concreet.",
      alternative: "Wat heeft u van school nodig om hiermee verder te kunnen?",
      colleague: "je prijst om je te sturen (prijzen)", past: "prees je om je te sturen (prijzen)"),
    MarkerKnowledge(
      .etiketteren, name: "etiketteren",
      explanation: "een stempel opplakken of belachelijk maken",
      example: "U bent een typische curlingouder.",
      advice: "Dit is etiketteren; een label kwetst. Beschrijf wat je ziet in plaats van wie iemand is.",
      alternative: "Wat ik zie is [concreet gedrag]. Hoe ziet u dat?",
      colleague: "een etiket plakt (etiketteren)", past: "plakte een etiket (etiketteren)",
      rudeInClosing: true, blames: true),
    MarkerKnowledge(
      .interpreteren, name: "interpreteren",
      explanation: "zeggen wat er 'eigenlijk' achter zit",
      example: "U zegt dat alleen omdat u zich schuldig voelt.",
      advice: "Dit is interpreteren; je vult in wat de ander denkt. Vraag het liever.",
      alternative: "Ik weet niet zeker of ik u goed begrijp: wat bedoelt u precies?",
      colleague: "invult wat jij denkt (interpreteren)", past: "vulde in wat jij denkt (interpreteren)",
      rudeInClosing: true, blames: true),
    MarkerKnowledge(
      .geruststellen, name: "geruststellen",
      explanation: "sussen, beloven dat het goed komt",
      example: "Maakt u zich geen zorgen, het komt wel goed.",
      advice: "Dit is geruststellen; het voelt als wegwuiven. Benoem eerst de zorg (gevoelsreflectie).",
      alternative: "U maakt zich zorgen. Wat maakt u het meest ongerust?",
      colleague: "je zorg wegwuift met geruststelling (geruststellen)",
      past: "wuifde je zorg weg met geruststelling (geruststellen)"),
    MarkerKnowledge(
      .ondervragen, name: "ondervragen",
      explanation: "uithoren, een rij vragen of een waarom-vraag die verantwoording eist",
      example: "Waarom heeft u niet eerder gebeld? En wie zei dat dan?",
      advice:
        "Dit is ondervragen; veel vragen of een waarom-vraag voelen als een verhoor. Stel één open vraag en luister.",
      alternative: "Kunt u vertellen wat er gebeurd is?",
      colleague: "vraag na vraag stelt (ondervragen)", past: "stelde vraag na vraag (ondervragen)"),
    MarkerKnowledge(
      .afleiden, name: "afleiden",
      explanation: "het probleem kleiner maken of over iets anders beginnen",
      example: "Ach, dat is toch niet zo erg.",
      advice: "Dit is afleiden; de ouder voelt zich niet serieus genomen. Blijf bij het onderwerp van de ouder.",
      alternative: "Dit is belangrijk voor u. Vertelt u verder.",
      colleague: "over iets anders begint (afleiden)", past: "begon over iets anders (afleiden)"),
  ]
}
