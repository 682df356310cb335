extension StoryDefaults {
  /// Her correction of a check of a feeling (`word`) that is not hers: what she feels instead, by how tense she is.
  static func feelingCorrected(_ word: String, hers: FeelingFamily?, intensity: Int) -> [String] {
    let asked = word.prefix(1).uppercased() + word.dropFirst()
    let own: String =
      switch hers {
      case .worry: "Ik maak me vooral zorgen"
      case .anger: "Ik ben vooral boos"
      case .sadness: "Ik ben eerder teleurgesteld"
      case .shame: "Ik schaam me eerlijk gezegd een beetje"
      case .distrust: "Ik wil eerst weten wat hier echt speelt"
      case .helplessness: "Ik weet het gewoon even niet meer"
      case .calm, nil: "Het gaat eigenlijk wel, op dit moment"
      }
    return intensity >= 7
      ? ["\(asked)? Nee. \(own).", "Nee, dat is het niet. \(own)."]
      : ["\(asked)... nee, dat niet echt. \(own).", "Niet echt, nee. \(own), denk ik."]
  }
}
