extension MarkerKnowledge {
  /// The ik-boodschap and the jij-boodschap.
  static let messages: [MarkerKnowledge] = [
    MarkerKnowledge(
      .ikBoodschap, name: "ik-boodschap",
      explanation:
        "je spreekt vanuit jezelf over een concrete situatie en noemt minstens twee van de drie delen",
      example:
        "Als Daan tijdens de uitleg op zijn telefoon zit, kan ik niet goed lesgeven en dat vind ik vervelend.",
      praise: "je spreekt vanuit jezelf",
      colleague: "vanuit zichzelf spreekt (ik-boodschap)", past: "sprak vanuit zichzelf (ik-boodschap)"),
    MarkerKnowledge(
      .jijBoodschap, name: "jij-boodschap",
      explanation: "een oordeel of verwijt met de ander als onderwerp: u, jij, jullie, uw zoon of dochter",
      example: "U luistert nooit.",
      advice:
        "Dit is een jij-boodschap: zeg wat jij ziet en wat het met jou doet (ik-boodschap), zonder oordeel over de ander.",
      alternative: "Wanneer [concreet gedrag], dan [gevolg voor mij of de klas], en dat vind ik lastig.",
      colleague: "je iets verwijt (jij-boodschap)", past: "verweet je iets (jij-boodschap)",
      rudeInClosing: true, blames: true),
  ]
}
