/// One question of the preparation the card box asks for before a parent conversation.
public enum PreparationQuestion: String, CaseIterable, Codable, Sendable {
  case doel
  case ouder
  case opening
  case leerling
  case moment
  case daarna

  /// The question as the trainee reads it.
  public var question: String {
    switch self {
    case .doel: "Wat is het doel van dit gesprek?"
    case .ouder: "Wat verwacht deze ouder van het gesprek, en wat zal hij of zij voelen?"
    case .opening: "Hoe open je het gesprek? Typ je openingszin."
    case .leerling: "Betrek je de leerling, en hoe (erbij, vooraf, achteraf)?"
    case .moment: "Wanneer kan deze ouder naar school komen?"
    case .daarna:
      "Wat heb je direct na het gesprek gepland? (Een les meteen na een zwaar gesprek is iets om over na te denken.)"
    }
  }

  /// A short label for the report.
  public var label: String {
    switch self {
    case .doel: "Doel van het gesprek"
    case .ouder: "Wat de ouder verwacht en voelt"
    case .opening: "Openingszin"
    case .leerling: "De leerling"
    case .moment: "Wanneer de ouder kan komen"
    case .daarna: "Direct na het gesprek"
    }
  }
}
