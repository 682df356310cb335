import OudergesprekKit

/// Closing sentences with the markers the scripted analyser gives them.
enum ClosingSentences {
  static let announce = "Ik stel voor dat we het gesprek nu afronden."
  static let iMessage = "Ik merk dat we steeds op hetzelfde punt uitkomen en daar word ik onrustig van."
  static let partialReason = "Ik merk dat we in een kringetje draaien."
  static let feeling = "Ik zie dat dit u erg boos maakt."
  static let nextStep = "Zullen we volgende week dinsdag verder praten, met de teamleider erbij?"
  static let thanks = "Dank u wel voor uw komst."
  static let summary = "Samengevat: Sanne slaapt slecht en we spreken af dat zij met de zorgcoördinator praat."
  static let blame = "U luistert gewoon niet, zo heeft het geen zin."
  static let order = "Gaat u nu maar naar huis."
  static let reassure = "Maakt u zich geen zorgen, het komt wel goed."
  static let neutral = "Ik begrijp het."
  static let provoke = "Dat heeft u zelf zo laten gebeuren."

  /// The markers a real analyser should find in these sentences, so the rubric is tested apart from it.
  static let analyzer = ScriptedAnalyzer(
    [
      announce: [.afrondingAankondigen],
      iMessage: [.ikBoodschap],
      feeling: [.gevoelsreflectie],
      nextStep: [.vervolgafspraak],
      thanks: [.bedanken],
      summary: [.samenvatting, .vervolgafspraak],
      blame: [.jijBoodschap],
      order: [.bevelen],
      reassure: [.geruststellen],
      provoke: [.bekritiseren],
    ],
    parts: [iMessage: [.gedrag, .gevoel], partialReason: [.gedrag]])

  static func analyses(_ sentences: String...) -> [ReplyAnalysis] {
    sentences.map(analyzer.analyze)
  }
}
