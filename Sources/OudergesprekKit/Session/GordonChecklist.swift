/// Gordon's checklist for a parent conversation, for `/kaart`.
enum GordonChecklist {
  static let items = [
    "Luister eerst: benoem het gevoel van de ouder (gevoelsreflectie) en vat samen wat je hoort (parafrase).",
    "Stel open vragen: 'Hoe ziet u dat?', 'Wat is er gebeurd?' (geen waarom-vragen, geen verhoor).",
    "Spreek vanuit jezelf met een ik-boodschap: gedrag (wat zie je), gevolg (wat doet het), gevoel (wat voel je).",
    "Vermijd de twaalf blokkades: \(MarkerFamily.blokkade.markers.map(\.dutchName).joined(separator: ", ")).",
    "Houd emotionele afstand: de boosheid van de ouder gaat over de situatie, niet over jou.",
    "Betrek de leerling: wat vindt de leerling zelf, en wie vertelt de leerling wat er is afgesproken?",
    "Rond professioneel af: kondig het einde aan, vat samen, maak een concrete vervolgafspraak en bedank de ouder.",
  ]

  static func text(style: TextStyle) -> String {
    ([style.bold("Checklist (Gordon)")]
      + items.map { TextWrap.wrap("[ ] " + $0, indent: "  ", hangingIndent: "      ") }).joined(
        separator: "\n")
  }
}
