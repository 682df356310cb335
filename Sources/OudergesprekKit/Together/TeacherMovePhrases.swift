/// Plain Dutch phrases for what the teacher does, spoken to the colleague who plays the parent.
///
/// `present` fits after "als de docent …" (verb last); `past` fits after "De docent …".
enum TeacherMovePhrases {
  /// "je gevoel benoemt (gevoelsreflectie)": for a selector in a scenario's transition.
  static func present(_ selector: MarkerSelector) -> String {
    switch selector {
    case .marker(let marker): present(marker)
    case .family(.luisteren): "echt luistert (gevoelsreflectie, parafrase, samenvatting, open vraag, aanmoediging)"
    case .family(.blokkade): "een blokkade opwerpt (zoals adviseren, geruststellen, moraliseren of bevelen)"
    case .family(.afronding): "naar een afronding werkt (het einde aankondigen, een vervolgafspraak, bedanken)"
    case .family(.ikBoodschap): present(.ikBoodschap)
    case .family(.jijBoodschap): present(.jijBoodschap)
    case .neutral: "niets zegt wat je raakt"
    }
  }

  /// "je gevoel benoemt (gevoelsreflectie)": for a marker in a scenario's transition (from `MarkerKnowledge`).
  static func present(_ marker: Marker) -> String { marker.knowledge.colleaguePresent }

  /// "benoemde je gevoel (gevoelsreflectie)": for a marker the analyser found in the teacher's reply.
  static func past(_ marker: Marker) -> String { marker.knowledge.colleaguePast }

  /// "a, b of c" (or "en"): a Dutch list.
  static func list(_ items: [String], last conjunction: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
  }
}
