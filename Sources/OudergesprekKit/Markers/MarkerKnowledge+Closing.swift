extension MarkerKnowledge {
  /// The markers of a professional ending.
  static let closing: [MarkerKnowledge] = [
    MarkerKnowledge(
      .afrondingAankondigen, name: "afronding aankondigen",
      explanation: "je zegt dat het gesprek afloopt",
      example: "Ik stel voor dat we het gesprek nu afronden.",
      praise: "je kondigt de afronding duidelijk aan",
      colleague: "aankondigt dat het gesprek afloopt", past: "kondigde aan dat het gesprek afloopt"),
    MarkerKnowledge(
      .vervolgafspraak, name: "vervolgafspraak",
      explanation: "een concrete volgende stap: wanneer, hoe en met wie",
      example: "Ik bel u donderdag terug.",
      praise: "je maakt een concrete vervolgafspraak",
      colleague: "een vervolgafspraak voorstelt", past: "stelde een vervolgafspraak voor"),
    MarkerKnowledge(
      .bedanken, name: "bedanken",
      explanation: "je bedankt de ouder",
      example: "Dank u wel voor uw komst.",
      praise: "je bedankt de ouder",
      colleague: "je bedankt", past: "bedankte je"),
  ]
}
