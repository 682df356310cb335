/// The one-line Dutch feedback on a reply: what it did well and one concrete next step.
public enum ReplyFeedback {
  /// "Goed: … ." followed by one next step; only the next step when nothing went well.
  public static func line(for analysis: ReplyAnalysis) -> String {
    let praise = strengths(of: analysis)
    let step = nextStep(for: analysis)
    guard !praise.isEmpty else { return step }
    return "Goed: \(praise.joined(separator: ", ")). \(step)"
  }

  /// What the reply did well, in the teacher's terms, most valuable first.
  public static func strengths(of analysis: ReplyAnalysis) -> [String] {
    var praise: [String] = []
    let markers = analysis.markerSet
    if markers.contains(.ikBoodschap) {
      let own = Marker.ikBoodschap.knowledge.praise ?? ""
      praise.append("\(own) (ik-boodschap met \(partList(analysis.iMessageParts)))")
    } else if !analysis.iMessageParts.isEmpty && !markers.contains(.jijBoodschap) {
      praise.append("je begint een ik-boodschap (\(partList(analysis.iMessageParts)))")
    }
    for marker in Marker.allCases where markers.contains(marker) && marker != .ikBoodschap {
      if let text = marker.knowledge.praise { praise.append(text) }
    }
    return praise
  }

  /// One concrete suggestion, most important first.
  public static func nextStep(for analysis: ReplyAnalysis) -> String {
    let markers = analysis.markerSet
    if markers.contains(.jijBoodschap) {
      return Marker.jijBoodschap.knowledge.advice ?? ""
    }
    if let blockade = analysis.blockades.first {
      return blockade.knowledge.advice ?? "Dit is een blokkade; laat eerst merken dat je de ouder hoort."
    }
    if let missing = analysis.missingIMessageParts.first, !analysis.iMessageParts.isEmpty {
      let name = markers.contains(.ikBoodschap) ? "Je ik-boodschap" : "Je begin van een ik-boodschap"
      return "\(name) mist \(partQuestion(missing))"
    }
    if markers.contains(.ikBoodschap) {
      return "Sterk: een volledige ik-boodschap. Laat nu ruimte voor de reactie van de ouder en luister actief."
    }
    if markers.contains(.gevoelsreflectie) && !markers.contains(.openVraag) {
      return "Laat na het benoemen van het gevoel een stilte vallen, of vraag door met een open vraag."
    }
    if (markers.contains(.parafrase) || markers.contains(.samenvatting)) && !markers.contains(.openVraag) {
      return "Check of het klopt (\"Klopt dat?\") en vraag wat de ouder nodig heeft."
    }
    if markers.contains(.openVraag) || markers.contains(.aanmoediging) {
      return "Luister naar het antwoord en benoem daarna wat je hoort of voelt (parafrase of gevoelsreflectie)."
    }
    if markers.contains(.afrondingAankondigen) && !markers.contains(.vervolgafspraak) {
      return "Maak bij het afronden een concrete vervolgafspraak: wie doet wat, en wanneer?"
    }
    if markers.contains(where: { $0.family == .afronding }) {
      return "Vat bij het afsluiten kort samen wat jullie hebben afgesproken."
    }
    return "Probeer actief te luisteren: benoem het gevoel van de ouder of vat samen wat je hoort."
  }

  private static func partList(_ parts: [IMessagePart]) -> String {
    let names = parts.sorted().map(\.rawValue)
    guard let last = names.last, names.count > 1 else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " en " + last
  }

  private static func partQuestion(_ part: IMessagePart) -> String {
    switch part {
    case .gedrag: "het gedrag: wat zie of hoor je precies gebeuren?"
    case .gevolg: "het gevolg: wat doet dit gedrag met jou of met de klas?"
    case .gevoel: "je gevoel: wat voel jij erbij (bijvoorbeeld 'ik maak me zorgen')?"
    }
  }
}
