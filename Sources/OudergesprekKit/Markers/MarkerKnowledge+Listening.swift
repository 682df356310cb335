extension MarkerKnowledge {
  /// The markers of active listening.
  static let listening: [MarkerKnowledge] = [
    MarkerKnowledge(
      .parafrase, name: "parafrase",
      explanation: "je zegt in je eigen woorden wat de ouder vertelde",
      example: "Dus u zegt dat hij thuis wel aan zijn huiswerk zit?",
      praise: "je zegt in eigen woorden wat je hoort (parafrase)",
      colleague: "in eigen woorden herhaalt wat je zegt (parafrase)",
      past: "herhaalde in eigen woorden wat je zei (parafrase)"),
    MarkerKnowledge(
      .gevoelsreflectie, name: "gevoelsreflectie",
      explanation: "je benoemt het gevoel van de ouder (of van de leerling aan tafel)",
      example: "Ik hoor dat u zich zorgen maakt.",
      praise: "je benoemt het gevoel van de ouder (gevoelsreflectie)",
      colleague: "je gevoel benoemt (gevoelsreflectie)", past: "benoemde je gevoel (gevoelsreflectie)"),
    MarkerKnowledge(
      .samenvatting, name: "samenvatting",
      explanation: "je vat een paar punten van het gesprek samen",
      example: "Als ik het even samenvat: de cijfers zijn gezakt en thuis merkt u dat hij moe is.",
      praise: "je vat samen (samenvatting)",
      colleague: "samenvat wat je vertelde (samenvatting)", past: "vatte samen wat je vertelde (samenvatting)"),
    MarkerKnowledge(
      .openVraag, name: "open vraag",
      explanation: "een uitnodigende vraag die je niet met ja of nee beantwoordt",
      example: "Hoe ziet u dat?",
      praise: "je stelt een open vraag",
      colleague: "een open vraag stelt", past: "stelde een open vraag"),
    MarkerKnowledge(
      .aanmoediging, name: "aanmoediging",
      explanation: "een klein signaal dat je luistert, zodat de ouder doorpraat",
      example: "Hm-hm.",
      praise: "je moedigt aan om verder te vertellen",
      colleague: "je aanmoedigt verder te vertellen (aanmoediging)",
      past: "moedigde je aan verder te vertellen (aanmoediging)"),
  ]
}
