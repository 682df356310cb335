/// The points and the Dutch feedback for each criterion of the ending rubric.
enum EndingFeedback {
  static func points(for id: EndingCriterion.ID, words: EndingRubric.ClosingWords, kind: EndingKind) -> (Int, String) {
    let markers = words.markers
    let full = id.maxPoints
    switch id {
    case .afrondingAankondigen:
      return markers.contains(.afrondingAankondigen)
        ? (full, "Je kondigde duidelijk aan dat het gesprek stopt.")
        : (0, "Kondig het einde duidelijk aan, bijvoorbeeld: '\(Marker.afrondingAankondigen.knowledge.example)'")
    case .reden:
      return reason(words, full: full)
    case .samenvatting:
      if markers.contains(.samenvatting) {
        return (full, "Je vatte samen wat er besproken is; zo weet de ouder wat er is afgesproken.")
      }
      if markers.contains(.parafrase) {
        return (
          full / 2,
          "Je gaf een parafrase; vat aan het eind het hele gesprek en de afspraken samen: 'Samengevat spreken we af dat...'"
        )
      }
      return (0, "Vat samen wat jullie besproken en afgesproken hebben: 'Samengevat spreken we af dat...'")
    case .gevoelsreflectie:
      return markers.contains(.gevoelsreflectie)
        ? (full, "Je benoemde het gevoel van de ouder; zo voelt de ouder zich gehoord, ook nu het gesprek stopt.")
        : (
          0,
          "Erken het gevoel van de ouder, bijvoorbeeld: 'Ik zie dat dit u boos maakt' of 'Ik merk dat u zich zorgen maakt.'"
        )
    case .vervolgafspraak:
      if markers.contains(.vervolgafspraak) {
        return (full, "Je stelde een concrete volgende stap voor; de ouder weet wat er nu gebeurt.")
      }
      if words.agreedEarlier {
        return (
          full - 5,
          "Jullie spraken tijdens het gesprek al een concrete volgende stap af; herhaal die bij het afsluiten, dan weet de ouder zeker wat er nu gebeurt."
        )
      }
      return kind == .vroeg
        ? (
          0,
          "Stel een concrete volgende stap voor: wanneer, hoe en met wie (teamleider, zorgcoördinator, de leerling). Bijvoorbeeld: 'Zullen we volgende week dinsdag verder praten, met de teamleider erbij?'"
        )
        : (
          0,
          "Spreek af hoe het verder gaat: wie vertelt wie wat, en wanneer (terugkoppeling). Bijvoorbeeld: 'Ik bel u over twee weken hoe het gaat.'"
        )
    case .bedanken:
      return markers.contains(.bedanken)
        ? (full, "Je sloot beleefd af en bedankte de ouder.")
        : (0, "Sluit beleefd af: bedank de ouder voor de komst en voor het gesprek.")
    case .geenBlokkade:
      if words.isEmpty {
        return (0, "Je zei niets tot afsluiting; de ouder blijft zonder uitleg achter.")
      }
      let blockades = words.blockades
      guard !blockades.isEmpty else {
        return (full, "Je afsluiting bevatte geen blokkade of jij-boodschap.")
      }
      let names = blockades.map(\.dutchName).joined(separator: ", ")
      return (
        0,
        "Je afsluiting bevatte \(names). Aan het eind van een gesprek voelt dat als wegsturen; spreek vanuit jezelf en zonder oordeel."
      )
    }
  }

  /// The reason for stopping early: best as a full ik-boodschap, at least in the first person, never as blame.
  private static func reason(_ words: EndingRubric.ClosingWords, full: Int) -> (Int, String) {
    if !words.markers.isDisjoint(with: EndingRubric.blameMarkers) {
      return (
        0,
        "Je reden klonk als een verwijt. Zeg vanuit jezelf waarom je stopt: 'Ik merk dat we steeds op hetzelfde punt uitkomen en ik wil dit goed oplossen.'"
      )
    }
    if words.markers.contains(.ikBoodschap) {
      return (full, "Je gaf de reden als ik-boodschap, zonder verwijt: zo blijft de ouder in zijn waarde.")
    }
    if !words.parts.isEmpty {
      let missing = IMessagePart.allCases.filter { !words.parts.contains($0) }.map(\.rawValue)
      return (
        full * 3 / 5,
        "Je gaf een reden vanuit jezelf. Als volledige ik-boodschap is hij sterker; er ontbreekt nog: \(missing.joined(separator: " en "))."
      )
    }
    return (
      0,
      "Geef de reden om te stoppen, zonder verwijt, het liefst als ik-boodschap: wat zie je (gedrag), wat doet het (gevolg), wat voel je (gevoel)."
    )
  }
}
