/// The one-line Dutch feedback on a reply: what it did well and one concrete next step.
public enum ReplyFeedback {
  public static func line(for analysis: ReplyAnalysis) -> String {
    let found = analysis.markers.map(\.dutchName)
    let summary = found.isEmpty ? "geen gespreksmarkers herkend" : found.joined(separator: ", ")
    return "\(summary). \(nextStep(for: analysis))"
  }

  /// One concrete suggestion, most important first.
  public static func nextStep(for analysis: ReplyAnalysis) -> String {
    let markers = analysis.markerSet
    if markers.contains(.jijBoodschap) {
      return
        "Dit is een jij-boodschap: zeg wat jij ziet en wat het met jou doet (ik-boodschap), zonder oordeel over de ander."
    }
    if let blockade = analysis.blockades.first {
      return blockadeAdvice[blockade] ?? "Dit is een blokkade; laat eerst merken dat je de ouder hoort."
    }
    if !markers.contains(.ikBoodschap) && !analysis.iMessageParts.isEmpty {
      let missing = analysis.missingIMessageParts.map(partQuestion).joined(separator: " en ")
      return "Goed begin van een ik-boodschap; nog niet compleet: \(missing)"
    }
    if markers.contains(.ikBoodschap) {
      if analysis.missingIMessageParts.isEmpty { return "Sterk: een volledige ik-boodschap." }
      return
        "Goede ik-boodschap; compleet wordt hij met \(analysis.missingIMessageParts.map(partQuestion).joined(separator: " en "))"
    }
    if markers.contains(.gevoelsreflectie) {
      return "Goed: je benoemt het gevoel. Laat daarna ruimte, of vraag door met een open vraag."
    }
    if markers.contains(.parafrase) || markers.contains(.samenvatting) {
      return "Goed: je laat horen dat je het begrijpt. Check of het klopt en vraag wat de ouder nodig heeft."
    }
    if markers.contains(.openVraag) {
      return "Goed: een open vraag nodigt uit. Luister en vat daarna samen wat je hoort."
    }
    if markers.contains(.aanmoediging) {
      return "Je houdt de ouder aan het woord. Benoem straks wat je hoort of voelt."
    }
    if markers.contains(where: { $0.family == .afronding }) {
      return "Je werkt naar een afronding; maak afspraken concreet: wie, wat, wanneer."
    }
    return "Probeer actief te luisteren: benoem het gevoel van de ouder of vat samen wat je hoort."
  }

  private static func partQuestion(_ part: IMessagePart) -> String {
    switch part {
    case .gedrag: "het gedrag (wat zie of hoor je precies?)"
    case .gevolg: "het gevolg (wat doet dit gedrag met jou of met de klas?)"
    case .gevoel: "je gevoel (wat voel jij erbij?)"
    }
  }

  static let blockadeAdvice: [Marker: String] = [
    .bevelen: "Dit is bevelen; zeg liever wat jij nodig hebt om het gesprek te kunnen voeren (ik-boodschap).",
    .waarschuwen: "Dit is waarschuwen of dreigen; benoem liever wat je zorgen baart, zonder dreigement.",
    .moraliseren: "Dit is moraliseren; een preek maakt de ouder defensief. Vraag hoe de ouder het ziet.",
    .adviseren: "Dit is adviseren; probeer eerst te laten merken dat je de zorg hoort.",
    .argumenteren: "Dit is argumenteren; met feiten win je geen gesprek. Erken eerst wat de ouder voelt.",
    .bekritiseren: "Dit is bekritiseren; een oordeel sluit het gesprek af. Beschrijf gedrag zonder oordeel.",
    .prijzen: "Dit is prijzen om te sturen; de ouder voelt zich gemanipuleerd. Wees oprecht en concreet.",
    .etiketteren: "Dit is etiketteren; een label kwetst. Beschrijf wat je ziet in plaats van wie iemand is.",
    .interpreteren: "Dit is interpreteren; je vult in wat de ander denkt. Vraag het liever.",
    .geruststellen: "Dit is geruststellen; het voelt als wegwuiven. Benoem eerst de zorg (gevoelsreflectie).",
    .ondervragen:
      "Dit is ondervragen; veel vragen achter elkaar voelen als een verhoor. Stel één open vraag en luister.",
    .afleiden: "Dit is afleiden; de ouder voelt zich niet serieus genomen. Blijf bij het onderwerp van de ouder.",
  ]
}
