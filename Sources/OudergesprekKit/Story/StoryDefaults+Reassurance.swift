extension StoryDefaults {
  /// Her taking a reassurance that she did not ask for ("U bent zeker geen slechte moeder.", "Het komt niet in zijn
  /// dossier."), by how tense she is: relieved when calm, relieved with a 'maar' in between, doubting it when tense.
  static func reassuredBy(intensity: Int) -> [String] {
    switch intensity {
    case ...4: ["Dat is fijn om te horen.", "Dank u. Dat lucht wel op.", "Dank u. Dat doet me echt goed."]
    case 5...6:
      [
        "Dank u. Maar helemaal gerust ben ik er nog niet op.", "Dat hoop ik dan maar.",
        "Dat is aardig van u. Maar ik blijf me toch zorgen maken.",
      ]
    default: ["Dat zegt u nu.", "Makkelijk gezegd.", "Dat moet ik dan nog maar zien."]
    }
  }
}
