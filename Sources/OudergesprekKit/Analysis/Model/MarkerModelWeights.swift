// swift-format-ignore-file
// Written by `oudergesprek leer` (scripts/train-analyser-model); do not edit by hand.

/// The weights of the shipped marker model, one `feature|marker|weight` per line.
enum MarkerModelWeights {
  static let text = #"""
basis|ik-boodschap|-13.19
basis|jij-boodschap|-8.86
basis|parafrase|-10.29
basis|gevoelsreflectie|-12.13
basis|samenvatting|-17.42
basis|open-vraag|-15.73
basis|aanmoediging|-3.81
basis|bevelen|-5.69
basis|waarschuwen|-6.88
basis|moraliseren|-5.88
basis|adviseren|-8.62
basis|argumenteren|-8.78
basis|bekritiseren|-8.28
basis|prijzen|-10.57
basis|etiketteren|-6.43
basis|interpreteren|-8.7
basis|geruststellen|-7.59
basis|ondervragen|-7.75
basis|afleiden|-9.03
basis|afronding-aankondigen|-8.69
basis|vervolgafspraak|-12.22
basis|bedanken|-9.72
begin:ach|jij-boodschap|0.12
begin:ach|open-vraag|-0.93
begin:ach|moraliseren|-0.9
begin:ach|argumenteren|-1.92
begin:ach|bekritiseren|-0.94
begin:ach|prijzen|-0.96
begin:ach|etiketteren|0.27
begin:ach|geruststellen|-2.8
begin:ach|afleiden|3.61
begin:alle|etiketteren|-0.96
begin:als|ik-boodschap|2.0
begin:als|jij-boodschap|-3.69
begin:als|parafrase|1.94
begin:als|gevoelsreflectie|-1.7
begin:als|open-vraag|-0.23
begin:als|aanmoediging|-1.0
begin:als|bevelen|-4.27
begin:als|waarschuwen|0.64
begin:als|moraliseren|-1.09
begin:als|adviseren|-1.96
begin:als|argumenteren|-1.99
begin:als|bekritiseren|-3.56
begin:als|prijzen|-2.97
begin:als|etiketteren|-1.53
begin:als|interpreteren|-2.0
begin:als|geruststellen|-2.0
begin:als|ondervragen|-1.99
begin:als|afleiden|-1.0
begin:als|afronding-aankondigen|-0.98
begin:als|vervolgafspraak|-1.29
begin:als|bedanken|-1.94
begin:anders|bevelen|-0.94
begin:bedankt|jij-boodschap|-1.0
begin:bedankt|bekritiseren|-1.35
begin:bedankt|interpreteren|-1.0
begin:bedankt|afronding-aankondigen|-0.98
begin:bedankt|vervolgafspraak|-0.94
begin:bedankt|bedanken|1.7
begin:begrijp|parafrase|0.99
begin:begrijpt|open-vraag|0.96
begin:belt|samenvatting|-1.0
begin:belt|waarschuwen|-1.0
begin:belt|argumenteren|-1.0
begin:bij|moraliseren|-0.98
begin:bij|etiketteren|-0.98
begin:bram|gevoelsreflectie|-0.93
begin:bram|bevelen|-0.99
begin:bram|argumenteren|-0.98
begin:bram|etiketteren|0.51
begin:daan|argumenteren|-0.97
begin:daan|bekritiseren|1.0
begin:daar|ik-boodschap|-0.77
begin:daar|jij-boodschap|0.84
begin:daar|bevelen|-0.85
begin:daar|adviseren|-0.92
begin:daar|bekritiseren|1.8
begin:daar|etiketteren|-0.88
begin:daar|ondervragen|-0.92
begin:daar|afleiden|0.42
begin:daar|afronding-aankondigen|-1.0
begin:dan|prijzen|-0.87
begin:dan|afronding-aankondigen|0.98
begin:dan|bedanken|0.98
begin:dank|ik-boodschap|-0.91
begin:dank|parafrase|-0.98
begin:dank|gevoelsreflectie|-0.98
begin:dank|samenvatting|-0.91
begin:dank|adviseren|-0.91
begin:dank|bekritiseren|-0.87
begin:dank|afronding-aankondigen|-0.96
begin:dank|vervolgafspraak|-0.99
begin:dank|bedanken|0.99
begin:dankjewel|afronding-aankondigen|-0.99
begin:dat|parafrase|-2.56
begin:dat|gevoelsreflectie|3.31
begin:dat|samenvatting|-0.91
begin:dat|open-vraag|-1.93
begin:dat|bevelen|-0.52
begin:dat|moraliseren|-2.84
begin:dat|argumenteren|1.94
begin:dat|bekritiseren|2.03
begin:dat|prijzen|-0.95
begin:dat|etiketteren|-0.85
begin:dat|interpreteren|-0.92
begin:dat|geruststellen|1.75
begin:dat|afleiden|0.75
begin:dat|afronding-aankondigen|-1.0
begin:dat|bedanken|-1.0
begin:de|jij-boodschap|-0.91
begin:de|parafrase|-0.96
begin:de|samenvatting|-0.99
begin:de|open-vraag|-0.37
begin:de|argumenteren|1.88
begin:de|bekritiseren|-0.91
begin:de|geruststellen|-0.89
begin:de|vervolgafspraak|-0.98
begin:die|jij-boodschap|-1.43
begin:die|moraliseren|-0.99
begin:die|adviseren|-0.96
begin:die|argumenteren|-0.87
begin:die|bekritiseren|1.02
begin:die|etiketteren|-0.35
begin:dit|bekritiseren|0.21
begin:dit|etiketteren|-0.98
begin:dit|interpreteren|0.91
begin:doe|jij-boodschap|-1.0
begin:doe|bevelen|-0.14
begin:doe|moraliseren|-0.96
begin:doe|etiketteren|1.9
begin:doe|geruststellen|-0.99
begin:doet|jij-boodschap|-1.72
begin:drie|samenvatting|0.92
begin:dus|ik-boodschap|-0.99
begin:dus|jij-boodschap|0.69
begin:dus|parafrase|0.94
begin:dus|gevoelsreflectie|0.72
begin:dus|samenvatting|0.6
begin:dus|argumenteren|-1.0
begin:dus|bekritiseren|0.96
begin:dus|prijzen|-0.91
begin:dus|afleiden|-0.89
begin:dus|vervolgafspraak|1.85
begin:echt|adviseren|0.93
begin:echt|interpreteren|-0.93
begin:echt|geruststellen|0.95
begin:een|jij-boodschap|-0.83
begin:een|waarschuwen|0.54
begin:een|moraliseren|1.93
begin:een|prijzen|0.1
begin:een|etiketteren|-0.91
begin:een|interpreteren|-0.98
begin:een|vervolgafspraak|-0.99
begin:eerlijk|jij-boodschap|0.97
begin:eerlijk|moraliseren|0.98
begin:eerlijk|bekritiseren|0.97
begin:eerlijk|geruststellen|-0.98
begin:eigenlijk|interpreteren|0.93
begin:en|aanmoediging|-0.96
begin:en|bekritiseren|-0.95
begin:en|afleiden|-0.66
begin:er|argumenteren|0.98
begin:er|bekritiseren|-0.85
begin:even|samenvatting|0.94
begin:even|open-vraag|-0.11
begin:even|argumenteren|-0.96
begin:even|bedanken|0.94
begin:fatsoenlijk|afleiden|-0.72
begin:feit|argumenteren|1.97
begin:feit|bekritiseren|-0.99
begin:fenna|bekritiseren|-0.95
begin:fijn|jij-boodschap|1.18
begin:fijn|gevoelsreflectie|-0.91
begin:fijn|prijzen|-0.97
begin:fijn|interpreteren|-0.97
begin:fijn|bedanken|1.91
begin:ga|ik-boodschap|-0.95
begin:ga|parafrase|-0.68
begin:ga|gevoelsreflectie|-1.0
begin:ga|open-vraag|-1.0
begin:ga|aanmoediging|0.98
begin:ga|bevelen|0.95
begin:ga|waarschuwen|0.24
begin:ga|moraliseren|-1.0
begin:ga|prijzen|-1.0
begin:ga|geruststellen|-1.0
begin:ga|afleiden|-1.0
begin:geeft|bevelen|0.65
begin:geen|bevelen|0.82
begin:geen|geruststellen|0.84
begin:geweld|jij-boodschap|-0.97
begin:geweld|bekritiseren|-1.53
begin:goed|parafrase|-0.99
begin:goed|samenvatting|-0.86
begin:goed|argumenteren|-1.0
begin:goed|prijzen|-0.99
begin:goed|afleiden|-0.83
begin:goed|vervolgafspraak|-0.9
begin:goedemiddag|bekritiseren|0.95
begin:goedemiddag|bedanken|-0.99
begin:goedenavond|ik-boodschap|-0.95
begin:haal|waarschuwen|-0.98
begin:haar|aanmoediging|-0.73
begin:haar|bekritiseren|-0.97
begin:had|bekritiseren|0.83
begin:haha|geruststellen|-0.91
begin:haha|afleiden|0.78
begin:heb|parafrase|0.74
begin:heeft|jij-boodschap|-0.98
begin:heeft|waarschuwen|-0.98
begin:heeft|adviseren|1.85
begin:heeft|ondervragen|0.11
begin:heeft|afleiden|-0.96
begin:heel|bekritiseren|-0.95
begin:heel|prijzen|-0.95
begin:het|jij-boodschap|-0.88
begin:het|parafrase|1.0
begin:het|gevoelsreflectie|0.88
begin:het|samenvatting|-0.99
begin:het|open-vraag|-0.94
begin:het|bevelen|-1.88
begin:het|waarschuwen|-0.99
begin:het|adviseren|0.99
begin:het|bekritiseren|-1.13
begin:het|prijzen|-0.96
begin:het|geruststellen|1.21
begin:het|afleiden|0.18
begin:het|vervolgafspraak|0.92
begin:het|bedanken|-0.96
begin:hierdoor|bevelen|-0.9
begin:hij|jij-boodschap|-2.34
begin:hij|samenvatting|-1.99
begin:hij|bevelen|-0.42
begin:hij|waarschuwen|0.34
begin:hij|adviseren|0.96
begin:hij|argumenteren|-0.93
begin:hij|bekritiseren|0.75
begin:hij|prijzen|-1.0
begin:hij|etiketteren|-1.43
begin:hij|interpreteren|0.96
begin:hij|afleiden|-0.69
begin:hij|vervolgafspraak|-2.44
begin:hm|aanmoediging|0.96
begin:hmm|gevoelsreflectie|-0.97
begin:hoe|ik-boodschap|-0.92
begin:hoe|jij-boodschap|0.91
begin:hoe|parafrase|-0.99
begin:hoe|gevoelsreflectie|-2.68
begin:hoe|samenvatting|-1.0
begin:hoe|open-vraag|1.31
begin:hoe|aanmoediging|-0.61
begin:hoe|adviseren|-0.88
begin:hoe|interpreteren|-1.0
begin:hoe|ondervragen|-1.0
begin:hoe|afleiden|-1.86
begin:hoe|vervolgafspraak|-0.96
begin:hoi|jij-boodschap|-0.82
begin:hoi|bevelen|-1.62
begin:hou|bevelen|1.51
begin:hou|waarschuwen|-0.81
begin:hou|geruststellen|-0.99
begin:hé|afleiden|-0.71
begin:iemand|jij-boodschap|-1.27
begin:iemand|moraliseren|1.83
begin:iemand|bekritiseren|-1.79
begin:iemand|prijzen|0.96
begin:ik|ik-boodschap|-3.57
begin:ik|jij-boodschap|-0.28
begin:ik|parafrase|-1.99
begin:ik|gevoelsreflectie|0.12
begin:ik|samenvatting|-4.53
begin:ik|open-vraag|0.89
begin:ik|aanmoediging|-0.26
begin:ik|bevelen|-0.1
begin:ik|waarschuwen|-0.91
begin:ik|argumenteren|-0.2
begin:ik|bekritiseren|-1.8
begin:ik|prijzen|-1.02
begin:ik|etiketteren|-0.98
begin:ik|interpreteren|-0.87
begin:ik|ondervragen|-1.0
begin:ik|afleiden|-0.27
begin:ik|afronding-aankondigen|-1.01
begin:ik|vervolgafspraak|-0.92
begin:ik|bedanken|-3.75
begin:in|moraliseren|1.85
begin:in|afleiden|-0.96
begin:ja|ik-boodschap|-0.99
begin:ja|open-vraag|-1.0
begin:ja|aanmoediging|1.88
begin:ja|etiketteren|1.01
begin:ja|ondervragen|-1.0
begin:ja|bedanken|-1.0
begin:jayden|bevelen|0.63
begin:je|jij-boodschap|1.32
begin:je|parafrase|-1.15
begin:je|gevoelsreflectie|2.85
begin:je|samenvatting|-1.85
begin:je|aanmoediging|-1.0
begin:je|bevelen|3.23
begin:je|waarschuwen|-1.01
begin:je|moraliseren|0.12
begin:je|adviseren|-1.04
begin:je|argumenteren|1.01
begin:je|bekritiseren|1.51
begin:je|prijzen|1.0
begin:je|etiketteren|0.81
begin:je|geruststellen|0.9
begin:je|ondervragen|-0.98
begin:je|afronding-aankondigen|-1.0
begin:je|vervolgafspraak|-1.94
begin:je|bedanken|-0.98
begin:jesse|jij-boodschap|-0.96
begin:jij|jij-boodschap|0.85
begin:jij|parafrase|0.99
begin:jij|open-vraag|-0.98
begin:jij|bevelen|0.99
begin:jij|adviseren|-1.85
begin:jij|bekritiseren|1.68
begin:jij|prijzen|0.92
begin:jij|etiketteren|-0.99
begin:jij|geruststellen|-0.98
begin:jij|ondervragen|-0.98
begin:jij|vervolgafspraak|-0.72
begin:joh|jij-boodschap|-0.91
begin:joh|geruststellen|0.91
begin:joh|afleiden|0.91
begin:jullie|jij-boodschap|2.01
begin:jullie|aanmoediging|-0.96
begin:jullie|bevelen|-0.15
begin:jullie|adviseren|-0.93
begin:jullie|bekritiseren|2.62
begin:jullie|prijzen|0.96
begin:jullie|interpreteren|-0.99
begin:jullie|vervolgafspraak|-1.0
begin:kijk|jij-boodschap|-0.95
begin:kijk|parafrase|-1.0
begin:kijk|adviseren|-0.18
begin:kijk|argumenteren|2.74
begin:kijk|bekritiseren|-1.63
begin:kijk|afleiden|-0.91
begin:kijkt|ik-boodschap|-0.89
begin:kijkt|samenvatting|-0.89
begin:kijkt|argumenteren|0.98
begin:kijkt|vervolgafspraak|-0.89
begin:kinderen|bevelen|-0.89
begin:klinkt|jij-boodschap|-0.92
begin:klinkt|gevoelsreflectie|1.91
begin:klinkt|moraliseren|-0.99
begin:klinkt|bekritiseren|-0.68
begin:klopt|jij-boodschap|-0.93
begin:klopt|open-vraag|-0.68
begin:klopt|ondervragen|-0.99
begin:knap|prijzen|0.97
begin:kom|afleiden|0.86
begin:komt|jij-boodschap|-0.98
begin:komt|bevelen|-0.74
begin:komt|waarschuwen|0.99
begin:komt|bekritiseren|-0.98
begin:kort|bekritiseren|-0.1
begin:kort|bedanken|-0.98
begin:kortom|ik-boodschap|-1.79
begin:kortom|jij-boodschap|1.25
begin:kortom|gevoelsreflectie|-1.0
begin:kortom|samenvatting|2.19
begin:kortom|open-vraag|-0.89
begin:kortom|aanmoediging|-0.97
begin:kortom|bevelen|-0.93
begin:kortom|bekritiseren|2.14
begin:kortom|interpreteren|-0.95
begin:kortom|afronding-aankondigen|0.99
begin:kortom|bedanken|0.93
begin:kunt|gevoelsreflectie|-0.99
begin:kunt|aanmoediging|-0.98
begin:kunt|adviseren|-0.92
begin:kunt|afleiden|-0.71
begin:laat|vervolgafspraak|0.84
begin:laten|waarschuwen|-0.96
begin:laten|geruststellen|-0.96
begin:laten|afleiden|0.96
begin:laten|bedanken|-0.99
begin:leg|bevelen|0.91
begin:leg|adviseren|-0.98
begin:let|waarschuwen|0.97
begin:lever|bevelen|0.9
begin:lotte|bekritiseren|-2.3
begin:lotte|etiketteren|0.91
begin:luister|adviseren|-0.96
begin:maak|geruststellen|0.98
begin:maakt|jij-boodschap|-1.0
begin:maakt|gevoelsreflectie|-0.91
begin:maakt|bekritiseren|-0.88
begin:maakt|geruststellen|1.97
begin:maandag|bekritiseren|-0.93
begin:maandag|vervolgafspraak|1.97
begin:maar|open-vraag|-1.93
begin:maar|moraliseren|-0.99
begin:maar|geruststellen|-1.95
begin:maar|afleiden|1.92
begin:met|parafrase|0.95
begin:met|gevoelsreflectie|-0.93
begin:met|samenvatting|-0.99
begin:met|argumenteren|0.94
begin:met|prijzen|1.95
begin:met|afleiden|-0.98
begin:mevrouw|interpreteren|-0.9
begin:mijn|moraliseren|-0.99
begin:mijn|adviseren|0.99
begin:mijn|bekritiseren|-0.75
begin:mijn|prijzen|-0.98
begin:mijn|etiketteren|-0.98
begin:mijn|vervolgafspraak|0.97
begin:milan|moraliseren|-0.92
begin:milan|bekritiseren|-0.92
begin:misschien|gevoelsreflectie|-0.67
begin:misschien|bevelen|-0.92
begin:misschien|waarschuwen|-0.75
begin:misschien|adviseren|1.05
begin:misschien|geruststellen|-1.0
begin:misschien|vervolgafspraak|-0.98
begin:mm|samenvatting|-0.99
begin:mohammed|jij-boodschap|1.64
begin:mohammed|bekritiseren|1.76
begin:nee|aanmoediging|-0.93
begin:neem|jij-boodschap|-1.0
begin:neem|aanmoediging|1.0
begin:neem|bevelen|-0.98
begin:neem|bekritiseren|-1.0
begin:neemt|parafrase|-0.99
begin:niemand|geruststellen|1.87
begin:niet|bevelen|1.24
begin:niet|afleiden|0.9
begin:nog|samenvatting|-1.82
begin:nog|bevelen|-0.5
begin:nog|waarschuwen|1.41
begin:nou|ik-boodschap|0.62
begin:nou|jij-boodschap|0.66
begin:nou|samenvatting|0.96
begin:nou|bevelen|-0.96
begin:nou|bekritiseren|3.79
begin:nou|prijzen|-0.91
begin:nou|etiketteren|0.94
begin:nou|geruststellen|-0.91
begin:nou|vervolgafspraak|-0.96
begin:nou|bedanken|-2.73
begin:nu|ik-boodschap|0.91
begin:och|afleiden|1.53
begin:oke|afleiden|-0.98
begin:oke|afronding-aankondigen|0.75
begin:oke|vervolgafspraak|-0.95
begin:oké|ik-boodschap|-0.98
begin:oké|parafrase|-0.9
begin:oké|aanmoediging|0.97
begin:omdat|jij-boodschap|-0.82
begin:omdat|bekritiseren|-0.92
begin:onze|afronding-aankondigen|0.99
begin:ook|geruststellen|0.93
begin:opruimen|afleiden|-0.99
begin:opvoeden|argumenteren|-0.99
begin:ouders|moraliseren|1.86
begin:ouders|argumenteren|-0.95
begin:over|samenvatting|-1.49
begin:over|geruststellen|0.18
begin:over|afleiden|1.91
begin:over|afronding-aankondigen|-0.93
begin:pas|geruststellen|-0.85
begin:probeer|ik-boodschap|-0.92
begin:rayan|gevoelsreflectie|0.92
begin:respect|ik-boodschap|-0.87
begin:respect|moraliseren|1.97
begin:rustig|aanmoediging|0.94
begin:rustig|bevelen|0.91
begin:samengevat|ik-boodschap|-1.0
begin:samengevat|jij-boodschap|0.99
begin:samengevat|samenvatting|0.85
begin:samengevat|open-vraag|-1.83
begin:samengevat|adviseren|-1.0
begin:samengevat|bekritiseren|1.72
begin:samenvattend|gevoelsreflectie|0.95
begin:samenvattend|samenvatting|0.85
begin:samenvattend|open-vraag|-0.65
begin:samenvattend|bevelen|-0.7
begin:samenvattend|waarschuwen|-0.9
begin:sandra|jij-boodschap|0.96
begin:school|moraliseren|0.94
begin:school|argumenteren|-0.73
begin:schrijf|adviseren|0.98
begin:sem|bekritiseren|-1.65
begin:sem|etiketteren|0.66
begin:sinds|ik-boodschap|1.84
begin:sinds|moraliseren|-0.92
begin:sinds|bekritiseren|-0.96
begin:sinds|interpreteren|-0.92
begin:sinds|vervolgafspraak|-0.64
begin:sorry|moraliseren|0.95
begin:spieken|jij-boodschap|-1.59
begin:spieken|moraliseren|0.91
begin:spieken|bekritiseren|-1.72
begin:statistisch|adviseren|-0.99
begin:stel|etiketteren|0.98
begin:stop|bevelen|1.0
begin:stop|bekritiseren|-1.0
begin:straks|ik-boodschap|-0.91
begin:straks|waarschuwen|0.95
begin:straks|geruststellen|0.91
begin:stuurt|jij-boodschap|-0.94
begin:stuurt|bevelen|0.94
begin:telefoon|geruststellen|-0.97
begin:thnx|afronding-aankondigen|-1.85
begin:thuis|parafrase|0.97
begin:tijd|moraliseren|-0.87
begin:tja|jij-boodschap|2.87
begin:tja|open-vraag|-1.65
begin:tja|argumenteren|-0.93
begin:tja|bekritiseren|1.97
begin:tja|etiketteren|2.0
begin:tja|interpreteren|-1.0
begin:tja|afleiden|1.88
begin:tja|bedanken|-0.92
begin:toen|ik-boodschap|2.13
begin:toen|gevoelsreflectie|-0.96
begin:toen|samenvatting|-0.99
begin:tot|samenvatting|0.86
begin:tot|open-vraag|0.99
begin:trouwens|jij-boodschap|-1.0
begin:trouwens|open-vraag|-1.0
begin:trouwens|bekritiseren|-1.0
begin:trouwens|afleiden|1.0
begin:typisch|afleiden|-1.0
begin:u|ik-boodschap|-1.0
begin:u|jij-boodschap|2.37
begin:u|parafrase|-1.71
begin:u|gevoelsreflectie|-1.76
begin:u|samenvatting|-1.93
begin:u|open-vraag|-1.0
begin:u|aanmoediging|-0.94
begin:u|waarschuwen|-0.91
begin:u|moraliseren|-0.94
begin:u|adviseren|-1.68
begin:u|bekritiseren|2.6
begin:u|prijzen|-1.04
begin:u|interpreteren|-0.95
begin:u|geruststellen|-0.99
begin:u|ondervragen|-1.0
begin:u|afleiden|-0.96
begin:u|afronding-aankondigen|-1.0
begin:u|vervolgafspraak|-0.91
begin:uit|argumenteren|0.99
begin:uw|ik-boodschap|-0.96
begin:uw|jij-boodschap|1.0
begin:uw|moraliseren|-0.91
begin:uw|bekritiseren|-0.84
begin:uw|etiketteren|-0.34
begin:van|waarschuwen|-1.0
begin:van|moraliseren|1.0
begin:vanaf|bevelen|0.94
begin:vandaag|etiketteren|-0.98
begin:vandaag|afronding-aankondigen|-0.86
begin:vertel|jij-boodschap|-1.0
begin:vertel|parafrase|-0.98
begin:vertel|gevoelsreflectie|-1.0
begin:vertel|samenvatting|-0.76
begin:vertel|open-vraag|1.0
begin:vertel|aanmoediging|-1.0
begin:vertel|adviseren|-0.98
begin:vertel|argumenteren|-1.0
begin:vertel|bekritiseren|-1.0
begin:vertel|afleiden|-0.98
begin:volgende|jij-boodschap|-0.96
begin:volgende|bekritiseren|-0.96
begin:volgende|prijzen|-0.9
begin:volgende|afronding-aankondigen|-0.9
begin:volgende|vervolgafspraak|2.39
begin:volgens|ik-boodschap|-0.96
begin:volgens|parafrase|0.91
begin:volgens|bevelen|-1.0
begin:volgens|moraliseren|-0.99
begin:volgens|bekritiseren|-1.0
begin:volgens|etiketteren|-0.93
begin:volgens|interpreteren|1.98
begin:volgens|afleiden|-0.95
begin:voor|waarschuwen|0.9
begin:waar|ik-boodschap|-0.97
begin:waar|open-vraag|0.92
begin:waar|ondervragen|1.0
begin:waar|afleiden|-1.0
begin:waarom|jij-boodschap|1.0
begin:waarom|gevoelsreflectie|-1.0
begin:waarom|open-vraag|-1.0
begin:waarom|bevelen|-0.98
begin:waarom|waarschuwen|-0.64
begin:waarom|prijzen|-0.97
begin:waarom|etiketteren|-0.96
begin:waarom|ondervragen|1.02
begin:waarom|afleiden|-0.93
begin:waarover|gevoelsreflectie|-0.92
begin:wanneer|ik-boodschap|3.36
begin:wanneer|jij-boodschap|-1.0
begin:wanneer|parafrase|-0.99
begin:wanneer|samenvatting|-0.91
begin:wanneer|aanmoediging|-0.99
begin:wanneer|waarschuwen|-0.94
begin:wanneer|ondervragen|-1.0
begin:wanneer|afleiden|-0.98
begin:wat|ik-boodschap|-1.0
begin:wat|jij-boodschap|0.91
begin:wat|parafrase|-1.79
begin:wat|gevoelsreflectie|-1.72
begin:wat|moraliseren|-0.94
begin:wat|adviseren|0.86
begin:wat|argumenteren|-0.94
begin:wat|bekritiseren|0.94
begin:wat|etiketteren|0.59
begin:wat|geruststellen|-0.98
begin:wat|ondervragen|-0.94
begin:wat|afleiden|-0.99
begin:wat|bedanken|-0.92
begin:we|ik-boodschap|-1.69
begin:we|jij-boodschap|-1.15
begin:we|parafrase|-1.0
begin:we|gevoelsreflectie|-1.0
begin:we|samenvatting|1.04
begin:we|open-vraag|-0.99
begin:we|aanmoediging|-0.99
begin:we|moraliseren|-0.97
begin:we|argumenteren|-1.0
begin:we|bekritiseren|-1.97
begin:we|etiketteren|-0.98
begin:we|afleiden|-1.71
begin:we|afronding-aankondigen|1.06
begin:we|vervolgafspraak|-0.92
begin:wees|geruststellen|0.82
begin:weet|bekritiseren|0.61
begin:welk|open-vraag|-2.79
begin:welke|gevoelsreflectie|-0.8
begin:wie|argumenteren|-0.83
begin:wie|ondervragen|1.91
begin:ze|jij-boodschap|2.76
begin:ze|bevelen|-0.95
begin:ze|moraliseren|-0.99
begin:ze|adviseren|-0.99
begin:ze|argumenteren|-0.98
begin:ze|bekritiseren|0.94
begin:ze|geruststellen|-0.95
begin:zegt|aanmoediging|1.79
begin:zet|adviseren|0.98
begin:zet|argumenteren|-0.99
begin:zie|gevoelsreflectie|-0.94
begin:zij|jij-boodschap|0.98
begin:zij|bevelen|-0.89
begin:zij|bekritiseren|0.83
begin:zij|interpreteren|0.89
begin:zij|geruststellen|-1.73
begin:zijn|jij-boodschap|-0.91
begin:zit|afleiden|-0.93
begin:zo|waarschuwen|-0.98
begin:zo|moraliseren|0.89
begin:zo|afleiden|-0.33
begin:zo|afronding-aankondigen|0.96
begin:zo'n|moraliseren|-0.96
begin:zo'n|bekritiseren|0.95
begin:zo'n|prijzen|0.94
begin:zorg|bevelen|0.93
begin:zorg|argumenteren|-0.98
begin:zorgt|bevelen|1.0
begin:zoveel|geruststellen|0.99
begin:zoveel|afleiden|-0.83
begin:zullen|samenvatting|-0.85
begin:zullen|etiketteren|-0.98
begin:zullen|afleiden|0.1
begin:zullen|afronding-aankondigen|-0.98
begin:zullen|vervolgafspraak|-0.92
deel:gedrag|ik-boodschap|5.03
deel:gedrag|jij-boodschap|-1.0
deel:gedrag|parafrase|-0.97
deel:gedrag|gevoelsreflectie|-0.64
deel:gedrag|samenvatting|-1.93
deel:gedrag|open-vraag|-0.96
deel:gedrag|aanmoediging|-0.99
deel:gedrag|bevelen|-1.0
deel:gedrag|moraliseren|-1.0
deel:gedrag|adviseren|-0.98
deel:gedrag|argumenteren|-1.96
deel:gedrag|bekritiseren|-0.75
deel:gedrag|prijzen|-1.0
deel:gedrag|etiketteren|-0.99
deel:gedrag|geruststellen|-2.73
deel:gedrag|ondervragen|-1.0
deel:gedrag|afleiden|-0.74
deel:gedrag|afronding-aankondigen|-0.98
deel:gedrag|bedanken|-0.94
deel:gevoel|ik-boodschap|8.19
deel:gevoel|jij-boodschap|-0.91
deel:gevoel|parafrase|-1.96
deel:gevoel|gevoelsreflectie|-1.66
deel:gevoel|samenvatting|-1.99
deel:gevoel|bevelen|-1.0
deel:gevoel|waarschuwen|-1.0
deel:gevoel|moraliseren|-1.0
deel:gevoel|adviseren|-0.98
deel:gevoel|argumenteren|-0.98
deel:gevoel|bekritiseren|-1.1
deel:gevoel|prijzen|-1.0
deel:gevoel|etiketteren|-1.94
deel:gevoel|interpreteren|-0.92
deel:gevoel|geruststellen|-1.98
deel:gevoel|ondervragen|-1.0
deel:gevoel|afleiden|-0.98
deel:gevoel|vervolgafspraak|-1.01
deel:gevoel|bedanken|-0.94
deel:gevolg|ik-boodschap|3.83
deel:gevolg|jij-boodschap|-1.81
deel:gevolg|parafrase|-0.98
deel:gevolg|gevoelsreflectie|-0.76
deel:gevolg|samenvatting|-0.91
deel:gevolg|aanmoediging|-0.99
deel:gevolg|bevelen|-1.9
deel:gevolg|waarschuwen|-2.14
deel:gevolg|moraliseren|-1.0
deel:gevolg|bekritiseren|-1.91
deel:gevolg|etiketteren|-0.99
deel:gevolg|interpreteren|-0.99
deel:gevolg|geruststellen|-1.96
deel:gevolg|afronding-aankondigen|-0.98
deel:gevolg|bedanken|-0.94
familie:afronding|ik-boodschap|-3.75
familie:afronding|jij-boodschap|-1.85
familie:afronding|parafrase|-1.77
familie:afronding|gevoelsreflectie|-1.26
familie:afronding|samenvatting|-0.84
familie:afronding|open-vraag|-1.69
familie:afronding|aanmoediging|-0.97
familie:afronding|bevelen|-1.79
familie:afronding|waarschuwen|-0.96
familie:afronding|moraliseren|-0.87
familie:afronding|adviseren|-1.97
familie:afronding|argumenteren|-0.97
familie:afronding|bekritiseren|-1.93
familie:afronding|prijzen|-1.73
familie:afronding|etiketteren|-0.98
familie:afronding|interpreteren|-0.97
familie:afronding|geruststellen|-0.81
familie:afronding|afleiden|-3.8
familie:afronding|afronding-aankondigen|5.86
familie:afronding|vervolgafspraak|5.1
familie:afronding|bedanken|4.89
familie:blokkade|ik-boodschap|-5.95
familie:blokkade|jij-boodschap|-2.22
familie:blokkade|parafrase|-5.88
familie:blokkade|gevoelsreflectie|-3.84
familie:blokkade|samenvatting|-4.55
familie:blokkade|open-vraag|-5.96
familie:blokkade|aanmoediging|-1.96
familie:blokkade|bevelen|0.62
familie:blokkade|waarschuwen|1.0
familie:blokkade|moraliseren|-1.93
familie:blokkade|adviseren|-0.79
familie:blokkade|argumenteren|-1.17
familie:blokkade|bekritiseren|-1.13
familie:blokkade|prijzen|-1.83
familie:blokkade|etiketteren|-1.64
familie:blokkade|afleiden|-0.21
familie:blokkade|afronding-aankondigen|-2.99
familie:blokkade|vervolgafspraak|-6.52
familie:blokkade|bedanken|-1.99
familie:ik-boodschap|ik-boodschap|7.39
familie:ik-boodschap|jij-boodschap|-1.0
familie:ik-boodschap|parafrase|-1.94
familie:ik-boodschap|gevoelsreflectie|-2.42
familie:ik-boodschap|samenvatting|-2.9
familie:ik-boodschap|open-vraag|-0.96
familie:ik-boodschap|aanmoediging|-0.99
familie:ik-boodschap|bevelen|-1.0
familie:ik-boodschap|waarschuwen|-2.14
familie:ik-boodschap|moraliseren|-1.0
familie:ik-boodschap|adviseren|-0.98
familie:ik-boodschap|argumenteren|-0.98
familie:ik-boodschap|bekritiseren|-1.99
familie:ik-boodschap|prijzen|-1.0
familie:ik-boodschap|etiketteren|-0.99
familie:ik-boodschap|interpreteren|-0.99
familie:ik-boodschap|geruststellen|-1.96
familie:ik-boodschap|ondervragen|-1.0
familie:ik-boodschap|afronding-aankondigen|-0.98
familie:ik-boodschap|vervolgafspraak|-1.01
familie:ik-boodschap|bedanken|-0.94
familie:jij-boodschap|ik-boodschap|0.77
familie:jij-boodschap|jij-boodschap|9.85
familie:jij-boodschap|gevoelsreflectie|-2.57
familie:jij-boodschap|samenvatting|-0.96
familie:jij-boodschap|aanmoediging|-1.0
familie:jij-boodschap|bevelen|-0.99
familie:jij-boodschap|waarschuwen|-0.42
familie:jij-boodschap|moraliseren|-1.93
familie:jij-boodschap|adviseren|-1.92
familie:jij-boodschap|argumenteren|-1.27
familie:jij-boodschap|bekritiseren|2.68
familie:jij-boodschap|prijzen|-1.77
familie:jij-boodschap|etiketteren|3.1
familie:jij-boodschap|interpreteren|-0.99
familie:jij-boodschap|geruststellen|-1.73
familie:jij-boodschap|ondervragen|-1.01
familie:jij-boodschap|afleiden|-1.0
familie:jij-boodschap|afronding-aankondigen|-1.0
familie:jij-boodschap|vervolgafspraak|-2.0
familie:luisteren|ik-boodschap|-4.0
familie:luisteren|jij-boodschap|-4.79
familie:luisteren|parafrase|2.52
familie:luisteren|gevoelsreflectie|6.1
familie:luisteren|samenvatting|4.72
familie:luisteren|open-vraag|5.69
familie:luisteren|aanmoediging|2.04
familie:luisteren|bevelen|-3.4
familie:luisteren|waarschuwen|-4.34
familie:luisteren|moraliseren|-3.86
familie:luisteren|adviseren|-1.97
familie:luisteren|argumenteren|-3.04
familie:luisteren|bekritiseren|-2.8
familie:luisteren|prijzen|-2.9
familie:luisteren|etiketteren|-1.97
familie:luisteren|interpreteren|-2.89
familie:luisteren|geruststellen|-2.73
familie:luisteren|ondervragen|-2.95
familie:luisteren|afleiden|-1.78
familie:luisteren|afronding-aankondigen|-1.1
familie:luisteren|vervolgafspraak|-2.6
familie:luisteren|bedanken|-2.03
p:'ouwe' noemt|ik-boodschap|0.99
p:'s avonds|adviseren|1.03
p:'s avonds|bekritiseren|0.61
p:'s nachts|jij-boodschap|0.69
p:'s nachts|bekritiseren|0.91
p:'s ochtends|gevoelsreflectie|-0.92
p:'s ochtends|samenvatting|-0.91
p:'s ochtends|bekritiseren|-0.86
p:'s ochtends|ondervragen|1.0
p:'s ochtends|vervolgafspraak|-0.64
p:1 dat|ik-boodschap|-0.89
p:1 dat|samenvatting|-0.89
p:1 dat|argumenteren|0.98
p:1 dat|vervolgafspraak|-0.89
p:12 mei|argumenteren|0.92
p:14 je|open-vraag|-1.0
p:14 maart|samenvatting|0.91
p:14 maart|vervolgafspraak|0.91
p:2 14|vervolgafspraak|-0.98
p:2 voor|jij-boodschap|-0.95
p:2 voor|argumenteren|0.71
p:2 voor|bekritiseren|-0.71
p:3 8|ik-boodschap|-0.89
p:3 8|samenvatting|-0.89
p:3 8|argumenteren|0.98
p:3 8|vervolgafspraak|-0.89
p:3 februari|argumenteren|1.0
p:3 maart|bevelen|-1.0
p:3 maart|waarschuwen|-1.0
p:3 maart|adviseren|-1.0
p:3 maart|argumenteren|1.0
p:3b bij|jij-boodschap|-0.67
p:4 5|ik-boodschap|-0.89
p:4 5|samenvatting|-0.89
p:4 5|argumenteren|0.98
p:4 5|vervolgafspraak|-0.89
p:4 9|jij-boodschap|-0.95
p:4 9|argumenteren|0.71
p:4 9|bekritiseren|-0.71
p:4 daar|argumenteren|0.82
p:4 gemiddeld|argumenteren|-0.97
p:4 in|moraliseren|-0.96
p:4 in|afleiden|0.96
p:4 is|parafrase|-1.0
p:4 is|argumenteren|1.82
p:4e en|samenvatting|-1.0
p:5 1|ik-boodschap|-0.89
p:5 1|samenvatting|-0.89
p:5 1|argumenteren|0.98
p:5 1|vervolgafspraak|-0.89
p:5 2|jij-boodschap|-0.95
p:5 2|argumenteren|0.71
p:5 2|bekritiseren|-0.71
p:5 4|parafrase|-1.0
p:5 en|ik-boodschap|-0.89
p:5 en|samenvatting|-0.89
p:5 en|argumenteren|0.98
p:5 en|vervolgafspraak|-0.89
p:5e uur|samenvatting|-1.0
p:5x je|bekritiseren|-0.99
p:6 4|argumenteren|-0.82
p:7 halen|prijzen|0.94
p:7 kunnen|prijzen|0.89
p:8 een|ik-boodschap|-0.89
p:8 een|samenvatting|-0.89
p:8 een|argumenteren|0.98
p:8 een|vervolgafspraak|-0.89
p:8 gehaald|etiketteren|-0.63
p:8 gemiddeld|argumenteren|-0.94
p:9 voor|jij-boodschap|-0.95
p:9 voor|argumenteren|0.71
p:9 voor|bekritiseren|-0.71
p:? dan|waarschuwen|0.99
p:? dat|bekritiseren|1.78
p:? en|ik-boodschap|-0.97
p:? en|samenvatting|-1.0
p:? en|open-vraag|-1.0
p:? en|bekritiseren|-0.95
p:? en|prijzen|-0.97
p:? en|interpreteren|-1.0
p:? en|ondervragen|2.0
p:? en|afleiden|-1.0
p:? gaat|jij-boodschap|-0.98
p:? gaat|waarschuwen|-0.98
p:? heeft|parafrase|-0.99
p:? heeft|adviseren|-0.88
p:? heeft|ondervragen|1.0
p:? heeft|afleiden|-0.93
p:? ik|open-vraag|-0.78
p:? ik|adviseren|0.91
p:? maar|gevoelsreflectie|0.85
p:? maar|open-vraag|0.68
p:? met|ik-boodschap|-0.97
p:? met|ondervragen|1.0
p:? met|afleiden|-1.0
p:? rookt|jij-boodschap|-0.98
p:? rookt|waarschuwen|-0.98
p:? tot|samenvatting|-1.0
p:? tot|interpreteren|-1.0
p:? waar|argumenteren|-0.83
p:? waarom|ondervragen|0.91
p:? wanneer|argumenteren|-0.83
p:? wanneer|ondervragen|0.91
p:? was|afleiden|-0.93
p:? wat|prijzen|-0.97
p:? wie|parafrase|-0.99
p:? wie|open-vraag|-1.0
p:? wie|adviseren|-0.88
p:? zit|parafrase|-0.99
p:? zit|adviseren|-0.88
p:aan ?|parafrase|0.97
p:aan afspraken|jij-boodschap|1.0
p:aan afspraken|aanmoediging|-1.0
p:aan afspraken|argumenteren|-1.0
p:aan afspraken|bekritiseren|1.0
p:aan afspraken|prijzen|-1.0
p:aan afspraken|afronding-aankondigen|-1.0
p:aan alles|aanmoediging|-0.94
p:aan als|ik-boodschap|-0.95
p:aan als|bevelen|0.95
p:aan bij|bevelen|-0.95
p:aan dat|jij-boodschap|-0.91
p:aan dat|parafrase|0.95
p:aan dat|gevoelsreflectie|-0.92
p:aan dat|open-vraag|0.63
p:aan dat|bekritiseren|-0.91
p:aan de|jij-boodschap|0.97
p:aan de|gevoelsreflectie|0.92
p:aan de|open-vraag|0.64
p:aan de|waarschuwen|0.24
p:aan de|bekritiseren|-0.12
p:aan de|interpreteren|1.0
p:aan de|geruststellen|-0.74
p:aan denken|afleiden|0.9
p:aan doen|bekritiseren|-0.73
p:aan doen|afleiden|-0.91
p:aan een|adviseren|0.98
p:aan en|jij-boodschap|0.91
p:aan en|samenvatting|-0.91
p:aan en|open-vraag|-0.87
p:aan en|bekritiseren|0.91
p:aan gedaan|parafrase|-0.93
p:aan gedaan|bevelen|-0.93
p:aan gedaan|bekritiseren|-0.88
p:aan gedacht|adviseren|0.86
p:aan gewerkt|jij-boodschap|-0.9
p:aan het|ik-boodschap|-0.96
p:aan het|jij-boodschap|-0.82
p:aan het|bekritiseren|-0.92
p:aan het|afleiden|-0.96
p:aan hoor|aanmoediging|0.94
p:aan houden|prijzen|-1.0
p:aan houden|afronding-aankondigen|-1.0
p:aan je|ik-boodschap|0.92
p:aan je|jij-boodschap|1.0
p:aan je|bevelen|-0.87
p:aan je|moraliseren|-0.92
p:aan je|bekritiseren|1.0
p:aan je|interpreteren|-0.92
p:aan maken|jij-boodschap|-0.99
p:aan mevrouw|bevelen|0.97
p:aan mevrouw|vervolgafspraak|-0.72
p:aan mij|argumenteren|0.98
p:aan mij|bekritiseren|-0.85
p:aan nu|bevelen|0.91
p:aan school|bevelen|0.97
p:aan school|bekritiseren|0.97
p:aan te|jij-boodschap|-1.0
p:aan te|adviseren|-1.0
p:aan te|etiketteren|-1.0
p:aan te|afleiden|1.65
p:aan toevoegen|samenvatting|0.86
p:aan toevoegen|open-vraag|0.99
p:aan veranderen|adviseren|-0.98
p:aan veranderen|argumenteren|0.98
p:aan vrijdag|samenvatting|0.85
p:aan vrijdag|bedanken|-0.92
p:aan zijn|ik-boodschap|0.93
p:aan zijn|jij-boodschap|0.83
p:aan zijn|parafrase|0.99
p:aan zijn|open-vraag|-0.95
p:aanbieden aan|bevelen|0.97
p:aandacht hij|interpreteren|0.91
p:aandacht krijgt|waarschuwen|-0.99
p:aandacht van|jij-boodschap|-1.0
p:aankloppen voor|gevoelsreflectie|0.93
p:aanpakken ?|ik-boodschap|-0.99
p:aanpakken ?|parafrase|-0.91
p:aanpakken ?|samenvatting|0.86
p:aanpakken ?|open-vraag|0.99
p:aansluiting heeft|ik-boodschap|0.95
p:aansluiting met|waarschuwen|-1.8
p:aansprak ?|gevoelsreflectie|-0.93
p:aansteller dat|jij-boodschap|0.98
p:aansteller dat|etiketteren|0.54
p:aantekeningen op|etiketteren|-0.99
p:aardrijkskunde zakt|ik-boodschap|0.93
p:aardrijkskunde zakt|jij-boodschap|-0.93
p:aardrijkskunde zakt|bekritiseren|-0.7
p:ach daar|afleiden|0.99
p:ach dat|moraliseren|-0.9
p:ach dat|geruststellen|-1.69
p:ach dat|afleiden|0.61
p:ach die|afleiden|0.89
p:ach een|gevoelsreflectie|0.98
p:ach een|afleiden|1.67
p:ach elke|geruststellen|0.81
p:ach elke|afleiden|-0.81
p:ach het|argumenteren|-0.97
p:ach het|geruststellen|0.91
p:ach het|afleiden|-0.93
p:ach iedereen|etiketteren|-0.68
p:ach iedereen|geruststellen|-0.96
p:ach iedereen|afleiden|0.96
p:ach joh|open-vraag|-0.93
p:ach jongens|argumenteren|-0.95
p:ach plagen|geruststellen|-0.94
p:ach plagen|afleiden|1.57
p:ach ruzietjes|afleiden|0.93
p:ach u|jij-boodschap|0.12
p:ach u|bekritiseren|-0.94
p:ach u|prijzen|-0.96
p:ach u|etiketteren|0.96
p:ach u|afleiden|-0.63
p:ach wat|afleiden|-0.94
p:ach zulke|geruststellen|-0.93
p:ach zulke|afleiden|0.93
p:acht bij|bevelen|0.94
p:acht uur|ik-boodschap|-0.96
p:acht uur|bekritiseren|-0.96
p:achter de|bekritiseren|0.98
p:achter zetten|vervolgafspraak|-0.99
p:achterin en|samenvatting|-0.96
p:achterloopt zullen|adviseren|-0.98
p:advies is|moraliseren|-0.99
p:advies is|adviseren|-0.94
p:advies van|prijzen|1.0
p:advies van|interpreteren|-1.0
p:advocaat van|bekritiseren|-1.81
p:advocaat van|etiketteren|0.85
p:advocaat zeg|jij-boodschap|1.82
p:advocaat zeg|gevoelsreflectie|-0.78
p:advocaat zeg|etiketteren|0.98
p:af als|jij-boodschap|-0.97
p:af bedankt|ik-boodschap|-0.98
p:af dat|ik-boodschap|-0.71
p:af dat|samenvatting|1.6
p:af dat|vervolgafspraak|0.94
p:af en|moraliseren|0.99
p:af en|afronding-aankondigen|1.0
p:af hebt|jij-boodschap|0.91
p:af heeft|ik-boodschap|-0.92
p:af hoe|ik-boodschap|0.81
p:af ik|afronding-aankondigen|0.91
p:af is|ik-boodschap|-0.62
p:af is|geruststellen|-0.77
p:af maandag|bedanken|0.96
p:af met|vervolgafspraak|1.0
p:af op|bekritiseren|0.96
p:af te|ik-boodschap|0.99
p:af te|samenvatting|-0.99
p:af te|bevelen|0.98
p:af te|argumenteren|-0.97
p:af tot|ik-boodschap|-0.81
p:af tot|waarschuwen|0.81
p:af waardoor|bekritiseren|-0.23
p:afdeling bevallen|open-vraag|0.91
p:afgaat in|jij-boodschap|-1.0
p:afgaat tijdens|bevelen|-0.62
p:afgaat tijdens|vervolgafspraak|-0.94
p:afgelopen twee|ik-boodschap|0.93
p:afgelopen twee|jij-boodschap|-0.93
p:afgelopen twee|bekritiseren|-0.7
p:afgelopen week|ik-boodschap|0.62
p:afgemeld ?|ik-boodschap|-0.97
p:afgezegd zo|jij-boodschap|1.8
p:afgezegd zo|bekritiseren|1.79
p:afheeft waardoor|open-vraag|0.98
p:afronden bedankt|afronding-aankondigen|1.0
p:afronden bedankt|bedanken|1.0
p:afronden en|vervolgafspraak|0.95
p:afronden over|samenvatting|0.92
p:afronden over|vervolgafspraak|0.92
p:afronden over|bedanken|0.92
p:afsluiten de|samenvatting|-0.97
p:afsluiten de|vervolgafspraak|-0.97
p:afsluiten de|bedanken|-0.97
p:afsluiten voor|afronding-aankondigen|0.99
p:afspraak bij|samenvatting|0.91
p:afspraak bij|vervolgafspraak|0.91
p:afspraak met|argumenteren|-0.97
p:afspraak met|bekritiseren|-0.99
p:afspraken ?|ondervragen|-0.99
p:afspraken aan|jij-boodschap|0.83
p:afspraken aan|bekritiseren|0.96
p:afspraken die|afronding-aankondigen|-0.92
p:afspraken en|prijzen|-1.0
p:afspraken en|afronding-aankondigen|-1.0
p:afspraken gehouden|jij-boodschap|0.99
p:afspraken houdt|jij-boodschap|-0.91
p:afspraken houdt|open-vraag|0.63
p:afspraken houdt|bekritiseren|-0.91
p:afspraken op|adviseren|-0.99
p:afspraken op|afronding-aankondigen|-0.99
p:afspraken te|jij-boodschap|-1.0
p:afspraken te|waarschuwen|-0.52
p:afspraken te|bekritiseren|-1.0
p:afspreken ?|open-vraag|-0.78
p:afspreken ?|adviseren|0.91
p:afspreken ?|afronding-aankondigen|-0.98
p:afspreken en|ik-boodschap|0.98
p:afspreken u|samenvatting|0.85
p:afspreken u|bedanken|-0.92
p:afwezig moeten|ik-boodschap|0.94
p:afwezig moeten|waarschuwen|-0.94
p:agenda door|samenvatting|1.0
p:agenda door|open-vraag|-0.94
p:agenda door|adviseren|0.82
p:agenda door|prijzen|0.98
p:agenda door|vervolgafspraak|1.0
p:agenda elke|geruststellen|-0.85
p:akkoord met|adviseren|-0.97
p:akkoord met|prijzen|0.99
p:akkoord met|vervolgafspraak|-1.88
p:al 5x|bekritiseren|-0.99
p:al ?|afleiden|-0.96
p:al als|ik-boodschap|0.94
p:al als|waarschuwen|-0.94
p:al drie|jij-boodschap|0.9
p:al drie|adviseren|-0.98
p:al drie|etiketteren|-0.63
p:al eens|adviseren|0.93
p:al gebeuren|waarschuwen|-0.8
p:al gedaan|prijzen|-0.97
p:al gezien|ondervragen|-0.92
p:al gezien|afleiden|0.96
p:al had|bekritiseren|-0.45
p:al heeft|parafrase|-0.95
p:al in|parafrase|0.98
p:al in|samenvatting|-0.86
p:al in|waarschuwen|-0.96
p:al inleverde|ik-boodschap|-0.77
p:al inleverde|argumenteren|-0.98
p:al inpakt|open-vraag|-0.98
p:al inpakt|adviseren|1.85
p:al oor|aanmoediging|0.65
p:al over|samenvatting|-0.92
p:al over|vervolgafspraak|-0.92
p:al sinds|argumenteren|0.94
p:al te|ik-boodschap|-0.93
p:al twee|argumenteren|0.98
p:al vier|argumenteren|0.92
p:al vier|vervolgafspraak|-0.99
p:alle afspraken|jij-boodschap|0.83
p:alle afspraken|bekritiseren|0.96
p:alle leerlingen|argumenteren|1.0
p:alle leerlingen|etiketteren|-0.96
p:alle tijd|aanmoediging|0.94
p:allebei bij|vervolgafspraak|-0.73
p:allebei dat|ik-boodschap|-0.86
p:allebei dat|samenvatting|0.82
p:allebei dat|bedanken|-0.98
p:allebei niks|ik-boodschap|0.87
p:allebei wat|vervolgafspraak|0.99
p:allebei zorgen|vervolgafspraak|-0.84
p:alleen aan|argumenteren|0.98
p:alleen aan|bekritiseren|-0.85
p:alleen dat|ik-boodschap|-0.62
p:alleen dat|geruststellen|-0.77
p:alleen in|gevoelsreflectie|-0.97
p:alleen loopt|ik-boodschap|-0.93
p:alleen maar|jij-boodschap|1.0
p:alleen maar|moraliseren|-0.91
p:alleen maar|bekritiseren|1.89
p:alleen naar|gevoelsreflectie|-0.99
p:alleen op|ik-boodschap|-0.95
p:alleen staan|moraliseren|0.93
p:alleen voelde|gevoelsreflectie|1.87
p:alleen voelt|ik-boodschap|-0.98
p:alleen voelt|gevoelsreflectie|0.96
p:alleen voor|ik-boodschap|0.81
p:alleen voor|jij-boodschap|-0.91
p:alleen voor|bekritiseren|-0.91
p:alleen zit|ik-boodschap|0.95
p:alleen zit|argumenteren|-0.98
p:allemaal combineert|prijzen|0.98
p:allemaal combineert|geruststellen|-0.98
p:allemaal de|jij-boodschap|0.86
p:allemaal goed|jij-boodschap|-1.0
p:allemaal goed|waarschuwen|-0.99
p:allemaal goed|geruststellen|0.99
p:allemaal kan|ik-boodschap|0.92
p:allemaal op|geruststellen|0.93
p:allemaal regelt|prijzen|0.97
p:allemaal te|gevoelsreflectie|0.88
p:alles aan|bekritiseren|-0.88
p:alles beter|bekritiseren|0.91
p:alles bij|gevoelsreflectie|-0.72
p:alles bij|samenvatting|0.95
p:alles dat|aanmoediging|-0.94
p:alles en|gevoelsreflectie|-0.83
p:alles en|bevelen|-0.93
p:alles en|vervolgafspraak|-0.93
p:alles maar|jij-boodschap|0.96
p:alles maar|bekritiseren|0.96
p:alles meevolgen|parafrase|-0.96
p:alles nog|samenvatting|-0.91
p:alles op|gevoelsreflectie|-0.97
p:alles op|bekritiseren|0.52
p:alles op|etiketteren|0.34
p:alles voor|jij-boodschap|0.96
p:alles voor|afleiden|-1.0
p:als afwezig|ik-boodschap|0.94
p:als afwezig|waarschuwen|-0.94
p:als daan|open-vraag|0.78
p:als daan|vervolgafspraak|1.61
p:als daan|bedanken|-0.94
p:als dat|jij-boodschap|1.56
p:als dat|waarschuwen|0.97
p:als dat|bekritiseren|0.13
p:als die|bevelen|-0.62
p:als die|moraliseren|0.93
p:als die|vervolgafspraak|-0.94
p:als dit|gevoelsreflectie|0.92
p:als dit|bevelen|-1.0
p:als dit|waarschuwen|0.82
p:als dit|interpreteren|-1.0
p:als een|jij-boodschap|2.82
p:als een|gevoelsreflectie|0.21
p:als een|etiketteren|1.97
p:als eerste|ik-boodschap|-0.99
p:als eerste|parafrase|-0.91
p:als eerste|samenvatting|0.86
p:als eerste|open-vraag|0.99
p:als er|gevoelsreflectie|-0.93
p:als er|vervolgafspraak|0.84
p:als finn|prijzen|0.94
p:als fleur|parafrase|-0.95
p:als gijs|ik-boodschap|0.86
p:als gijs|vervolgafspraak|-0.95
p:als het|jij-boodschap|1.89
p:als het|waarschuwen|1.0
p:als het|argumenteren|-0.9
p:als het|bekritiseren|0.87
p:als het|prijzen|-0.91
p:als het|etiketteren|0.91
p:als hij|jij-boodschap|-0.97
p:als hij|adviseren|0.94
p:als hij|bekritiseren|-0.94
p:als ik|ik-boodschap|-0.19
p:als ik|jij-boodschap|-0.92
p:als ik|parafrase|3.89
p:als ik|gevoelsreflectie|-1.69
p:als ik|samenvatting|1.01
p:als ik|open-vraag|-0.22
p:als ik|bevelen|1.22
p:als ik|waarschuwen|-2.51
p:als ik|adviseren|0.99
p:als ik|argumenteren|-0.97
p:als ik|bekritiseren|-1.3
p:als ik|prijzen|-0.9
p:als je|ik-boodschap|-0.77
p:als je|jij-boodschap|-0.97
p:als je|open-vraag|-1.83
p:als je|bevelen|-0.37
p:als je|waarschuwen|1.88
p:als je|adviseren|0.82
p:als je|bekritiseren|0.93
p:als je|prijzen|0.97
p:als je|etiketteren|-1.0
p:als je|interpreteren|-0.99
p:als je|geruststellen|-1.0
p:als je|vervolgafspraak|-1.0
p:als jesse|waarschuwen|-0.92
p:als jij|ik-boodschap|0.96
p:als jij|moraliseren|-0.96
p:als jullie|ik-boodschap|0.98
p:als jullie|bekritiseren|0.95
p:als keuzevak|open-vraag|-0.96
p:als laatste|ik-boodschap|-0.99
p:als leerling|moraliseren|0.95
p:als leerling|adviseren|-0.96
p:als leerling|etiketteren|-0.53
p:als lieke|ik-boodschap|0.98
p:als lieke|samenvatting|-0.98
p:als lieke|open-vraag|0.98
p:als lotte|ik-boodschap|0.97
p:als lucas|waarschuwen|0.93
p:als mila|open-vraag|0.85
p:als moeder|jij-boodschap|0.16
p:als moeder|waarschuwen|-0.92
p:als moeder|moraliseren|1.0
p:als moeder|bekritiseren|1.0
p:als noor|vervolgafspraak|0.99
p:als ouder|ik-boodschap|-1.0
p:als ouder|jij-boodschap|-1.0
p:als ouder|parafrase|-1.0
p:als ouder|samenvatting|-1.0
p:als ouder|open-vraag|-1.0
p:als ouder|aanmoediging|-1.0
p:als ouder|bevelen|-1.0
p:als ouder|waarschuwen|-1.0
p:als ouder|moraliseren|-0.1
p:als ouder|adviseren|-1.0
p:als ouder|prijzen|-1.0
p:als ouder|etiketteren|-1.0
p:als ouder|interpreteren|-1.0
p:als ouder|geruststellen|-1.0
p:als ouder|ondervragen|-1.0
p:als ouder|afleiden|-1.0
p:als ouder|afronding-aankondigen|-1.0
p:als ouder|vervolgafspraak|-1.0
p:als ouder|bedanken|-1.0
p:als ouders|adviseren|0.97
p:als u|ik-boodschap|-0.83
p:als u|jij-boodschap|-0.93
p:als u|waarschuwen|1.9
p:als u|bekritiseren|-1.25
p:als u|prijzen|1.99
p:als uw|gevoelsreflectie|0.8
p:als vader|jij-boodschap|0.92
p:als vader|moraliseren|0.99
p:als vader|adviseren|-0.99
p:als verpleegkundige|prijzen|0.95
p:als we|jij-boodschap|-1.79
p:als we|waarschuwen|-0.91
p:als we|bekritiseren|-1.45
p:als we|ondervragen|0.93
p:als ze|ik-boodschap|-1.84
p:als ze|waarschuwen|0.92
p:als ze|prijzen|-0.96
p:alsof de|bevelen|-0.91
p:alsof er|jij-boodschap|0.98
p:alsof er|bekritiseren|0.81
p:alsof er|geruststellen|-0.74
p:alsof het|jij-boodschap|0.86
p:alsof het|open-vraag|-0.94
p:alsof je|jij-boodschap|-0.92
p:alsof je|gevoelsreflectie|2.87
p:alsof je|moraliseren|-0.99
p:alsof je|bekritiseren|-0.68
p:altijd alles|bekritiseren|0.52
p:altijd binnenslenteren|bevelen|-0.91
p:altijd degene|etiketteren|-0.95
p:altijd een|moraliseren|-1.0
p:altijd iets|prijzen|-1.0
p:altijd meteen|bekritiseren|-1.81
p:altijd meteen|etiketteren|0.85
p:altijd snel|bekritiseren|-0.69
p:altijd te|bekritiseren|0.59
p:altijd te|ondervragen|-0.99
p:altijd voor|prijzen|0.91
p:altijd voor|bedanken|-0.74
p:altijd welkom|jij-boodschap|-0.98
p:altijd welkom|aanmoediging|-0.96
p:altijd zo|waarschuwen|-0.91
p:altijd zo|adviseren|-0.98
p:altijd zo|bekritiseren|0.96
p:altijd zo|prijzen|1.99
p:altijd zo|etiketteren|-0.71
p:altijd zo|interpreteren|-1.0
p:altijd zo|vervolgafspraak|-0.89
p:amira in|ik-boodschap|0.19
p:amira in|gevoelsreflectie|-0.99
p:ander moet|open-vraag|-1.0
p:ander verhaal|afleiden|0.81
p:ander zoals|jij-boodschap|-0.59
p:ander zoals|bevelen|-0.97
p:ander zoals|moraliseren|0.97
p:andere kinderen|bekritiseren|-1.0
p:andere kinderen|ondervragen|-1.0
p:andere mentor|adviseren|-0.99
p:andere moeder|parafrase|1.87
p:andere ouders|jij-boodschap|-0.98
p:andere ouders|prijzen|-0.98
p:andere woorden|parafrase|0.95
p:andere woorden|gevoelsreflectie|-0.93
p:andere woorden|samenvatting|-0.99
p:andere woorden|afleiden|-0.98
p:anderen alles|gevoelsreflectie|-0.83
p:anderen alles|bevelen|-0.93
p:anderen alles|vervolgafspraak|-0.93
p:anderen hun|ik-boodschap|0.96
p:anderen hun|aanmoediging|-0.99
p:anderen je|jij-boodschap|-0.96
p:anderen liggen|ik-boodschap|0.98
p:anderen liggen|samenvatting|-0.98
p:anderen liggen|open-vraag|0.98
p:anderen maken|jij-boodschap|1.0
p:anderen maken|bevelen|-0.87
p:anderen maken|bekritiseren|1.0
p:anderen me|ik-boodschap|0.99
p:anders behandelt|parafrase|0.99
p:anders bel|bevelen|-0.94
p:anders de|argumenteren|-1.0
p:anders even|adviseren|0.98
p:anders heeft|afleiden|0.96
p:anders kan|ik-boodschap|-1.0
p:anders kan|gevoelsreflectie|-1.0
p:anders kan|argumenteren|-1.0
p:anders laat|waarschuwen|1.65
p:anders moet|adviseren|-1.0
p:anders moet|etiketteren|-1.0
p:anders of|prijzen|1.0
p:anders stop|waarschuwen|0.97
p:anders wordt|bevelen|0.51
p:anders wordt|waarschuwen|0.76
p:anders zitten|bevelen|-0.7
p:anders zitten|waarschuwen|-0.9
p:angst zit|gevoelsreflectie|0.89
p:anouk in|argumenteren|-0.98
p:antwoord dan|argumenteren|-0.97
p:apart gaat|gevoelsreflectie|-0.83
p:apart gaat|bevelen|-0.93
p:apart gaat|vervolgafspraak|-0.93
p:apart uitleggen|samenvatting|-0.91
p:app het|ik-boodschap|-1.0
p:app het|samenvatting|1.0
p:app je|samenvatting|-0.94
p:app niet|parafrase|0.96
p:app u|vervolgafspraak|0.98
p:app zelf|jij-boodschap|0.77
p:app zelf|bekritiseren|0.94
p:avond ?|adviseren|-0.92
p:avond samen|open-vraag|-0.94
p:avond samen|adviseren|0.82
p:avond samen|prijzen|0.98
p:avond tot|prijzen|-0.96
p:avond van|open-vraag|-0.98
p:avond van|adviseren|1.85
p:avondeten ?|open-vraag|-1.0
p:avonds beneden|adviseren|0.92
p:avonds niet|parafrase|0.98
p:avonds niet|adviseren|0.98
p:avonds omgaat|bekritiseren|0.61
p:avonds op|parafrase|-0.99
p:avonds op|adviseren|-0.88
p:avonds zijn|waarschuwen|-0.75
p:ayoub hielp|ik-boodschap|0.87
p:ayoub is|samenvatting|0.92
p:ayoub is|waarschuwen|-0.92
p:baalt er|gevoelsreflectie|0.98
p:baalt er|open-vraag|-0.98
p:baalt er|geruststellen|-0.95
p:baalt er|ondervragen|-0.98
p:baalt ervan|moraliseren|-0.96
p:baalt ervan|afleiden|0.96
p:baby doen|bevelen|-0.99
p:baby doen|etiketteren|0.51
p:bakker van|vervolgafspraak|0.96
p:balen voor|gevoelsreflectie|-0.76
p:balen voor|open-vraag|1.0
p:balen voor|afronding-aankondigen|-1.0
p:bang bent|jij-boodschap|-0.96
p:bang bent|interpreteren|0.99
p:bang bent|bedanken|-0.99
p:bang dat|parafrase|-0.86
p:bang dat|gevoelsreflectie|-0.89
p:bang dat|samenvatting|0.89
p:bang dat|geruststellen|0.85
p:bang is|etiketteren|-0.93
p:bang om|gevoelsreflectie|0.91
p:bang om|adviseren|-0.81
p:bang om|interpreteren|0.99
p:bas naast|ik-boodschap|0.93
p:basisschool en|vervolgafspraak|-0.95
p:bed ?|parafrase|-0.99
p:bed ?|adviseren|-0.88
p:bed gaat|interpreteren|0.91
p:bed moeten|bekritiseren|0.83
p:bed te|parafrase|0.96
p:bed te|bevelen|-1.0
p:bed te|moraliseren|1.0
p:bed te|prijzen|-0.89
p:bedacht ?|ondervragen|0.91
p:bedankt dat|ik-boodschap|-0.98
p:bedankt dat|bekritiseren|-1.35
p:bedankt dat|afronding-aankondigen|1.0
p:bedankt dat|bedanken|1.74
p:bedankt en|waarschuwen|-0.96
p:bedankt voor|jij-boodschap|-1.0
p:bedankt voor|samenvatting|0.94
p:bedankt voor|bekritiseren|2.01
p:bedankt voor|interpreteren|-1.0
p:bedankt voor|vervolgafspraak|-0.94
p:bedoeling van|etiketteren|-0.85
p:bedoelt dat|parafrase|1.79
p:bedoelt dat|argumenteren|-0.92
p:bedoelt dat|geruststellen|-0.92
p:bedoelt dus|argumenteren|-0.93
p:bedoelt u|parafrase|-0.98
p:bedtijd en|samenvatting|0.85
p:bedtijd en|bedanken|-0.92
p:beetje geschrokken|gevoelsreflectie|0.92
p:beetje heimwee|interpreteren|0.98
p:beetje luchtig|afleiden|0.96
p:beetje mee|interpreteren|-0.92
p:beetje teleurgesteld|geruststellen|-0.98
p:beetje uitlokt|ik-boodschap|-0.94
p:beetje uitlokt|jij-boodschap|-0.72
p:beetje verdrietig|gevoelsreflectie|1.16
p:beetje verdrietig|etiketteren|-0.96
p:beetje voor|parafrase|-1.0
p:beetje voor|samenvatting|-1.0
p:begeleider ook|prijzen|-0.9
p:begeleider ook|afronding-aankondigen|-0.9
p:begeleiders meegaan|gevoelsreflectie|-0.93
p:begin dat|prijzen|-0.95
p:beginnen ?|gevoelsreflectie|1.0
p:beginnen ?|open-vraag|1.0
p:beginnen ?|etiketteren|-0.98
p:beginnen ?|afleiden|-0.76
p:beginnen ?|vervolgafspraak|-0.92
p:beginnen en|ik-boodschap|0.96
p:begint er|jij-boodschap|0.85
p:begint er|bekritiseren|0.56
p:begint het|samenvatting|-0.96
p:begint mijn|vervolgafspraak|-0.99
p:begint om|interpreteren|0.95
p:begon al|parafrase|0.98
p:begon al|samenvatting|-0.86
p:begon het|waarschuwen|-0.96
p:begon maar|parafrase|0.99
p:begon na|parafrase|-0.99
p:begon na|samenvatting|0.87
p:begon pas|parafrase|0.87
p:begrepen dat|parafrase|0.74
p:begrijp begon|waarschuwen|-0.96
p:begrijp dat|gevoelsreflectie|0.1
p:begrijp dat|open-vraag|-0.78
p:begrijp dat|argumenteren|0.82
p:begrijp dat|bekritiseren|0.12
p:begrijp dat|geruststellen|1.07
p:begrijp dat|afleiden|0.71
p:begrijp heeft|ik-boodschap|-0.96
p:begrijp heeft|parafrase|0.96
p:begrijp het|parafrase|-0.9
p:begrijp het|aanmoediging|1.0
p:begrijp ik|ik-boodschap|-0.98
p:begrijp ik|parafrase|0.4
p:begrijp ik|gevoelsreflectie|0.95
p:begrijp komt|parafrase|0.99
p:begrijp komt|bekritiseren|-0.99
p:begrijp snap|prijzen|-0.91
p:begrijp vindt|parafrase|0.96
p:begrijp wilt|adviseren|-0.99
p:begrijpt dat|gevoelsreflectie|-0.92
p:begrijpt u|open-vraag|0.96
p:begrijpt vast|ik-boodschap|-1.0
p:begrijpt vast|parafrase|-0.97
p:begrijpt vast|gevoelsreflectie|-1.0
p:begrijpt vast|argumenteren|-1.0
p:behandeld wilt|jij-boodschap|-0.59
p:behandeld wilt|bevelen|-0.97
p:behandeld wilt|moraliseren|0.97
p:behandelt dan|parafrase|0.99
p:behandelt een|jij-boodschap|-0.59
p:behandelt een|bevelen|-0.97
p:behandelt een|moraliseren|0.97
p:behoorlijk alleen|gevoelsreflectie|1.87
p:behoorlijk onbeschoft|argumenteren|-0.99
p:behoorlijk onredelijk|bekritiseren|0.92
p:behoorlijk van|ik-boodschap|-0.96
p:behoorlijk van|gevoelsreflectie|0.71
p:behulpzaam is|bekritiseren|0.97
p:behulpzaam is|etiketteren|-0.86
p:behulpzaam weer|bekritiseren|0.95
p:behulpzaam weer|bedanken|-1.76
p:behulpzame leerling|jij-boodschap|-0.91
p:behulpzame leerling|bekritiseren|-0.91
p:behulpzame leerling|etiketteren|-0.91
p:bel ik|samenvatting|0.94
p:bel ik|bevelen|-0.94
p:bel ik|waarschuwen|1.29
p:bel ik|vervolgafspraak|0.98
p:bel ik|bedanken|0.94
p:bel je|ik-boodschap|-0.91
p:bel je|samenvatting|-0.91
p:bel je|adviseren|-0.91
p:bel u|gevoelsreflectie|-0.99
p:bel u|open-vraag|-0.78
p:bel u|bevelen|-0.98
p:bel u|vervolgafspraak|1.98
p:belachelijke reactie|bekritiseren|0.99
p:belachelijke reactie|geruststellen|-0.99
p:belangrijkere dingen|afleiden|0.93
p:bellen ?|vervolgafspraak|0.97
p:belonen als|ik-boodschap|-0.92
p:beloof ik|ik-boodschap|-0.91
p:beloof ik|geruststellen|0.91
p:belt bij|samenvatting|0.92
p:belt bij|vervolgafspraak|0.92
p:belt bij|bedanken|0.92
p:belt morgen|jij-boodschap|-0.86
p:belt morgen|bevelen|1.73
p:belt morgen|vervolgafspraak|-0.98
p:belt morgen|bedanken|-0.98
p:belt u|samenvatting|-1.0
p:belt u|waarschuwen|-1.0
p:belt u|argumenteren|-1.0
p:belt u|vervolgafspraak|0.97
p:belt zelf|bevelen|0.96
p:belt zelf|vervolgafspraak|-0.96
p:bemoeien je|bekritiseren|0.97
p:bemoeit zich|gevoelsreflectie|-0.88
p:bemoeit zich|bekritiseren|1.07
p:ben benieuwd|open-vraag|0.98
p:ben best|ik-boodschap|0.97
p:ben best|jij-boodschap|-0.97
p:ben best|bekritiseren|-0.97
p:ben bezorgd|open-vraag|-0.91
p:ben blij|ik-boodschap|0.99
p:ben daar|ik-boodschap|0.13
p:ben daar|afleiden|-0.98
p:ben echt|ik-boodschap|0.96
p:ben echt|open-vraag|0.96
p:ben een|aanmoediging|0.65
p:ben er|ik-boodschap|-0.98
p:ben erg|ik-boodschap|0.83
p:ben ik|ik-boodschap|1.82
p:ben ik|samenvatting|-0.99
p:ben ik|waarschuwen|-0.99
p:ben je|parafrase|0.95
p:ben je|samenvatting|-0.95
p:ben je|geruststellen|0.91
p:ben jij|bekritiseren|-0.81
p:ben meneer|ik-boodschap|-0.95
p:ben nog|bevelen|0.93
p:ben teleurgesteld|jij-boodschap|1.0
p:ben teleurgesteld|aanmoediging|-1.0
p:ben teleurgesteld|argumenteren|-1.0
p:ben teleurgesteld|bekritiseren|1.0
p:ben u|gevoelsreflectie|-0.99
p:ben u|bedanken|0.99
p:beneden laten|parafrase|0.98
p:beneden laten|adviseren|0.98
p:beneden te|adviseren|0.92
p:benieuwd naar|open-vraag|0.98
p:bent ?|jij-boodschap|-0.93
p:bent altijd|waarschuwen|-0.91
p:bent altijd|adviseren|-0.98
p:bent altijd|prijzen|1.02
p:bent altijd|etiketteren|-0.95
p:bent altijd|interpreteren|-1.0
p:bent altijd|vervolgafspraak|-0.89
p:bent bang|parafrase|-0.86
p:bent bang|gevoelsreflectie|-0.89
p:bent bang|samenvatting|0.89
p:bent bang|geruststellen|0.85
p:bent blijven|interpreteren|0.97
p:bent boos|parafrase|0.68
p:bent boos|etiketteren|-0.98
p:bent boos|ondervragen|0.96
p:bent bram|ik-boodschap|-0.62
p:bent bram|geruststellen|-0.77
p:bent dat|jij-boodschap|-0.96
p:bent de|jij-boodschap|-0.88
p:bent de|etiketteren|-0.97
p:bent duidelijk|gevoelsreflectie|0.8
p:bent duidelijk|vervolgafspraak|0.89
p:bent dus|gevoelsreflectie|0.93
p:bent dus|prijzen|0.95
p:bent echt|jij-boodschap|3.43
p:bent echt|gevoelsreflectie|-0.89
p:bent echt|adviseren|-0.85
p:bent echt|argumenteren|-0.98
p:bent echt|bekritiseren|-1.0
p:bent echt|prijzen|0.92
p:bent echt|etiketteren|1.96
p:bent echt|geruststellen|-0.98
p:bent een|jij-boodschap|1.0
p:bent een|parafrase|-0.96
p:bent een|gevoelsreflectie|-0.99
p:bent een|bevelen|-0.99
p:bent een|adviseren|0.99
p:bent een|prijzen|0.99
p:bent een|etiketteren|1.0
p:bent een|afleiden|-1.0
p:bent een|vervolgafspraak|-1.0
p:bent eigenlijk|adviseren|-0.81
p:bent eigenlijk|interpreteren|0.99
p:bent er|jij-boodschap|-0.79
p:bent er|gevoelsreflectie|1.0
p:bent er|open-vraag|-1.0
p:bent gekomen|afronding-aankondigen|-1.0
p:bent gekomen|bedanken|1.0
p:bent gekwetst|parafrase|1.87
p:bent geweest|bekritiseren|-0.87
p:bent gewoon|jij-boodschap|0.98
p:bent gewoon|bekritiseren|-0.71
p:bent gewoon|etiketteren|1.5
p:bent heel|jij-boodschap|-0.88
p:bent helemaal|etiketteren|-0.87
p:bent hem|interpreteren|0.99
p:bent hem|bedanken|-0.99
p:bent hier|geruststellen|-0.72
p:bent ik|ik-boodschap|0.71
p:bent ik|gevoelsreflectie|0.83
p:bent kwaad|gevoelsreflectie|0.89
p:bent maar|gevoelsreflectie|0.98
p:bent maar|aanmoediging|-0.96
p:bent maar|bevelen|1.8
p:bent maar|argumenteren|0.82
p:bent maar|geruststellen|1.98
p:bent maar|afleiden|0.71
p:bent niet|afleiden|-0.96
p:bent nogal|jij-boodschap|0.98
p:bent nogal|bekritiseren|-0.13
p:bent omdat|interpreteren|0.91
p:bent oneerlijk|gevoelsreflectie|-1.69
p:bent oneerlijk|bekritiseren|0.96
p:bent ongerust|gevoelsreflectie|0.92
p:bent ook|bekritiseren|-0.26
p:bent ook|etiketteren|0.13
p:bent sandra|ik-boodschap|-0.96
p:bent soms|jij-boodschap|0.89
p:bent soms|etiketteren|0.89
p:bent teleurgesteld|jij-boodschap|-0.98
p:bent teleurgesteld|gevoelsreflectie|0.95
p:bent tevreden|gevoelsreflectie|-0.72
p:bent tevreden|samenvatting|0.95
p:bent toch|jij-boodschap|-0.78
p:bent toch|adviseren|-1.0
p:bent toch|prijzen|0.99
p:bent toch|etiketteren|-1.0
p:bent trots|gevoelsreflectie|0.99
p:bent trots|interpreteren|-0.99
p:bent u|jij-boodschap|1.78
p:bent u|bekritiseren|-0.61
p:bent u|prijzen|-0.99
p:bent u|etiketteren|0.97
p:bent u|geruststellen|0.98
p:bent u|ondervragen|1.91
p:bent vergeten|parafrase|0.98
p:bent vergeten|open-vraag|0.97
p:bent volgens|jij-boodschap|-0.98
p:bent volgens|prijzen|-0.98
p:bent voor|ik-boodschap|-0.83
p:bent voor|gevoelsreflectie|0.77
p:bent voor|geruststellen|0.9
p:bent vorig|prijzen|-0.99
p:bent weg|waarschuwen|0.99
p:bent wel|jij-boodschap|0.91
p:bent wel|prijzen|-0.91
p:bent wel|etiketteren|0.91
p:bent wel|geruststellen|-0.91
p:bent zo'n|ik-boodschap|-1.0
p:bent zo'n|jij-boodschap|-1.78
p:bent zo'n|parafrase|-0.97
p:bent zo'n|gevoelsreflectie|-1.0
p:bent zo'n|waarschuwen|-0.97
p:bent zo'n|argumenteren|-1.0
p:bent zo'n|bekritiseren|-0.94
p:bent zo'n|prijzen|1.0
p:bent zo'n|etiketteren|0.96
p:bent zo'n|geruststellen|-0.97
p:bent zo'n|afleiden|-0.63
p:beoordelingscriteria stonden|parafrase|-0.98
p:beoordelingsrubric staat|argumenteren|-0.93
p:bereiken en|open-vraag|0.78
p:berekend volgens|interpreteren|-0.93
p:bericht krijgt|argumenteren|0.94
p:bericht van|jij-boodschap|0.93
p:bericht van|bekritiseren|1.55
p:bericht wegblijft|ik-boodschap|-0.92
p:berichten in|jij-boodschap|1.8
p:berichten in|bekritiseren|1.59
p:besloten ?|ondervragen|0.91
p:bespreken hoe|bekritiseren|-0.93
p:bespreken hoe|prijzen|-0.89
p:bespreken waar|ik-boodschap|0.86
p:bespreken waar|vervolgafspraak|-0.95
p:bespreken we|samenvatting|0.91
p:bespreken we|vervolgafspraak|0.91
p:besproken dan|afronding-aankondigen|0.99
p:besproken dat|ik-boodschap|-0.98
p:besproken de|afronding-aankondigen|-0.97
p:besproken het|parafrase|-1.0
p:besproken het|gevoelsreflectie|-1.0
p:besproken het|samenvatting|1.0
p:besproken het|argumenteren|-1.0
p:best bezorgd|ik-boodschap|0.97
p:best bezorgd|jij-boodschap|-0.97
p:best bezorgd|bekritiseren|-0.97
p:best dat|adviseren|-1.0
p:best dat|etiketteren|-1.0
p:best een|adviseren|-0.85
p:best een|etiketteren|-0.7
p:best eng|gevoelsreflectie|0.88
p:best moet|adviseren|-0.92
p:best niet|jij-boodschap|0.71
p:best niet|waarschuwen|-0.42
p:best verdrietig|ik-boodschap|-0.84
p:best verdrietig|afleiden|-0.98
p:best wil|parafrase|0.95
p:beste gebruiken|open-vraag|-0.88
p:beste is|adviseren|0.12
p:beste leerling|jij-boodschap|-0.78
p:beste leerling|moraliseren|0.99
p:beste leerling|prijzen|0.99
p:beste oplossing|prijzen|0.96
p:beter dan|aanmoediging|-0.96
p:beter dan|etiketteren|0.96
p:beter duits|samenvatting|0.96
p:beter duits|vervolgafspraak|-0.96
p:beter eerst|adviseren|0.9
p:beter hadden|bekritiseren|0.95
p:beter in|jij-boodschap|-0.36
p:beter in|bekritiseren|-0.56
p:beter maar|samenvatting|0.85
p:beter moeten|bekritiseren|-0.9
p:beter niet|prijzen|-0.99
p:beter plannen|bevelen|0.84
p:beter te|adviseren|-0.98
p:beter weet|bekritiseren|0.91
p:betrokken moeder|bevelen|-0.99
p:betrokken moeder|adviseren|0.82
p:betrokken moeder|prijzen|0.22
p:betrokken ouder|parafrase|-0.97
p:betrokken ouder|prijzen|0.95
p:bevallen ?|open-vraag|0.91
p:bevalt het|open-vraag|-1.65
p:bevalt het|afleiden|0.88
p:bevorderen naar|waarschuwen|1.0
p:bewezen dat|geruststellen|-0.99
p:bezig met|ik-boodschap|0.82
p:bezig weer|bekritiseren|0.82
p:bezorgd omdat|open-vraag|-0.91
p:bezorgd ze|ik-boodschap|0.97
p:bezorgd ze|jij-boodschap|-0.97
p:bezorgd ze|bekritiseren|-0.97
p:beëindig dit|afronding-aankondigen|0.96
p:beëindig het|afronding-aankondigen|0.99
p:beëindig ik|jij-boodschap|-0.93
p:beëindigen ik|vervolgafspraak|0.99
p:bibliotheek ?|adviseren|0.99
p:bibliotheek ?|ondervragen|-0.99
p:bieden als|jij-boodschap|-1.0
p:bieden als|moraliseren|1.0
p:bieden als|adviseren|-1.0
p:bieden als|etiketteren|-1.0
p:biedt je|bevelen|1.45
p:biedt je|moraliseren|-0.89
p:bij bent|jij-boodschap|-0.82
p:bij dank|afronding-aankondigen|0.98
p:bij dank|bedanken|0.98
p:bij de|ik-boodschap|2.01
p:bij de|gevoelsreflectie|0.1
p:bij de|samenvatting|-1.03
p:bij de|open-vraag|0.97
p:bij de|bevelen|-0.88
p:bij de|moraliseren|-2.88
p:bij de|prijzen|-1.9
p:bij de|etiketteren|-0.98
p:bij de|geruststellen|-0.96
p:bij de|vervolgafspraak|0.9
p:bij een|open-vraag|-1.0
p:bij een|ondervragen|-0.99
p:bij elkaar|gevoelsreflectie|-0.72
p:bij elkaar|samenvatting|0.1
p:bij engels|ik-boodschap|0.84
p:bij geschiedenis|vervolgafspraak|-0.96
p:bij haar|bevelen|-0.89
p:bij heel|geruststellen|0.84
p:bij het|parafrase|-0.98
p:bij het|bevelen|0.94
p:bij het|afleiden|-0.95
p:bij hoe|moraliseren|0.91
p:bij iedereen|moraliseren|-0.9
p:bij iedereen|afleiden|0.75
p:bij is|ik-boodschap|0.99
p:bij je|geruststellen|-0.91
p:bij jou|ik-boodschap|0.81
p:bij jou|jij-boodschap|-1.0
p:bij jou|gevoelsreflectie|-1.0
p:bij jou|open-vraag|1.0
p:bij jou|aanmoediging|-1.0
p:bij jou|argumenteren|-1.0
p:bij jou|bekritiseren|-1.0
p:bij jullie|open-vraag|0.98
p:bij kinderen|geruststellen|0.93
p:bij kinderen|afleiden|-0.93
p:bij mevrouw|jij-boodschap|-0.67
p:bij mij|bevelen|0.9
p:bij mij|waarschuwen|-0.3
p:bij mij|vervolgafspraak|1.94
p:bij mij|bedanken|-0.96
p:bij moeten|afleiden|-0.98
p:bij moeten|afronding-aankondigen|0.75
p:bij op|geruststellen|-0.94
p:bij op|afleiden|0.85
p:bij scheikunde|waarschuwen|-0.83
p:bij toch|prijzen|0.97
p:bij toetsen|open-vraag|-0.97
p:bij u|vervolgafspraak|-0.64
p:bij was|vervolgafspraak|-0.73
p:bij wat|gevoelsreflectie|1.69
p:bij wiskunde|gevoelsreflectie|-0.92
p:bij wiskunde|bekritiseren|-0.99
p:bij zich|ik-boodschap|-0.9
p:bij zich|bekritiseren|-0.97
p:bij ziekte|samenvatting|0.92
p:bij ziekte|vervolgafspraak|0.92
p:bij ziekte|bedanken|0.92
p:bij zijn|ik-boodschap|-0.98
p:bij zijn|parafrase|0.98
p:bij zijn|gevoelsreflectie|-0.94
p:bij zijn|afleiden|1.0
p:bijbaantje te|moraliseren|-0.98
p:bijbaantje te|interpreteren|-0.98
p:bijhoudt en|ik-boodschap|-0.71
p:bijhoudt en|samenvatting|0.97
p:bijhoudt over|vervolgafspraak|0.94
p:bijles besproken|afronding-aankondigen|0.99
p:bijles daarmee|afronding-aankondigen|0.88
p:bijles en|parafrase|-1.0
p:bijles en|gevoelsreflectie|-1.0
p:bijles en|samenvatting|1.92
p:bijles en|argumenteren|-1.0
p:bijles en|vervolgafspraak|0.92
p:bijles en|bedanken|0.92
p:bijles krijgt|prijzen|0.96
p:bijles op|parafrase|0.74
p:bijles te|adviseren|0.86
p:bijles tot|parafrase|0.86
p:bijles tot|open-vraag|-0.92
p:bijna aan|afleiden|-0.96
p:bijna altijd|jij-boodschap|-0.91
p:bijna door|bedanken|-1.0
p:bijna niet|ik-boodschap|0.92
p:bijna niet|moraliseren|-0.92
p:bijna niet|interpreteren|-0.92
p:bijna niks|ik-boodschap|-0.81
p:bijna om|afronding-aankondigen|0.99
p:bijna vakantie|afleiden|0.96
p:bijvoorbeeld bij|adviseren|0.98
p:bijwerkt kan|ik-boodschap|0.86
p:bijwerkt kan|vervolgafspraak|-0.95
p:bilal tegen|ik-boodschap|0.83
p:binnengekregen waardoor|bekritiseren|-0.96
p:binnenkomt en|open-vraag|0.92
p:binnenkomt en|prijzen|-1.0
p:binnenkomt mist|samenvatting|-0.91
p:binnenkomt waardoor|interpreteren|-0.99
p:binnenkwam wat|ik-boodschap|0.91
p:binnenslenteren alsof|bevelen|-0.91
p:biologie heeft|afleiden|0.93
p:biologie nog|bekritiseren|-0.96
p:blaadjes maakt|etiketteren|-0.99
p:blauw oog|ik-boodschap|0.91
p:blij dat|ik-boodschap|0.99
p:blij met|geruststellen|0.98
p:blijft dat|argumenteren|0.99
p:blijft dat|bekritiseren|-0.99
p:blijft doorgaan|prijzen|-0.99
p:blijft een|samenvatting|0.85
p:blijft het|ik-boodschap|0.98
p:blijft het|samenvatting|-0.98
p:blijft het|open-vraag|0.98
p:blijft kan|waarschuwen|1.0
p:blijft oefenen|waarschuwen|-0.9
p:blijft praten|jij-boodschap|-0.93
p:blijft reageren|waarschuwen|0.91
p:blijft wordt|waarschuwen|1.0
p:blijft zitten|bevelen|-0.5
p:blijft zitten|geruststellen|0.85
p:blijkbaar heel|etiketteren|0.95
p:blijkbaar niet|bekritiseren|0.93
p:blijkt dat|argumenteren|0.99
p:blijven onderbreken|afronding-aankondigen|1.0
p:blijven praten|ik-boodschap|1.85
p:blijven zitten|jij-boodschap|-0.96
p:blijven zitten|interpreteren|0.97
p:blijven zitten|afleiden|0.96
p:boek weer|geruststellen|-0.91
p:boeken al|afleiden|-0.96
p:boeken bij|bekritiseren|-0.97
p:boeken bij|vervolgafspraak|-0.97
p:boeken komt|open-vraag|0.85
p:boeken niet|ik-boodschap|-0.9
p:boeken vaak|open-vraag|-1.0
p:boos bent|ik-boodschap|0.71
p:boos bent|gevoelsreflectie|1.82
p:boos bent|bevelen|0.84
p:boos bent|geruststellen|-0.91
p:boos bent|afleiden|1.67
p:boos omdat|parafrase|0.68
p:boos op|ondervragen|0.96
p:boos over|geruststellen|-0.88
p:boos te|geruststellen|0.96
p:boos toch|afleiden|-0.96
p:boos werd|gevoelsreflectie|-1.69
p:boos werd|open-vraag|-0.92
p:bram dat|afleiden|-0.71
p:bram dus|adviseren|-1.0
p:bram dus|etiketteren|-1.0
p:bram gisteren|ik-boodschap|0.91
p:bram hou|bevelen|0.89
p:bram ik|ik-boodschap|-0.62
p:bram ik|geruststellen|-0.77
p:bram in|ik-boodschap|0.95
p:bram in|parafrase|-0.99
p:bram jij|argumenteren|-0.98
p:bram leuk|jij-boodschap|-0.82
p:bram niet|bevelen|-0.99
p:bram niet|etiketteren|0.51
p:bram voor|parafrase|1.0
p:bram wat|gevoelsreflectie|-0.93
p:bram wat|open-vraag|-0.93
p:bram wat|afleiden|0.93
p:bram zit|ik-boodschap|0.92
p:bram zit|moraliseren|-0.92
p:bram zit|interpreteren|-0.92
p:brief over|ik-boodschap|-0.96
p:brief van|ik-boodschap|-0.99
p:briefje van|jij-boodschap|-0.94
p:briefje van|bevelen|0.94
p:broertje ?|afleiden|-0.66
p:brugklas gewoon|moraliseren|-0.9
p:brugklas gewoon|afleiden|0.75
p:brugklas van|afleiden|-0.69
p:brugklassers hebben|prijzen|-0.95
p:brutaal kevin|etiketteren|-0.89
p:brutaal omdat|interpreteren|0.89
p:brutaal tegen|etiketteren|-0.97
p:buikpijn is|adviseren|-0.96
p:buikpijn is|argumenteren|-0.87
p:buikpijn is|etiketteren|-0.35
p:buikpijn klaagt|gevoelsreflectie|-0.92
p:buikpijn op|moraliseren|-0.99
p:buiten begeleiden|waarschuwen|1.65
p:buiten je|ik-boodschap|0.96
p:buiten je|samenvatting|-0.96
p:buiten je|adviseren|0.96
p:buiten tot|bevelen|0.99
p:buiten zit|ik-boodschap|-0.8
p:buitengesloten het|parafrase|-0.99
p:buitengesloten het|samenvatting|0.87
p:bureau ligt|bevelen|0.93
p:capuchon ophoudt|ik-boodschap|-0.91
p:chagrijn vandaag|prijzen|-0.99
p:chagrijn vandaag|etiketteren|0.99
p:checken lotte|geruststellen|-0.85
p:checken of|parafrase|0.9
p:cijfer ?|gevoelsreflectie|-0.98
p:cijfer dit|geruststellen|-1.0
p:cijfer hij|afleiden|0.93
p:cijfer is|interpreteren|-0.93
p:cijfer kan|bekritiseren|-0.96
p:cijfer niet|parafrase|1.0
p:cijfer niet|gevoelsreflectie|1.0
p:cijfer niet|open-vraag|-1.0
p:cijfer niet|aanmoediging|-1.0
p:cijfer niet|argumenteren|-0.93
p:cijfer nog|ik-boodschap|0.91
p:cijfer te|jij-boodschap|-0.39
p:cijfer te|argumenteren|0.93
p:cijfer toe|vervolgafspraak|0.97
p:cijfer voor|gevoelsreflectie|-0.98
p:cijfer voor|bekritiseren|-0.2
p:cijfer zag|ik-boodschap|-1.0
p:cijfer zag|open-vraag|1.0
p:cijfers dalen|parafrase|-0.99
p:cijfers dalen|samenvatting|1.0
p:cijfers dalen|adviseren|-1.0
p:cijfers de|open-vraag|-0.85
p:cijfers dit|interpreteren|0.91
p:cijfers een|ik-boodschap|-0.89
p:cijfers een|samenvatting|-0.89
p:cijfers een|argumenteren|0.98
p:cijfers een|vervolgafspraak|-0.89
p:cijfers en|gevoelsreflectie|0.95
p:cijfers en|open-vraag|-0.65
p:cijfers en|etiketteren|-0.98
p:cijfers en|vervolgafspraak|-0.84
p:cijfers hebben|afleiden|-0.94
p:cijfers het|afleiden|-0.75
p:cijfers het|vervolgafspraak|-0.92
p:cijfers hij|samenvatting|0.92
p:cijfers hij|waarschuwen|-0.92
p:cijfers niet|parafrase|0.97
p:cijfers over|moraliseren|-0.97
p:cijfers te|bekritiseren|-0.9
p:cijfers voor|samenvatting|0.86
p:cijfers voor|open-vraag|0.99
p:cijfers voor|bekritiseren|-0.96
p:cijfers zakken|ik-boodschap|-0.99
p:cijfers zakken|samenvatting|0.86
p:cijfers zakken|open-vraag|0.99
p:cijfers zelf|jij-boodschap|-0.85
p:cijfers zijn|argumenteren|-0.96
p:clown van|jij-boodschap|0.76
p:clown van|argumenteren|-1.9
p:clown van|etiketteren|1.63
p:collega komt|bekritiseren|-0.75
p:collega komt|etiketteren|-0.98
p:collega van|vervolgafspraak|0.97
p:collega's die|argumenteren|0.98
p:collega's die|bekritiseren|-0.85
p:combineert dan|prijzen|0.98
p:combineert dan|geruststellen|-0.98
p:concentratie kwijtraken|aanmoediging|-0.99
p:concentreren ?|adviseren|-0.98
p:concentreren kunnen|open-vraag|-0.91
p:conciërge ?|ondervragen|1.0
p:conciërge ?|afleiden|-1.0
p:conciërge naar|waarschuwen|1.65
p:consequent geweest|jij-boodschap|-0.88
p:contact graag|open-vraag|0.78
p:contact moeten|etiketteren|-0.97
p:contact oké|open-vraag|-0.99
p:contact oké|aanmoediging|-0.99
p:contact opneemt|open-vraag|0.78
p:controleert dat|parafrase|-0.99
p:controleert dat|adviseren|-0.88
p:controleert u|open-vraag|-1.0
p:curlingouder die|afleiden|-1.0
p:daan ?|open-vraag|1.0
p:daan ?|prijzen|-0.99
p:daan ?|afleiden|0.1
p:daan anders|parafrase|0.99
p:daan heeft|argumenteren|-0.97
p:daan het|gevoelsreflectie|0.9
p:daan in|ik-boodschap|-0.93
p:daan in|open-vraag|0.78
p:daan jij|bekritiseren|1.0
p:daan morgen|bevelen|-0.74
p:daan niet|samenvatting|0.99
p:daan thuis|open-vraag|-1.84
p:daan zijn|vervolgafspraak|1.61
p:daan zijn|bedanken|-0.94
p:daar behoorlijk|gevoelsreflectie|0.71
p:daar ben|ik-boodschap|0.99
p:daar ben|samenvatting|-0.99
p:daar ben|waarschuwen|-0.99
p:daar ben|geruststellen|0.99
p:daar bent|jij-boodschap|1.66
p:daar bent|bekritiseren|1.8
p:daar bent|etiketteren|-0.88
p:daar best|ik-boodschap|-0.84
p:daar best|afleiden|-0.98
p:daar echt|ik-boodschap|1.72
p:daar echt|jij-boodschap|-0.92
p:daar echt|bekritiseren|-0.31
p:daar een|parafrase|-0.99
p:daar een|adviseren|-0.88
p:daar eerlijk|ik-boodschap|0.97
p:daar eigenlijk|ik-boodschap|-0.95
p:daar eigenlijk|geruststellen|-0.95
p:daar ga|bevelen|-0.85
p:daar ga|ondervragen|-0.92
p:daar ga|afleiden|0.99
p:daar gaat|afleiden|0.75
p:daar grenzen|jij-boodschap|1.0
p:daar grenzen|moraliseren|1.0
p:daar grenzen|bekritiseren|1.0
p:daar hebben|etiketteren|0.98
p:daar helder|ik-boodschap|-0.87
p:daar hoeft|moraliseren|-0.94
p:daar hoeft|afleiden|1.08
p:daar is|interpreteren|0.99
p:daar kan|adviseren|-0.98
p:daar kan|argumenteren|0.98
p:daar kan|afleiden|-0.91
p:daar maak|argumenteren|0.97
p:daar maar|prijzen|-0.99
p:daar maken|afleiden|0.99
p:daar niets|ondervragen|0.91
p:daar niks|ik-boodschap|-0.92
p:daar niks|open-vraag|-0.59
p:daar nog|samenvatting|0.86
p:daar nog|open-vraag|0.99
p:daar nu|bevelen|0.89
p:daar ongerust|gevoelsreflectie|0.91
p:daar ongerust|interpreteren|-0.99
p:daar schrok|ik-boodschap|1.93
p:daar schrok|gevoelsreflectie|-1.83
p:daar slaat|jij-boodschap|-0.82
p:daar staat|adviseren|0.81
p:daar staat|argumenteren|-0.92
p:daar staat|bekritiseren|-0.92
p:daar te|interpreteren|-0.91
p:daar valt|argumenteren|0.82
p:daar weet|afronding-aankondigen|-1.0
p:daar wil|adviseren|-0.92
p:daar word|ik-boodschap|-0.77
p:daar zelf|ondervragen|-1.0
p:daar zenuwachtig|ik-boodschap|-1.0
p:daar zenuwachtig|gevoelsreflectie|1.0
p:daar zenuwachtig|bekritiseren|-1.0
p:daardoor de|open-vraag|0.92
p:daardoor doen|gevoelsreflectie|-0.83
p:daardoor doen|bevelen|-0.93
p:daardoor doen|vervolgafspraak|-0.93
p:daardoor elke|ik-boodschap|0.96
p:daarmee wil|afronding-aankondigen|0.88
p:daarna ?|bekritiseren|-0.95
p:daarna weten|samenvatting|-0.62
p:daarna weten|vervolgafspraak|0.99
p:daarom doet|bevelen|-0.89
p:daarom niet|parafrase|0.95
p:daarom niet|samenvatting|-0.95
p:daaronder vooral|gevoelsreflectie|0.89
p:daarover hoe|open-vraag|-0.97
p:daarover hoe|prijzen|-0.99
p:daarover hoe|afleiden|0.99
p:daartegenaan ?|jij-boodschap|-0.91
p:daartegenaan ?|open-vraag|0.63
p:daartegenaan ?|bekritiseren|-0.91
p:daarvan ?|ik-boodschap|0.91
p:daarvoor moet|samenvatting|0.99
p:daarvoor moet|open-vraag|-0.99
p:daarvoor moet|bevelen|-0.65
p:daarvoor moet|waarschuwen|-0.56
p:dacht u|open-vraag|-0.94
p:daden gevolgen|moraliseren|0.99
p:dag echt|ik-boodschap|-0.91
p:dag echt|geruststellen|0.91
p:dag een|bevelen|0.99
p:dag na|geruststellen|-0.85
p:dag op|ik-boodschap|0.99
p:dag slecht|open-vraag|-0.91
p:dag te|bekritiseren|0.99
p:dag zijn|samenvatting|0.63
p:dag zijn|bekritiseren|-0.97
p:dag zorgen|ik-boodschap|0.78
p:dagen woensdag|samenvatting|-0.99
p:dalen hij|samenvatting|1.0
p:dalen hij|adviseren|-1.0
p:dan 's|gevoelsreflectie|-0.92
p:dan ?|ik-boodschap|-0.97
p:dan ?|gevoelsreflectie|0.72
p:dan ?|samenvatting|-1.0
p:dan ?|interpreteren|-1.0
p:dan de|parafrase|0.99
p:dan de|aanmoediging|-0.96
p:dan de|etiketteren|0.96
p:dan doet|jij-boodschap|0.98
p:dan doet|bekritiseren|-1.05
p:dan doet|geruststellen|-0.74
p:dan gaan|afleiden|-0.96
p:dan gaat|adviseren|-0.97
p:dan gaat|etiketteren|-0.97
p:dan het|ondervragen|1.0
p:dan het|afleiden|-1.0
p:dan hoor|waarschuwen|-0.52
p:dan hoor|moraliseren|0.99
p:dan in|ik-boodschap|0.95
p:dan in|interpreteren|-0.95
p:dan is|ik-boodschap|0.81
p:dan kan|parafrase|-0.96
p:dan kan|open-vraag|-0.91
p:dan kan|argumenteren|-0.97
p:dan kan|prijzen|0.97
p:dan kijken|samenvatting|-0.64
p:dan kijken|geruststellen|-0.81
p:dan kijken|afronding-aankondigen|-0.93
p:dan komt|prijzen|-0.87
p:dan komt|geruststellen|0.72
p:dan kun|moraliseren|-0.99
p:dan laten|afronding-aankondigen|0.98
p:dan laten|bedanken|0.98
p:dan loop|ik-boodschap|0.84
p:dan loop|vervolgafspraak|0.92
p:dan lukt|prijzen|0.98
p:dan lukt|geruststellen|-0.98
p:dan moet|waarschuwen|0.99
p:dan moet|prijzen|0.89
p:dan niet|bekritiseren|-1.0
p:dan niet|ondervragen|-1.0
p:dan om|ondervragen|1.0
p:dan over|interpreteren|0.93
p:dan ronden|samenvatting|-0.96
p:dan spreken|prijzen|-0.9
p:dan spreken|afronding-aankondigen|-0.9
p:dan sta|ik-boodschap|0.81
p:dan sta|jij-boodschap|-0.91
p:dan sta|bekritiseren|-0.91
p:dan tekent|jij-boodschap|-0.7
p:dan tekent|prijzen|0.97
p:dan thuisgehouden|bekritiseren|0.95
p:dan verwacht|prijzen|-1.0
p:dan verwacht|afronding-aankondigen|-1.0
p:dan vinden|prijzen|0.96
p:dan voel|ik-boodschap|0.98
p:dan vorig|aanmoediging|-0.97
p:dan wil|afronding-aankondigen|0.99
p:dan zou|parafrase|0.98
p:dan zou|adviseren|0.98
p:daniël bij|open-vraag|-0.97
p:dank daarvoor|bekritiseren|-0.97
p:dank daarvoor|interpreteren|-0.97
p:dank daarvoor|bedanken|1.96
p:dank je|ik-boodschap|-0.91
p:dank je|samenvatting|-0.91
p:dank je|adviseren|-0.91
p:dank je|afronding-aankondigen|1.0
p:dank je|vervolgafspraak|0.98
p:dank je|bedanken|0.98
p:dank u|parafrase|-0.98
p:dank u|samenvatting|0.92
p:dank u|bevelen|-0.99
p:dank u|bekritiseren|-0.7
p:dank u|prijzen|-1.73
p:dank u|afronding-aankondigen|1.0
p:dank u|vervolgafspraak|-0.79
p:dank u|bedanken|1.14
p:dank voor|afronding-aankondigen|-1.0
p:dankbaar dat|gevoelsreflectie|-0.99
p:dankbaar dat|bedanken|0.99
p:dankjewel voor|afronding-aankondigen|-0.99
p:dankjewel voor|bedanken|0.96
p:dat ?|parafrase|-0.99
p:dat ?|samenvatting|0.85
p:dat ?|open-vraag|1.89
p:dat ?|adviseren|-0.88
p:dat ?|argumenteren|-0.83
p:dat allemaal|prijzen|1.95
p:dat allemaal|geruststellen|-0.98
p:dat amira|ik-boodschap|-0.8
p:dat anouk|argumenteren|-0.98
p:dat bedacht|ondervragen|0.91
p:dat beloof|ik-boodschap|-0.91
p:dat beloof|geruststellen|0.91
p:dat besloten|ondervragen|0.91
p:dat bij|open-vraag|0.98
p:dat bram|ik-boodschap|1.86
p:dat briefje|jij-boodschap|-0.94
p:dat briefje|bevelen|0.94
p:dat cijfer|ik-boodschap|-1.0
p:dat cijfer|open-vraag|1.0
p:dat daan|ik-boodschap|-0.93
p:dat daan|gevoelsreflectie|0.9
p:dat daan|open-vraag|-1.84
p:dat daaronder|gevoelsreflectie|0.89
p:dat dan|gevoelsreflectie|-0.92
p:dat daniël|open-vraag|-0.97
p:dat dat|bevelen|0.93
p:dat de|jij-boodschap|-0.96
p:dat de|parafrase|3.55
p:dat de|gevoelsreflectie|-1.0
p:dat de|open-vraag|-0.83
p:dat de|aanmoediging|-0.99
p:dat de|argumenteren|0.93
p:dat de|bekritiseren|-0.9
p:dat de|vervolgafspraak|-1.0
p:dat dit|ik-boodschap|-1.0
p:dat dit|jij-boodschap|-0.98
p:dat dit|parafrase|-0.96
p:dat dit|gevoelsreflectie|0.74
p:dat dit|adviseren|-1.81
p:dat dit|argumenteren|-1.0
p:dat dit|bekritiseren|-0.98
p:dat dit|prijzen|0.96
p:dat dit|etiketteren|-1.0
p:dat dit|geruststellen|0.98
p:dat doet|afleiden|1.53
p:dat duidelijk|bevelen|0.82
p:dat duidelijk|geruststellen|-0.93
p:dat een|argumenteren|0.97
p:dat een|bekritiseren|-0.94
p:dat emma|ik-boodschap|-0.98
p:dat er|bekritiseren|0.82
p:dat er|interpreteren|0.99
p:dat even|afleiden|0.93
p:dat evi|gevoelsreflectie|-0.99
p:dat filmpje|ik-boodschap|0.83
p:dat formulier|bevelen|0.93
p:dat frustreert|ik-boodschap|0.98
p:dat gaat|prijzen|-0.95
p:dat gaat|geruststellen|2.83
p:dat gaat|afleiden|-0.99
p:dat gebeurt|geruststellen|1.0
p:dat gebeurt|afleiden|-0.78
p:dat gedoe|open-vraag|-0.93
p:dat gedoe|bevelen|-0.89
p:dat gedoe|afleiden|0.93
p:dat geen|bekritiseren|0.87
p:dat gemiddelde|ik-boodschap|-0.89
p:dat gemiddelde|samenvatting|-0.89
p:dat gemiddelde|argumenteren|0.98
p:dat gemiddelde|vervolgafspraak|-0.89
p:dat gesprek|gevoelsreflectie|0.8
p:dat gesprek|vervolgafspraak|0.89
p:dat gezegd|argumenteren|-0.83
p:dat gezegd|ondervragen|1.0
p:dat gezeur|bevelen|0.99
p:dat gezeur|geruststellen|-0.99
p:dat goed|parafrase|-1.57
p:dat goed|adviseren|-0.97
p:dat haalt|prijzen|-0.95
p:dat haalt|geruststellen|0.78
p:dat had|bekritiseren|0.83
p:dat heb|ik-boodschap|-0.99
p:dat hebben|afleiden|0.93
p:dat heeft|ik-boodschap|-0.81
p:dat heeft|interpreteren|-0.93
p:dat heeft|afleiden|-0.96
p:dat heel|geruststellen|-0.73
p:dat herexamen|geruststellen|0.97
p:dat het|ik-boodschap|-0.86
p:dat het|parafrase|-1.86
p:dat het|gevoelsreflectie|-1.75
p:dat het|samenvatting|0.89
p:dat het|open-vraag|0.9
p:dat het|aanmoediging|-1.0
p:dat het|interpreteren|0.99
p:dat het|geruststellen|0.96
p:dat het|afleiden|-0.89
p:dat het|vervolgafspraak|-0.96
p:dat het|bedanken|-1.97
p:dat hij|jij-boodschap|0.64
p:dat hij|parafrase|2.09
p:dat hij|gevoelsreflectie|-1.84
p:dat hij|samenvatting|-1.24
p:dat hij|bevelen|1.0
p:dat hij|waarschuwen|-0.99
p:dat hij|argumenteren|-0.11
p:dat hij|bekritiseren|-1.01
p:dat hij|prijzen|0.96
p:dat hij|etiketteren|0.97
p:dat hij|interpreteren|-0.92
p:dat hij|geruststellen|-0.91
p:dat hij|ondervragen|-1.95
p:dat hoort|jij-boodschap|-0.97
p:dat hoort|moraliseren|-1.88
p:dat hoort|argumenteren|-0.99
p:dat hoort|bekritiseren|-1.53
p:dat hoort|afleiden|1.73
p:dat huiswerk|argumenteren|0.99
p:dat huiswerkritme|prijzen|0.97
p:dat ik|ik-boodschap|-0.71
p:dat ik|jij-boodschap|0.9
p:dat ik|gevoelsreflectie|-0.92
p:dat ik|samenvatting|0.97
p:dat ik|vervolgafspraak|0.94
p:dat in|samenvatting|-1.0
p:dat in|bevelen|-0.84
p:dat in|interpreteren|-1.0
p:dat incident|afleiden|0.95
p:dat irriteert|jij-boodschap|-1.0
p:dat is|jij-boodschap|-0.56
p:dat is|gevoelsreflectie|-1.0
p:dat is|open-vraag|-1.0
p:dat is|bevelen|-0.52
p:dat is|moraliseren|-0.95
p:dat is|argumenteren|0.95
p:dat is|bekritiseren|1.53
p:dat is|etiketteren|0.3
p:dat is|interpreteren|-0.96
p:dat is|geruststellen|1.02
p:dat is|afleiden|-0.85
p:dat isa|open-vraag|-1.0
p:dat jammer|gevoelsreflectie|-0.83
p:dat jammer|bevelen|-0.93
p:dat jammer|vervolgafspraak|-0.93
p:dat jara|ik-boodschap|-0.81
p:dat jayden|ik-boodschap|0.71
p:dat jayden|jij-boodschap|-0.91
p:dat jayden|gevoelsreflectie|0.83
p:dat jayden|open-vraag|0.63
p:dat jayden|bekritiseren|-0.91
p:dat je|ik-boodschap|3.07
p:dat je|jij-boodschap|0.58
p:dat je|parafrase|1.93
p:dat je|gevoelsreflectie|-2.35
p:dat je|open-vraag|-1.0
p:dat je|bevelen|-0.12
p:dat je|waarschuwen|-1.97
p:dat je|moraliseren|-1.0
p:dat je|adviseren|-1.82
p:dat je|argumenteren|-1.02
p:dat je|bekritiseren|0.17
p:dat je|prijzen|-0.2
p:dat je|etiketteren|-0.99
p:dat je|interpreteren|0.84
p:dat je|geruststellen|-0.92
p:dat je|ondervragen|-0.98
p:dat je|vervolgafspraak|-1.01
p:dat je|bedanken|1.93
p:dat jesse|afleiden|-0.74
p:dat jij|ik-boodschap|-1.33
p:dat jij|jij-boodschap|1.81
p:dat jij|samenvatting|0.97
p:dat jij|bekritiseren|1.62
p:dat jij|interpreteren|-0.91
p:dat jij|geruststellen|1.1
p:dat joep|ik-boodschap|-0.99
p:dat jullie|ik-boodschap|-1.85
p:dat jullie|open-vraag|-0.59
p:dat jullie|bekritiseren|-0.9
p:dat kan|jij-boodschap|0.92
p:dat kan|gevoelsreflectie|-0.8
p:dat kan|aanmoediging|-0.84
p:dat kan|bekritiseren|0.87
p:dat kan|etiketteren|-0.93
p:dat klinkt|gevoelsreflectie|2.67
p:dat klinkt|open-vraag|0.95
p:dat klopt|ik-boodschap|-0.81
p:dat klopt|argumenteren|1.0
p:dat klopt|afleiden|-0.96
p:dat komt|parafrase|-1.88
p:dat komt|interpreteren|0.91
p:dat komt|geruststellen|-0.96
p:dat komt|afleiden|-1.57
p:dat kwetst|ik-boodschap|0.99
p:dat laten|afleiden|0.81
p:dat leerlingen|jij-boodschap|-0.96
p:dat leerlingen|geruststellen|-0.99
p:dat leren|parafrase|0.97
p:dat liegen|moraliseren|0.96
p:dat liegen|argumenteren|-0.96
p:dat lijkt|parafrase|-0.9
p:dat luuk|ik-boodschap|-0.77
p:dat luuk|argumenteren|-0.98
p:dat luuk|geruststellen|-0.96
p:dat maakt|parafrase|0.92
p:dat maakt|gevoelsreflectie|1.78
p:dat maakt|samenvatting|-0.85
p:dat meneer|gevoelsreflectie|-1.0
p:dat merk|jij-boodschap|0.9
p:dat merk|bekritiseren|0.9
p:dat milan|ik-boodschap|2.65
p:dat milan|jij-boodschap|-1.85
p:dat milan|open-vraag|-1.0
p:dat milan|bekritiseren|-1.01
p:dat moet|gevoelsreflectie|3.22
p:dat moet|geruststellen|-0.83
p:dat niemand|parafrase|1.9
p:dat niet|gevoelsreflectie|0.92
p:dat niet|waarschuwen|0.54
p:dat niet|ondervragen|0.96
p:dat nina|ik-boodschap|-0.95
p:dat noah|open-vraag|-0.78
p:dat noah|adviseren|0.91
p:dat nog|bevelen|-0.82
p:dat nog|waarschuwen|0.99
p:dat nog|moraliseren|-0.96
p:dat noor|ik-boodschap|0.77
p:dat nou|jij-boodschap|-0.26
p:dat nou|bevelen|-0.96
p:dat nou|bekritiseren|-0.74
p:dat olivier|ik-boodschap|1.0
p:dat oprecht|jij-boodschap|-0.82
p:dat oprecht|bekritiseren|-0.92
p:dat overkomt|interpreteren|-0.95
p:dat overkomt|geruststellen|-1.9
p:dat overkomt|afleiden|1.05
p:dat put|ik-boodschap|0.96
p:dat raakt|ik-boodschap|-0.98
p:dat raakt|gevoelsreflectie|-0.97
p:dat raakt|samenvatting|-0.91
p:dat ravi|ik-boodschap|-0.92
p:dat ravi|interpreteren|0.99
p:dat regelen|afleiden|-0.93
p:dat samen|open-vraag|0.85
p:dat sem|open-vraag|0.98
p:dat slaat|argumenteren|0.98
p:dat snap|gevoelsreflectie|0.93
p:dat sofie|ik-boodschap|-0.99
p:dat soort|afleiden|0.97
p:dat stelt|argumenteren|-0.95
p:dat stelt|afleiden|0.98
p:dat te|argumenteren|0.97
p:dat thuis|ik-boodschap|0.95
p:dat thuis|open-vraag|0.78
p:dat toen|aanmoediging|0.96
p:dat tom|interpreteren|0.95
p:dat trekt|geruststellen|1.98
p:dat trekt|afronding-aankondigen|-1.0
p:dat trekt|bedanken|-1.0
p:dat u|ik-boodschap|0.71
p:dat u|jij-boodschap|1.24
p:dat u|parafrase|-2.17
p:dat u|gevoelsreflectie|0.95
p:dat u|samenvatting|-0.94
p:dat u|open-vraag|0.22
p:dat u|aanmoediging|-0.96
p:dat u|bevelen|0.91
p:dat u|argumenteren|0.82
p:dat u|bekritiseren|1.74
p:dat u|prijzen|0.2
p:dat u|etiketteren|-0.97
p:dat u|interpreteren|-1.97
p:dat u|geruststellen|-1.18
p:dat u|afleiden|0.71
p:dat u|vervolgafspraak|0.21
p:dat u|bedanken|3.5
p:dat vind|ik-boodschap|2.72
p:dat vind|jij-boodschap|-0.91
p:dat vind|parafrase|-0.99
p:dat vind|gevoelsreflectie|-0.76
p:dat vind|open-vraag|1.0
p:dat vind|bevelen|-1.0
p:dat vind|waarschuwen|-1.0
p:dat vind|moraliseren|-1.0
p:dat vind|adviseren|0.91
p:dat vind|argumenteren|-0.97
p:dat vind|bekritiseren|-0.91
p:dat vind|geruststellen|-1.0
p:dat vind|ondervragen|-1.0
p:dat vind|afronding-aankondigen|-0.98
p:dat vind|bedanken|-0.94
p:dat voelt|parafrase|1.0
p:dat voelt|gevoelsreflectie|1.0
p:dat voelt|open-vraag|-1.0
p:dat voelt|aanmoediging|-1.0
p:dat voor|gevoelsreflectie|0.97
p:dat waait|afleiden|-1.0
p:dat was|bekritiseren|0.99
p:dat was|etiketteren|-0.85
p:dat we|ik-boodschap|0.88
p:dat we|parafrase|-0.97
p:dat we|argumenteren|0.88
p:dat we|afleiden|-0.98
p:dat we|afronding-aankondigen|0.75
p:dat weet|jij-boodschap|1.37
p:dat weet|bevelen|-0.97
p:dat weet|moraliseren|1.85
p:dat weet|bekritiseren|0.98
p:dat weet|prijzen|-0.89
p:dat weet|etiketteren|0.54
p:dat wel|geruststellen|0.81
p:dat wel|afleiden|-0.81
p:dat werkstuk|bevelen|0.9
p:dat wij|parafrase|0.98
p:dat wij|prijzen|-1.0
p:dat wij|afronding-aankondigen|-1.0
p:dat ze|ik-boodschap|-0.95
p:dat ze|parafrase|0.71
p:dat ze|moraliseren|0.95
p:dat ze|argumenteren|-0.94
p:dat ze|bekritiseren|-0.95
p:dat ze|ondervragen|-0.91
p:dat zegt|jij-boodschap|-0.88
p:dat zegt|bekritiseren|-0.63
p:dat zegt|interpreteren|0.93
p:dat zelf|open-vraag|0.99
p:dat zie|jij-boodschap|1.0
p:dat zie|bevelen|-0.87
p:dat zie|waarschuwen|-0.8
p:dat zie|bekritiseren|1.0
p:dat ziet|jij-boodschap|1.0
p:dat ziet|argumenteren|0.94
p:dat zijn|moraliseren|0.99
p:dat zit|ik-boodschap|0.62
p:dat zit|open-vraag|0.92
p:dat zit|prijzen|-1.0
p:dat zo|jij-boodschap|1.56
p:dat zo|waarschuwen|0.97
p:dat zo|bekritiseren|0.13
p:dat zou|moraliseren|0.98
p:dat zoë|jij-boodschap|-0.72
p:dat zwart|ondervragen|1.0
p:datum dankjewel|bedanken|0.96
p:de aandacht|jij-boodschap|-1.0
p:de aansluiting|waarschuwen|-1.8
p:de absenties|etiketteren|-0.98
p:de absenties|afronding-aankondigen|-0.86
p:de administratie|ik-boodschap|0.94
p:de administratie|jij-boodschap|-0.91
p:de administratie|waarschuwen|-0.94
p:de advocaat|bekritiseren|-1.81
p:de advocaat|etiketteren|1.74
p:de afgelopen|ik-boodschap|1.55
p:de afgelopen|jij-boodschap|-0.93
p:de afgelopen|bekritiseren|-0.7
p:de afspraak|argumenteren|-0.97
p:de afspraken|open-vraag|0.63
p:de afspraken|bevelen|-1.0
p:de afspraken|waarschuwen|-0.52
p:de afspraken|adviseren|-0.99
p:de afspraken|bekritiseren|-0.94
p:de afspraken|vervolgafspraak|-1.0
p:de afspraken|bedanken|-0.99
p:de agenda|samenvatting|1.0
p:de agenda|open-vraag|-0.94
p:de agenda|vervolgafspraak|1.96
p:de andere|jij-boodschap|-0.98
p:de andere|bekritiseren|-1.0
p:de andere|prijzen|-0.98
p:de andere|ondervragen|-1.0
p:de anderen|ik-boodschap|2.93
p:de anderen|jij-boodschap|-0.96
p:de anderen|gevoelsreflectie|-0.83
p:de anderen|samenvatting|-0.98
p:de anderen|open-vraag|0.98
p:de anderen|aanmoediging|-0.99
p:de anderen|bevelen|-0.93
p:de anderen|vervolgafspraak|-0.93
p:de app|ik-boodschap|-1.0
p:de app|samenvatting|1.0
p:de avond|open-vraag|-0.98
p:de avond|adviseren|1.85
p:de basisschool|vervolgafspraak|-0.95
p:de bedoeling|etiketteren|-0.85
p:de bedtijd|samenvatting|0.85
p:de bedtijd|bedanken|-0.92
p:de beoordelingscriteria|parafrase|-0.98
p:de beoordelingsrubric|argumenteren|-0.93
p:de berichten|jij-boodschap|1.8
p:de berichten|bekritiseren|1.59
p:de beste|prijzen|0.96
p:de beste|interpreteren|-0.95
p:de beste|geruststellen|0.75
p:de bibliotheek|adviseren|0.99
p:de bibliotheek|ondervragen|-0.99
p:de bijles|parafrase|0.6
p:de bijles|gevoelsreflectie|-1.0
p:de bijles|samenvatting|1.98
p:de bijles|open-vraag|-0.92
p:de bijles|bevelen|0.72
p:de bijles|argumenteren|-1.0
p:de bijles|bekritiseren|-0.97
p:de bijles|afronding-aankondigen|1.87
p:de bovenbouw|waarschuwen|-0.99
p:de brief|ik-boodschap|-0.96
p:de brief|samenvatting|-0.99
p:de brugklas|moraliseren|-0.9
p:de carnavalsvakantie|ik-boodschap|-1.0
p:de carnavalsvakantie|samenvatting|1.0
p:de cijfers|ik-boodschap|-0.89
p:de cijfers|jij-boodschap|-0.85
p:de cijfers|parafrase|0.97
p:de cijfers|samenvatting|0.97
p:de cijfers|open-vraag|0.14
p:de cijfers|adviseren|-1.0
p:de cijfers|bekritiseren|-0.9
p:de cijfers|interpreteren|0.91
p:de cijfers|afleiden|-0.75
p:de cijfers|vervolgafspraak|-1.82
p:de clown|jij-boodschap|0.76
p:de clown|argumenteren|-1.9
p:de clown|etiketteren|1.63
p:de conciërge|waarschuwen|1.65
p:de conciërge|ondervragen|1.0
p:de conciërge|afleiden|-1.0
p:de dag|open-vraag|-0.91
p:de dag|waarschuwen|1.79
p:de deadline|argumenteren|0.97
p:de derde|waarschuwen|-0.94
p:de deur|ik-boodschap|0.36
p:de deur|gevoelsreflectie|-0.96
p:de digitale|interpreteren|-0.99
p:de docent|ik-boodschap|-0.87
p:de docent|open-vraag|-0.92
p:de docent|moraliseren|1.97
p:de docenten|jij-boodschap|0.93
p:de docenten|bekritiseren|0.52
p:de docentenvergadering|prijzen|1.0
p:de docentenvergadering|interpreteren|-1.0
p:de eerste|ik-boodschap|0.82
p:de eerste|jij-boodschap|-0.88
p:de eerste|samenvatting|-0.86
p:de eerste|waarschuwen|-0.96
p:de eerste|moraliseren|-0.9
p:de eerste|bekritiseren|-0.75
p:de eerste|geruststellen|0.91
p:de eerste|afleiden|0.75
p:de eerste|vervolgafspraak|-0.64
p:de ernst|vervolgafspraak|-1.0
p:de examensecretaris|argumenteren|0.97
p:de excursie|parafrase|-0.88
p:de fietsenstalling|ik-boodschap|0.98
p:de gang|ik-boodschap|0.93
p:de gang|gevoelsreflectie|-0.83
p:de gang|samenvatting|-0.86
p:de gang|waarschuwen|1.43
p:de gaten|interpreteren|-1.0
p:de gaten|vervolgafspraak|0.92
p:de gaten|bedanken|0.92
p:de gemeente|vervolgafspraak|0.97
p:de grens|jij-boodschap|1.55
p:de grens|bekritiseren|1.52
p:de groep|jij-boodschap|1.96
p:de groepsapp|samenvatting|0.86
p:de groepsapp|open-vraag|0.99
p:de groepsapp|bekritiseren|1.02
p:de groepsapp|afleiden|0.93
p:de groepsopdracht|gevoelsreflectie|-0.83
p:de groepsopdracht|bevelen|-0.93
p:de groepsopdracht|vervolgafspraak|-0.93
p:de grond|gevoelsreflectie|0.9
p:de grote|etiketteren|0.98
p:de grote|afleiden|-0.99
p:de gymdocent|jij-boodschap|-0.91
p:de gymdocent|parafrase|1.0
p:de gymdocent|open-vraag|0.63
p:de gymdocent|bekritiseren|-0.91
p:de gymles|ik-boodschap|1.67
p:de gymles|gevoelsreflectie|1.74
p:de gymles|open-vraag|0.96
p:de gymles|adviseren|-0.96
p:de gymles|etiketteren|-0.35
p:de hand|jij-boodschap|0.98
p:de hand|open-vraag|0.93
p:de hand|bekritiseren|0.81
p:de hand|geruststellen|-0.74
p:de havo|open-vraag|-0.99
p:de havo|bevelen|-0.65
p:de havo|waarschuwen|0.35
p:de havo|bekritiseren|-0.91
p:de hele|ik-boodschap|-0.56
p:de hele|jij-boodschap|-0.39
p:de hele|parafrase|1.0
p:de hele|aanmoediging|-0.96
p:de hele|bevelen|0.89
p:de hele|argumenteren|0.93
p:de hele|bekritiseren|-1.13
p:de hele|etiketteren|0.87
p:de helft|parafrase|-0.88
p:de helft|argumenteren|1.0
p:de herfstvakantie|ik-boodschap|0.97
p:de herfstvakantie|jij-boodschap|-0.97
p:de herfstvakantie|bekritiseren|-1.93
p:de herkansing|argumenteren|1.0
p:de herkansingen|open-vraag|-1.0
p:de hoogte|prijzen|0.99
p:de hoogte|vervolgafspraak|-0.99
p:de hoogte|bedanken|0.94
p:de huisarts|jij-boodschap|-0.94
p:de huisarts|parafrase|-0.96
p:de huisarts|gevoelsreflectie|0.93
p:de huisarts|bevelen|0.94
p:de huisarts|bekritiseren|-0.99
p:de huisarts|interpreteren|-0.95
p:de huisarts|geruststellen|0.72
p:de huisarts|ondervragen|-0.94
p:de huisarts|vervolgafspraak|0.91
p:de huiswerkklas|parafrase|-0.78
p:de huiswerkklas|samenvatting|1.64
p:de huiswerkklas|open-vraag|-0.99
p:de huiswerkklas|bevelen|-0.65
p:de huiswerkklas|waarschuwen|-0.56
p:de informatieavond|prijzen|-0.99
p:de inspectie|bekritiseren|0.82
p:de intern|prijzen|-0.9
p:de intern|afronding-aankondigen|-0.9
p:de jaarplanning|argumenteren|0.94
p:de jongens|samenvatting|-0.96
p:de juf|parafrase|0.99
p:de kampweek|parafrase|-0.99
p:de kampweek|samenvatting|0.87
p:de kans|ik-boodschap|0.92
p:de kans|bevelen|0.65
p:de kantine|gevoelsreflectie|-0.97
p:de kast|afleiden|-0.96
p:de kerst|samenvatting|-1.0
p:de kerst|geruststellen|0.98
p:de keuze|samenvatting|-0.93
p:de klas|ik-boodschap|1.01
p:de klas|jij-boodschap|-0.64
p:de klas|parafrase|-1.93
p:de klas|samenvatting|0.85
p:de klas|open-vraag|-0.85
p:de klas|bevelen|0.12
p:de klas|waarschuwen|-0.73
p:de klas|moraliseren|-0.99
p:de klas|adviseren|-0.85
p:de klas|bekritiseren|0.3
p:de klas|prijzen|0.91
p:de klas|afleiden|-0.75
p:de klas|vervolgafspraak|-0.95
p:de koelkast|bevelen|-0.99
p:de koelkast|adviseren|1.0
p:de koelkast|geruststellen|-1.0
p:de laatste|ik-boodschap|-0.71
p:de laatste|gevoelsreflectie|-0.97
p:de laatste|open-vraag|-0.76
p:de laatste|adviseren|0.91
p:de laatste|argumenteren|-0.98
p:de laatste|etiketteren|-0.97
p:de laatste|geruststellen|0.91
p:de leerplicht|ik-boodschap|-0.92
p:de leerplichtambtenaar|ik-boodschap|-0.99
p:de leerplichtambtenaar|waarschuwen|1.93
p:de leraar|moraliseren|0.94
p:de les|ik-boodschap|-0.62
p:de les|jij-boodschap|-1.0
p:de les|parafrase|-0.99
p:de les|samenvatting|-1.0
p:de les|open-vraag|0.78
p:de les|argumenteren|-0.96
p:de les|interpreteren|-0.95
p:de les|ondervragen|-1.0
p:de leukste|jij-boodschap|-0.91
p:de leukste|prijzen|0.91
p:de leukste|etiketteren|-0.91
p:de lijst|ondervragen|1.0
p:de lijst|afleiden|-1.0
p:de luiste|jij-boodschap|1.83
p:de luiste|etiketteren|1.61
p:de luiste|geruststellen|-0.98
p:de maat|waarschuwen|-0.99
p:de maat|bekritiseren|0.99
p:de mail|bevelen|-1.0
p:de mail|waarschuwen|-1.0
p:de mail|adviseren|-1.99
p:de mail|argumenteren|2.0
p:de mail|ondervragen|0.94
p:de mail|afronding-aankondigen|-0.99
p:de manier|parafrase|0.74
p:de mediatheek|samenvatting|0.96
p:de mediatheek|vervolgafspraak|-0.96
p:de meeste|gevoelsreflectie|-0.92
p:de mentor|ik-boodschap|-0.95
p:de mentor|jij-boodschap|-0.98
p:de mentor|gevoelsreflectie|0.92
p:de mentor|open-vraag|0.78
p:de mentor|bevelen|-0.98
p:de mentor|bedanken|0.94
p:de mentorgroep|waarschuwen|-0.94
p:de mentorlessen|gevoelsreflectie|-0.72
p:de mentorlessen|samenvatting|0.95
p:de mentorlessen|vervolgafspraak|-0.98
p:de moeite|bedanken|0.74
p:de muur|ik-boodschap|0.83
p:de nabespreking|open-vraag|0.98
p:de nieuwe|ik-boodschap|0.62
p:de nieuwe|open-vraag|0.91
p:de nieuwe|ondervragen|-0.92
p:de normering|jij-boodschap|-0.39
p:de normering|argumenteren|0.93
p:de oefeningen|gevoelsreflectie|-0.76
p:de oefeningen|open-vraag|1.0
p:de oefeningen|afronding-aankondigen|-1.0
p:de opdracht|open-vraag|-1.0
p:de opdracht|bekritiseren|-0.94
p:de opdracht|etiketteren|-0.85
p:de opdrachten|open-vraag|-0.14
p:de opdrachten|geruststellen|-0.92
p:de opgaven|prijzen|-0.91
p:de opgaven|vervolgafspraak|0.97
p:de orde|bevelen|-0.52
p:de orthopedagoog|adviseren|-0.93
p:de ouderavond|ondervragen|0.99
p:de ouderavonden|bekritiseren|0.96
p:de overgang|open-vraag|0.87
p:de overgangsnormen|afleiden|-0.91
p:de pauze|ik-boodschap|0.82
p:de pauze|gevoelsreflectie|-0.99
p:de pauze|open-vraag|0.93
p:de pauze|moraliseren|-0.99
p:de pauze|argumenteren|-0.98
p:de pauze|prijzen|-1.0
p:de pauze|interpreteren|-0.99
p:de pauzes|ik-boodschap|-0.93
p:de pesterijen|gevoelsreflectie|-1.0
p:de pesterijen|afronding-aankondigen|0.88
p:de pesterijen|vervolgafspraak|-1.0
p:de planner|ik-boodschap|-0.83
p:de planning|ik-boodschap|-0.93
p:de planning|samenvatting|-0.86
p:de planning|bekritiseren|0.81
p:de planning|afleiden|-0.86
p:de playstation|moraliseren|0.95
p:de playstation|adviseren|0.99
p:de playstation|afleiden|-0.96
p:de plicht|moraliseren|1.82
p:de positieve|waarschuwen|-0.96
p:de puberteit|moraliseren|-0.94
p:de puberteit|interpreteren|1.0
p:de puberteit|geruststellen|-0.71
p:de puberteit|afleiden|1.65
p:de pubertijd|moraliseren|-0.95
p:de regels|bevelen|0.51
p:de regels|waarschuwen|0.76
p:de regels|moraliseren|0.95
p:de regels|argumenteren|1.01
p:de regels|interpreteren|-0.93
p:de reistijd|open-vraag|-0.85
p:de rest|ik-boodschap|0.78
p:de rest|parafrase|0.99
p:de rest|open-vraag|-0.91
p:de rest|waarschuwen|-0.16
p:de rest|argumenteren|0.95
p:de ruzie|jij-boodschap|0.77
p:de ruzie|gevoelsreflectie|-1.0
p:de ruzie|samenvatting|1.01
p:de ruzie|open-vraag|0.99
p:de ruzie|argumenteren|-1.0
p:de ruzie|bekritiseren|0.94
p:de ruzies|adviseren|-0.91
p:de scheiding|interpreteren|0.99
p:de school|parafrase|0.8
p:de school|gevoelsreflectie|0.99
p:de school|samenvatting|-0.99
p:de school|bekritiseren|1.94
p:de school|interpreteren|0.93
p:de school|ondervragen|0.83
p:de school|bedanken|-0.74
p:de schoolapp|moraliseren|0.99
p:de schoolarts|open-vraag|-0.91
p:de schorsing|jij-boodschap|-0.99
p:de schorsing|gevoelsreflectie|0.93
p:de schorsing|samenvatting|-0.99
p:de schuld|jij-boodschap|0.86
p:de sectie|gevoelsreflectie|0.8
p:de sectie|vervolgafspraak|0.89
p:de sfeer|ik-boodschap|-0.93
p:de sfeer|jij-boodschap|1.56
p:de sfeer|samenvatting|0.85
p:de sfeer|open-vraag|-0.85
p:de sfeer|waarschuwen|0.97
p:de sfeer|bekritiseren|0.98
p:de sfeer|afleiden|-0.75
p:de slimste|moraliseren|-0.99
p:de slimste|adviseren|-0.85
p:de slimste|etiketteren|-0.7
p:de stad|ondervragen|1.0
p:de start|open-vraag|0.92
p:de steek|jij-boodschap|-0.78
p:de steek|gevoelsreflectie|0.99
p:de straf|parafrase|0.99
p:de straf|open-vraag|-0.68
p:de studiewijzer|parafrase|-0.98
p:de studiewijzer|argumenteren|0.98
p:de tandarts|bevelen|-0.93
p:de tandarts|ondervragen|-0.99
p:de teamleider|aanmoediging|-1.0
p:de teamleider|bevelen|1.81
p:de teamleider|waarschuwen|1.52
p:de teamleider|moraliseren|-1.0
p:de teamleider|prijzen|-1.0
p:de teamleider|vervolgafspraak|-0.92
p:de teamleider|bedanken|-0.92
p:de telefoon|jij-boodschap|-1.0
p:de thuissituatie|vervolgafspraak|-0.92
p:de tijd|parafrase|-0.99
p:de tijd|gevoelsreflectie|0.75
p:de tijd|samenvatting|-0.91
p:de tijd|aanmoediging|0.99
p:de toets|ik-boodschap|1.82
p:de toets|parafrase|0.96
p:de toets|gevoelsreflectie|-0.14
p:de toets|open-vraag|-0.78
p:de toets|waarschuwen|1.0
p:de toets|adviseren|0.91
p:de toets|argumenteren|0.86
p:de toets|bekritiseren|-0.63
p:de toets|etiketteren|-0.99
p:de toets|vervolgafspraak|1.82
p:de toetsen|parafrase|-0.96
p:de toetsen|geruststellen|-0.96
p:de toetsweek|ik-boodschap|0.91
p:de toetsweek|samenvatting|-0.85
p:de toetsweek|bekritiseren|-0.97
p:de toetsweek|geruststellen|-0.89
p:de tolk|ik-boodschap|-1.33
p:de twaalfde|vervolgafspraak|0.97
p:de tweede|gevoelsreflectie|0.98
p:de tweede|waarschuwen|0.95
p:de tweede|moraliseren|-0.96
p:de tweede|geruststellen|0.99
p:de tweede|afleiden|1.78
p:de uitleg|ik-boodschap|0.6
p:de uitleg|aanmoediging|-0.99
p:de uitleg|prijzen|-0.91
p:de uitleg|vervolgafspraak|0.99
p:de uitnodiging|bekritiseren|-0.99
p:de uitslag|geruststellen|-0.89
p:de uitslag|bedanken|0.96
p:de vakantie|adviseren|-0.85
p:de vakantie|etiketteren|0.27
p:de vakantie|geruststellen|0.91
p:de vakdocenten|samenvatting|0.85
p:de vakdocenten|vervolgafspraak|0.94
p:de vakdocenten|bedanken|-0.92
p:de verantwoordelijkheid|bekritiseren|0.96
p:de verbouwing|geruststellen|-0.91
p:de verbouwing|afleiden|0.78
p:de verhuizing|parafrase|0.87
p:de verhuizing|interpreteren|1.99
p:de verhuizing|ondervragen|0.83
p:de verhuizing|vervolgafspraak|-0.64
p:de vertrouwenspersoon|vervolgafspraak|0.88
p:de verzuimlijn|samenvatting|-1.0
p:de verzuimlijn|bevelen|0.96
p:de verzuimlijn|waarschuwen|-1.0
p:de verzuimlijn|argumenteren|-1.0
p:de verzuimlijn|vervolgafspraak|-0.96
p:de vierde|moraliseren|1.0
p:de vijftiende|samenvatting|1.0
p:de vijftiende|vervolgafspraak|1.0
p:de volgende|ik-boodschap|-0.93
p:de volgende|samenvatting|-0.97
p:de volgende|moraliseren|-0.98
p:de volgende|etiketteren|-0.98
p:de volgende|bedanken|-0.97
p:de vorige|jij-boodschap|1.86
p:de vorige|etiketteren|0.98
p:de vrienden|afronding-aankondigen|-0.97
p:de vriendengroep|open-vraag|0.87
p:de vries|bevelen|0.97
p:de war|bekritiseren|0.92
p:de wc|ik-boodschap|-0.99
p:de wc|gevoelsreflectie|-0.92
p:de webiste|open-vraag|-1.0
p:de website|moraliseren|-0.94
p:de website|adviseren|0.81
p:de website|argumenteren|-1.86
p:de website|bekritiseren|-0.92
p:de week|samenvatting|0.85
p:de week|waarschuwen|-0.64
p:de week|adviseren|0.92
p:de week|etiketteren|-0.96
p:de week|bedanken|-0.92
p:de weekopening|samenvatting|-0.91
p:de weken|ik-boodschap|-0.98
p:de weken|parafrase|0.98
p:de wereld|gevoelsreflectie|0.98
p:de wereld|afleiden|1.67
p:de werkweek|ik-boodschap|-0.96
p:de werkweek|parafrase|0.96
p:de wet|ik-boodschap|-0.87
p:de wifi|ondervragen|-0.96
p:de ziekmelding|ik-boodschap|0.94
p:de ziekmelding|waarschuwen|-0.94
p:de zorg|jij-boodschap|-0.86
p:de zorg|vervolgafspraak|0.96
p:de zorgcommissie|afronding-aankondigen|-1.0
p:de zorgcoordinator|afronding-aankondigen|-1.0
p:de zorgcoordinator|vervolgafspraak|1.0
p:de zorgcoordinator|bedanken|-1.0
p:de zorgcoördinator|jij-boodschap|0.84
p:de zorgcoördinator|argumenteren|-0.97
p:de zorgcoördinator|bekritiseren|0.83
p:de zorgcoördinator|afronding-aankondigen|0.96
p:de zorgcoördinator|vervolgafspraak|1.53
p:deadline mist|argumenteren|0.97
p:deed hij|parafrase|-0.68
p:deed je|moraliseren|0.94
p:deed u|bekritiseren|-0.95
p:deelt dank|bekritiseren|-0.79
p:deelt dank|prijzen|-0.97
p:definitief van|bevelen|-1.0
p:definitief van|interpreteren|-1.0
p:degene die|jij-boodschap|1.64
p:degene die|bekritiseren|1.76
p:degene die|etiketteren|-0.95
p:dekt haar|jij-boodschap|0.94
p:dekt haar|bekritiseren|0.94
p:delen dank|bekritiseren|-0.97
p:delen dank|bedanken|0.97
p:denk dat|ik-boodschap|-1.94
p:denk dat|jij-boodschap|1.0
p:denk dat|waarschuwen|-0.99
p:denk dat|bekritiseren|0.72
p:denk dat|etiketteren|0.97
p:denk dat|interpreteren|0.99
p:denk dat|afleiden|-0.98
p:denk dat|afronding-aankondigen|0.75
p:denk dat|vervolgafspraak|-0.92
p:denk eerder|interpreteren|0.95
p:denk ik|parafrase|-1.0
p:denk ik|samenvatting|-1.0
p:denk ik|interpreteren|1.9
p:denk je|samenvatting|0.99
p:denken altijd|prijzen|0.96
p:denken laten|afleiden|0.9
p:denkt dat|bekritiseren|1.81
p:denkt dat|geruststellen|0.99
p:denkt dus|gevoelsreflectie|-1.0
p:denkt u|open-vraag|0.9
p:denkt u|ondervragen|-0.91
p:derde uur|ik-boodschap|1.88
p:derde uur|ondervragen|1.0
p:derde uur|afleiden|-1.0
p:deur dichtsloeg|ik-boodschap|-0.6
p:deur dichtsmeet|ik-boodschap|0.96
p:deur dichtsmeet|gevoelsreflectie|-0.96
p:dex vaak|vervolgafspraak|-0.64
p:deze leeftijd|argumenteren|-0.97
p:deze leeftijd|bekritiseren|-0.8
p:deze maand|vervolgafspraak|-0.99
p:deze periode|ik-boodschap|-0.83
p:deze periode|bekritiseren|-0.99
p:deze school|samenvatting|-1.0
p:deze school|waarschuwen|-0.52
p:deze school|geruststellen|0.91
p:deze toon|jij-boodschap|-0.93
p:deze week|ik-boodschap|-0.15
p:deze week|jij-boodschap|-0.78
p:deze week|gevoelsreflectie|-0.76
p:deze week|open-vraag|1.0
p:deze week|bekritiseren|-0.23
p:deze week|afleiden|-0.98
p:deze week|afronding-aankondigen|-1.0
p:deze zomer|open-vraag|-0.93
p:deze zomer|afleiden|0.93
p:dichtklapt blijft|ik-boodschap|0.98
p:dichtklapt blijft|samenvatting|-0.98
p:dichtklapt blijft|open-vraag|0.98
p:dichtklapt dat|gevoelsreflectie|0.72
p:dichtklapt dat|open-vraag|0.95
p:dichtsloeg schrok|ik-boodschap|-0.6
p:dichtsmeet schrok|ik-boodschap|0.96
p:dichtsmeet schrok|gevoelsreflectie|-0.96
p:die afspraak|adviseren|-0.93
p:die alles|afleiden|-1.0
p:die app|jij-boodschap|0.77
p:die app|parafrase|0.96
p:die app|bekritiseren|0.94
p:die avond|adviseren|-0.92
p:die begint|etiketteren|-0.95
p:die buikpijn|moraliseren|-0.99
p:die buikpijn|adviseren|-0.96
p:die buikpijn|argumenteren|-0.87
p:die buikpijn|etiketteren|-0.35
p:die dat|jij-boodschap|-0.88
p:die echt|jij-boodschap|1.55
p:die echt|bekritiseren|1.68
p:die examens|jij-boodschap|-0.82
p:die examens|bevelen|-0.82
p:die examens|geruststellen|0.95
p:die extra|jij-boodschap|-0.93
p:die gepest|moraliseren|0.93
p:die groep|jij-boodschap|-0.92
p:die groep|gevoelsreflectie|0.92
p:die groep|bekritiseren|-0.68
p:die groep|interpreteren|0.91
p:die hele|jij-boodschap|0.92
p:die hele|bekritiseren|0.87
p:die helikopterouders|bekritiseren|-0.95
p:die herkansing|gevoelsreflectie|-0.91
p:die herkansing|bekritiseren|-0.88
p:die herkansing|geruststellen|0.99
p:die ik|jij-boodschap|1.83
p:die ik|etiketteren|1.61
p:die ik|geruststellen|-0.98
p:die leeftijd|argumenteren|-0.95
p:die leeftijd|geruststellen|-0.94
p:die leeftijd|afleiden|1.56
p:die mail|jij-boodschap|-1.43
p:die mail|argumenteren|-0.99
p:die mail|vervolgafspraak|-0.72
p:die middag|parafrase|0.95
p:die middag|samenvatting|-0.95
p:die middag|open-vraag|0.92
p:die ongeldig|ondervragen|-0.99
p:die onvoldoende|bevelen|-0.9
p:die onvoldoende|geruststellen|0.98
p:die opmerking|jij-boodschap|0.95
p:die opmerking|bekritiseren|0.95
p:die overal|jij-boodschap|1.77
p:die overal|gevoelsreflectie|-0.89
p:die overal|bekritiseren|-0.94
p:die overal|prijzen|-0.96
p:die overal|etiketteren|0.96
p:die overal|afleiden|-0.63
p:die pest|jij-boodschap|1.64
p:die pest|bekritiseren|1.76
p:die precies|argumenteren|0.98
p:die precies|bekritiseren|-0.85
p:die presentatie|jij-boodschap|-0.78
p:die presentatie|prijzen|0.99
p:die reactie|bekritiseren|1.02
p:die regel|argumenteren|0.99
p:die ruzie|samenvatting|0.92
p:die ruzie|afleiden|0.89
p:die te|argumenteren|0.96
p:die telefoon|parafrase|0.98
p:die telefoon|bevelen|0.29
p:die telefoon|vervolgafspraak|-0.94
p:die toets|ik-boodschap|-0.96
p:die u|jij-boodschap|-0.46
p:die van|ik-boodschap|0.95
p:die veel|geruststellen|-0.99
p:die we|afronding-aankondigen|-0.92
p:die week|jij-boodschap|0.95
p:die week|ondervragen|-0.95
p:die wel|jij-boodschap|-1.59
p:die wel|moraliseren|0.91
p:die wel|bekritiseren|-1.72
p:die wil|etiketteren|0.34
p:die zo|prijzen|0.99
p:die zo|vervolgafspraak|-0.99
p:die zoveel|jij-boodschap|-0.96
p:dient hem|bevelen|0.98
p:digitale toetsen|interpreteren|-0.99
p:dingen besproken|parafrase|-1.0
p:dingen besproken|gevoelsreflectie|-1.0
p:dingen besproken|samenvatting|1.0
p:dingen besproken|argumenteren|-1.0
p:dingen besproken|afronding-aankondigen|-0.97
p:dingen de|open-vraag|-0.85
p:dingen gehad|afleiden|-0.75
p:dingen hebben|afleiden|0.98
p:dingen in|afleiden|0.93
p:dingen komen|samenvatting|0.92
p:dingen richten|waarschuwen|-0.96
p:dingen te|jij-boodschap|-0.85
p:dinsdag bedankt|afronding-aankondigen|0.91
p:dinsdag bij|ondervragen|-0.99
p:dinsdag de|vervolgafspraak|0.97
p:dinsdag een|vervolgafspraak|0.96
p:dinsdag het|samenvatting|-1.0
p:dinsdag het|vervolgafspraak|-0.98
p:dinsdag in|ik-boodschap|-0.94
p:dinsdag naar|parafrase|-0.78
p:dinsdag naar|samenvatting|0.65
p:dinsdag verder|vervolgafspraak|0.95
p:dipje in|geruststellen|0.99
p:dipje in|afleiden|-0.83
p:diploma echt|geruststellen|-0.85
p:diploma niet|waarschuwen|0.99
p:diploma zeker|waarschuwen|-0.98
p:dit aankaart|parafrase|-0.99
p:dit al|jij-boodschap|0.9
p:dit allemaal|gevoelsreflectie|0.88
p:dit anders|adviseren|-1.0
p:dit anders|etiketteren|-1.0
p:dit besluit|geruststellen|0.98
p:dit de|prijzen|0.96
p:dit dit|bekritiseren|0.97
p:dit dit|prijzen|-0.97
p:dit durfde|bedanken|0.95
p:dit echt|jij-boodschap|-0.97
p:dit echt|prijzen|0.97
p:dit een|geruststellen|0.98
p:dit eigenlijk|afleiden|-0.95
p:dit enorm|waarschuwen|0.99
p:dit gaat|interpreteren|1.82
p:dit gaat|geruststellen|-1.06
p:dit geen|bekritiseren|0.99
p:dit gesprek|samenvatting|-0.97
p:dit gesprek|bekritiseren|-0.99
p:dit gesprek|afronding-aankondigen|0.22
p:dit gesprek|vervolgafspraak|-0.97
p:dit gesprek|bedanken|-0.97
p:dit heeft|waarschuwen|1.0
p:dit in|waarschuwen|-0.97
p:dit in|prijzen|-0.95
p:dit in|geruststellen|-0.97
p:dit is|waarschuwen|-0.99
p:dit is|bekritiseren|0.99
p:dit jaar|ik-boodschap|-0.95
p:dit jaar|jij-boodschap|1.83
p:dit jaar|parafrase|0.99
p:dit jaar|open-vraag|1.0
p:dit jaar|etiketteren|0.98
p:dit jaar|geruststellen|-0.98
p:dit jaar|afleiden|-0.89
p:dit kan|waarschuwen|0.91
p:dit kan|prijzen|-0.97
p:dit kwartaal|jij-boodschap|-0.91
p:dit kwartaal|bekritiseren|-0.91
p:dit lukt|jij-boodschap|-0.99
p:dit lukt|prijzen|0.99
p:dit melden|argumenteren|0.88
p:dit met|bekritiseren|-1.75
p:dit met|prijzen|-0.97
p:dit met|bedanken|0.97
p:dit moet|gevoelsreflectie|-0.92
p:dit moment|argumenteren|-0.82
p:dit niet|ik-boodschap|-1.0
p:dit niet|gevoelsreflectie|-1.0
p:dit niet|bevelen|0.52
p:dit niet|waarschuwen|-0.81
p:dit niet|argumenteren|-1.0
p:dit nog|bevelen|-1.0
p:dit nog|waarschuwen|0.64
p:dit nog|moraliseren|0.99
p:dit nog|prijzen|-0.97
p:dit nog|interpreteren|-1.0
p:dit ook|moraliseren|-0.99
p:dit ook|prijzen|0.98
p:dit ook|geruststellen|-0.98
p:dit plan|prijzen|0.99
p:dit plan|vervolgafspraak|-0.99
p:dit rapport|ik-boodschap|0.97
p:dit soort|bekritiseren|1.13
p:dit speelde|jij-boodschap|-0.98
p:dit speelde|bekritiseren|-0.98
p:dit te|gevoelsreflectie|1.0
p:dit te|open-vraag|1.0
p:dit ter|gevoelsreflectie|0.92
p:dit toch|moraliseren|-0.96
p:dit u|gevoelsreflectie|1.74
p:dit vast|jij-boodschap|-0.7
p:dit vast|prijzen|0.97
p:dit veel|bekritiseren|0.9
p:dit vergeten|argumenteren|-0.98
p:dit vertelt|gevoelsreflectie|0.99
p:dit vind|etiketteren|-0.98
p:dit voor|adviseren|-0.81
p:dit waait|bekritiseren|-1.0
p:dit waait|geruststellen|1.0
p:dit zien|geruststellen|0.84
p:dit zo|parafrase|-0.96
p:dit zo|gevoelsreflectie|-0.98
p:dit zo|waarschuwen|0.18
p:docent frans|ik-boodschap|-0.71
p:docent frans|parafrase|-0.78
p:docent frans|samenvatting|1.61
p:docent hoort|moraliseren|0.99
p:docent moet|ik-boodschap|-0.87
p:docent moet|moraliseren|0.98
p:docent te|bekritiseren|0.99
p:docent zo|argumenteren|-0.81
p:docenten afschuift|bekritiseren|0.52
p:docentenvergadering eens|prijzen|1.0
p:docentenvergadering eens|interpreteren|-1.0
p:dochter doet|moraliseren|-0.91
p:dochter heeft|ik-boodschap|0.91
p:dochter heeft|jij-boodschap|-0.78
p:dochter heeft|bekritiseren|-0.94
p:dochter houdt|jij-boodschap|0.91
p:dochter is|jij-boodschap|-0.91
p:dochter is|bekritiseren|-0.91
p:dochter is|etiketteren|-0.57
p:dochter op|jij-boodschap|-0.84
p:dochter toch|jij-boodschap|0.82
p:dochter toch|bekritiseren|0.94
p:dochter toch|prijzen|-0.94
p:dochter verstoort|jij-boodschap|0.98
p:dochter verstoort|bekritiseren|0.98
p:dochter zit|bekritiseren|-0.98
p:dochter zoekt|jij-boodschap|0.77
p:dochter zoekt|bekritiseren|0.94
p:doe dat|bevelen|-0.82
p:doe dat|waarschuwen|0.99
p:doe dat|moraliseren|-0.96
p:doe je|jij-boodschap|-1.23
p:doe je|moraliseren|1.83
p:doe je|argumenteren|-0.99
p:doe je|bekritiseren|-1.79
p:doe niet|jij-boodschap|-1.0
p:doe niet|bevelen|0.68
p:doe niet|waarschuwen|-1.0
p:doe niet|etiketteren|1.9
p:doe niet|geruststellen|-0.99
p:doen ?|open-vraag|-0.93
p:doen ?|afleiden|0.93
p:doen de|gevoelsreflectie|-0.83
p:doen de|bevelen|-0.93
p:doen de|vervolgafspraak|-0.93
p:doen hoe|open-vraag|0.98
p:doen in|adviseren|-0.85
p:doen in|etiketteren|-0.7
p:doen is|adviseren|0.95
p:doen milan|adviseren|0.9
p:doet alsof|jij-boodschap|0.86
p:doet dat|geruststellen|-0.73
p:doet elke|afleiden|1.53
p:doet hij|open-vraag|-1.0
p:doet in|moraliseren|-0.91
p:doet me|ik-boodschap|0.93
p:doet me|argumenteren|-0.98
p:doet moet|waarschuwen|0.54
p:doet niets|jij-boodschap|-0.94
p:doet niets|geruststellen|2.57
p:doet steeds|jij-boodschap|0.97
p:doet steeds|bekritiseren|0.97
p:doet u|jij-boodschap|-0.73
p:doet u|gevoelsreflectie|0.72
p:doet u|samenvatting|-0.84
p:doet u|bekritiseren|-0.15
p:doet vind|jij-boodschap|0.9
p:doet volgt|moraliseren|0.99
p:doet ze|jij-boodschap|0.98
p:doet ze|bevelen|-0.89
p:doet ze|bekritiseren|0.81
p:doet ze|geruststellen|-0.74
p:doet zijn|jij-boodschap|0.71
p:doet zijn|waarschuwen|-0.42
p:doet zo|jij-boodschap|-0.96
p:doet zo|ondervragen|-0.94
p:doktersbriefje ?|afleiden|-0.93
p:donderdag af|vervolgafspraak|1.0
p:donderdag om|afronding-aankondigen|0.98
p:donderdag om|vervolgafspraak|0.98
p:donderdag praten|vervolgafspraak|0.72
p:donderdag samen|samenvatting|-0.62
p:donderdag samen|vervolgafspraak|0.99
p:donderdag verder|prijzen|-0.9
p:donderdag verder|afronding-aankondigen|-0.9
p:donderdag verdergaan|ik-boodschap|-0.97
p:donderdag wat|afronding-aankondigen|-1.0
p:donderdag zo|samenvatting|-0.99
p:donderdagavond om|ik-boodschap|-0.91
p:donderdagavond om|samenvatting|-0.91
p:donderdagavond om|adviseren|-0.91
p:door alles|jij-boodschap|0.96
p:door anderen|jij-boodschap|1.0
p:door anderen|bevelen|-0.87
p:door anderen|bekritiseren|1.0
p:door de|ik-boodschap|0.96
p:door de|parafrase|-0.19
p:door de|gevoelsreflectie|0.99
p:door de|samenvatting|-0.87
p:door de|aanmoediging|-0.99
p:door de|waarschuwen|1.01
p:door de|adviseren|-0.91
p:door de|prijzen|-0.99
p:door en|samenvatting|1.0
p:door en|vervolgafspraak|1.0
p:door je|ik-boodschap|-1.0
p:door je|gevoelsreflectie|0.76
p:door je|open-vraag|1.0
p:door klasgenoten|bekritiseren|-1.0
p:door school|gevoelsreflectie|0.97
p:door te|open-vraag|-0.94
p:door te|adviseren|0.82
p:door te|prijzen|0.98
p:door u|gevoelsreflectie|-0.7
p:door u|samenvatting|-0.99
p:door van|gevoelsreflectie|1.0
p:door van|open-vraag|-1.0
p:door verrast|ik-boodschap|0.97
p:door wat|parafrase|-0.68
p:door wat|aanmoediging|0.98
p:doordat hij|parafrase|-0.97
p:doordat hij|interpreteren|1.0
p:doordat hij|geruststellen|-1.68
p:doordat je|interpreteren|0.91
p:doordeweeks gewoon|afleiden|-0.96
p:doorgaan krijgt|prijzen|-0.99
p:doorgaat bel|waarschuwen|1.29
p:doorgaat haalt|waarschuwen|0.99
p:doorgaat lig|jij-boodschap|1.56
p:doorgaat lig|waarschuwen|0.97
p:doorgaat lig|bekritiseren|1.12
p:doorgaat loop|waarschuwen|-0.83
p:doorgaat loop|bekritiseren|-0.99
p:doorgaat mis|waarschuwen|-0.8
p:doorgaat mist|waarschuwen|-0.99
p:doorgaat wordt|moraliseren|-0.95
p:doorgaat zet|waarschuwen|0.81
p:doorgeven heb|ik-boodschap|0.94
p:doorgeven heb|waarschuwen|-0.94
p:dossier in|ik-boodschap|-1.0
p:dossier in|jij-boodschap|-1.0
p:dossier in|parafrase|-1.0
p:dossier in|gevoelsreflectie|-1.0
p:dossier in|samenvatting|-1.0
p:dossier in|open-vraag|-1.0
p:dossier in|aanmoediging|-1.0
p:dossier in|bevelen|-1.0
p:dossier in|waarschuwen|-1.0
p:dossier in|moraliseren|-1.0
p:dossier in|adviseren|-1.0
p:dossier in|argumenteren|-1.0
p:dossier in|bekritiseren|-1.0
p:dossier in|prijzen|-1.0
p:dossier in|etiketteren|-1.0
p:dossier in|interpreteren|-1.0
p:dossier in|geruststellen|-1.0
p:dossier in|ondervragen|-1.0
p:dossier in|afleiden|-1.0
p:dossier in|afronding-aankondigen|-1.0
p:dossier in|vervolgafspraak|-1.0
p:dossier in|bedanken|-1.0
p:drama van|moraliseren|-1.0
p:dramatisch als|argumenteren|-0.9
p:dramatisch als|geruststellen|0.96
p:dramatisch mevrouw|jij-boodschap|-1.0
p:drammer hè|bekritiseren|-1.0
p:drie collega's|argumenteren|0.98
p:drie collega's|bekritiseren|-0.85
p:drie dingen|jij-boodschap|-0.85
p:drie dingen|parafrase|-1.0
p:drie dingen|gevoelsreflectie|-1.0
p:drie dingen|samenvatting|1.92
p:drie dingen|open-vraag|-0.85
p:drie dingen|argumenteren|-1.0
p:drie dingen|afleiden|-0.75
p:drie dingen|afronding-aankondigen|-0.97
p:drie jaar|samenvatting|-1.0
p:drie keer|ik-boodschap|0.47
p:drie keer|jij-boodschap|-0.88
p:drie keer|argumenteren|1.0
p:drie keer|etiketteren|-0.63
p:drie keer|interpreteren|-1.0
p:drie meisjes|ik-boodschap|-1.0
p:drie meisjes|samenvatting|1.0
p:drie onvoldoendes|ik-boodschap|0.91
p:drie onvoldoendes|open-vraag|-1.0
p:drie uur|jij-boodschap|0.69
p:drie weken|samenvatting|0.92
p:drie weken|open-vraag|-0.78
p:drie weken|vervolgafspraak|1.86
p:drie weken|bedanken|0.92
p:dromer zo'n|moraliseren|-0.99
p:dromer zo'n|adviseren|-0.99
p:druk dat|argumenteren|-0.95
p:druk die|bevelen|-0.9
p:druk die|geruststellen|0.98
p:druk hij|gevoelsreflectie|-0.91
p:druk hij|bekritiseren|-0.88
p:druk is|interpreteren|-0.91
p:druk is|geruststellen|-0.98
p:druk is|afleiden|-0.98
p:druk je|bevelen|0.14
p:druk je|waarschuwen|-0.9
p:druk om|geruststellen|0.98
p:druk om|afleiden|0.99
p:druk ze|vervolgafspraak|-0.95
p:drukke week|argumenteren|-0.91
p:duidelijk ?|bevelen|0.82
p:duidelijk als|argumenteren|0.96
p:duidelijk is|geruststellen|-0.93
p:duidelijk na|argumenteren|1.0
p:duidelijk teleurgesteld|gevoelsreflectie|0.8
p:duidelijk teleurgesteld|vervolgafspraak|0.89
p:duidelijk wie|argumenteren|0.94
p:duits nog|samenvatting|0.96
p:duits nog|vervolgafspraak|-0.96
p:durfde te|bedanken|0.95
p:dus af|ik-boodschap|-0.71
p:dus af|samenvatting|0.97
p:dus als|samenvatting|-0.99
p:dus als|prijzen|-0.91
p:dus dat|parafrase|1.98
p:dus dat|gevoelsreflectie|-1.91
p:dus dat|open-vraag|-1.0
p:dus dat|aanmoediging|-1.0
p:dus dat|adviseren|0.98
p:dus dat|argumenteren|-0.93
p:dus de|parafrase|0.98
p:dus de|samenvatting|-0.86
p:dus die|jij-boodschap|-0.93
p:dus dit|jij-boodschap|-0.99
p:dus dit|prijzen|0.99
p:dus even|parafrase|-0.99
p:dus even|samenvatting|0.87
p:dus even|vervolgafspraak|-0.95
p:dus het|parafrase|1.73
p:dus het|samenvatting|-0.87
p:dus het|argumenteren|1.98
p:dus het|bekritiseren|-0.85
p:dus hij|argumenteren|0.92
p:dus ik|ik-boodschap|-0.87
p:dus ik|jij-boodschap|-0.91
p:dus ik|samenvatting|0.91
p:dus ik|adviseren|-0.98
p:dus ik|prijzen|2.86
p:dus ik|etiketteren|-0.91
p:dus ik|interpreteren|-1.0
p:dus ik|vervolgafspraak|0.91
p:dus je|ik-boodschap|0.6
p:dus je|parafrase|0.98
p:dus je|samenvatting|0.86
p:dus je|waarschuwen|-0.97
p:dus je|argumenteren|-1.0
p:dus je|prijzen|0.8
p:dus je|geruststellen|-0.97
p:dus jij|jij-boodschap|0.99
p:dus jij|parafrase|-0.78
p:dus jij|samenvatting|0.65
p:dus jij|open-vraag|0.97
p:dus jij|adviseren|-1.85
p:dus jij|etiketteren|-1.7
p:dus niet|parafrase|0.99
p:dus om|parafrase|-0.99
p:dus om|samenvatting|0.99
p:dus samengevat|parafrase|-0.94
p:dus teleurgesteld|gevoelsreflectie|0.93
p:dus tot|parafrase|-0.91
p:dus u|ik-boodschap|-1.0
p:dus u|jij-boodschap|0.69
p:dus u|parafrase|-0.95
p:dus u|gevoelsreflectie|-0.28
p:dus u|open-vraag|-0.9
p:dus u|waarschuwen|-0.91
p:dus u|argumenteren|-1.0
p:dus u|bekritiseren|0.91
p:dus u|prijzen|1.67
p:dus u|vervolgafspraak|-0.89
p:dus u|bedanken|-0.74
p:dus urenlang|parafrase|0.97
p:dus volgens|jij-boodschap|-0.99
p:dus volgens|parafrase|1.0
p:dus volgens|samenvatting|-0.96
p:dus vooral|ik-boodschap|-0.98
p:dus vooral|parafrase|0.98
p:dus vooral|interpreteren|-0.99
p:dus we|afleiden|-0.89
p:dus we|vervolgafspraak|0.94
p:dus zijn|ik-boodschap|0.93
p:dus zijn|jij-boodschap|-0.93
p:dus zijn|bekritiseren|-0.7
p:duurt het|moraliseren|0.98
p:dwingen om|bevelen|0.84
p:dwingen om|bekritiseren|-0.84
p:dyslexie over|bekritiseren|-0.97
p:echt achter|bekritiseren|-0.99
p:echt afronden|afronding-aankondigen|1.0
p:echt afronden|bedanken|1.0
p:echt afsluiten|samenvatting|-0.97
p:echt afsluiten|vervolgafspraak|-0.97
p:echt afsluiten|bedanken|-0.97
p:echt dat|ik-boodschap|-0.91
p:echt dat|geruststellen|0.91
p:echt de|jij-boodschap|-0.28
p:echt de|adviseren|-0.85
p:echt de|argumenteren|-0.98
p:echt de|etiketteren|0.91
p:echt de|geruststellen|-0.98
p:echt door|gevoelsreflectie|1.0
p:echt door|open-vraag|-1.0
p:echt een|jij-boodschap|-1.9
p:echt een|gevoelsreflectie|1.0
p:echt een|bekritiseren|-1.02
p:echt een|prijzen|0.92
p:echt een|geruststellen|-0.83
p:echt een|vervolgafspraak|-0.99
p:echt fijn|ik-boodschap|1.87
p:echt fijn|bekritiseren|-0.65
p:echt geen|gevoelsreflectie|0.85
p:echt geen|open-vraag|0.68
p:echt geen|geruststellen|0.99
p:echt gemeen|bekritiseren|1.02
p:echt geschrokken|ik-boodschap|0.96
p:echt geschrokken|open-vraag|0.96
p:echt geschrokken|geruststellen|-1.0
p:echt goed|geruststellen|1.0
p:echt goed|afronding-aankondigen|-0.98
p:echt goed|vervolgafspraak|-0.98
p:echt hard|jij-boodschap|-0.91
p:echt hard|bekritiseren|-0.91
p:echt heel|bekritiseren|0.97
p:echt het|adviseren|0.93
p:echt het|interpreteren|-0.93
p:echt hysterisch|etiketteren|0.97
p:echt kunnen|argumenteren|0.92
p:echt mooi|ik-boodschap|0.95
p:echt naar|parafrase|0.91
p:echt naar|etiketteren|-0.98
p:echt nergens|jij-boodschap|-0.82
p:echt niet|jij-boodschap|0.92
p:echt niet|argumenteren|0.98
p:echt niet|bekritiseren|2.13
p:echt niet|prijzen|-0.97
p:echt niet|geruststellen|0.99
p:echt nooit|jij-boodschap|0.91
p:echt onacceptabel|jij-boodschap|-0.97
p:echt onacceptabel|geruststellen|-0.91
p:echt ontzettend|etiketteren|-0.97
p:echt over|argumenteren|-0.98
p:echt over|prijzen|-0.95
p:echt rot|ik-boodschap|-0.9
p:echt rot|gevoelsreflectie|-1.44
p:echt sandra|geruststellen|0.95
p:echt slecht|jij-boodschap|0.61
p:echt sterk|bekritiseren|-0.87
p:echt tof|ik-boodschap|0.96
p:echt typische|bekritiseren|-0.91
p:echt van|ik-boodschap|2.71
p:echt van|jij-boodschap|0.94
p:echt van|open-vraag|-0.98
p:echt van|bekritiseren|-1.26
p:echt van|etiketteren|0.98
p:echt van|geruststellen|-1.67
p:echt van|ondervragen|-0.98
p:echt ver|jij-boodschap|1.55
p:echt ver|waarschuwen|-0.99
p:echt ver|bekritiseren|2.67
p:echt vervelend|parafrase|-0.99
p:echt vervelend|gevoelsreflectie|-1.0
p:echt volgend|jij-boodschap|-0.98
p:echt volgend|bekritiseren|-0.98
p:echt waar|interpreteren|-0.89
p:echt wel|ik-boodschap|-0.96
p:echt wel|jij-boodschap|-0.97
p:echt wel|gevoelsreflectie|0.96
p:echt wel|adviseren|-0.98
p:echt wel|geruststellen|2.71
p:echt wel|afleiden|-0.96
p:echt ziek|afleiden|-0.93
p:echt zo'n|jij-boodschap|1.65
p:echt zo'n|gevoelsreflectie|-0.89
p:echt zorgen|ik-boodschap|-0.98
p:echt zorgen|parafrase|-0.99
p:echte pitbull|jij-boodschap|0.91
p:echte pitbull|prijzen|-0.91
p:echte pitbull|etiketteren|0.91
p:echte pitbull|geruststellen|-0.91
p:echte prinses|etiketteren|0.34
p:een 1|waarschuwen|0.92
p:een 1|ondervragen|-0.99
p:een 3|ik-boodschap|-0.89
p:een 3|samenvatting|-0.89
p:een 3|argumenteren|0.98
p:een 3|vervolgafspraak|-0.89
p:een 4|ik-boodschap|-0.89
p:een 4|jij-boodschap|-0.95
p:een 4|samenvatting|-0.89
p:een 4|moraliseren|-0.96
p:een 4|argumenteren|3.34
p:een 4|bekritiseren|-0.71
p:een 4|afleiden|0.96
p:een 4|vervolgafspraak|-0.89
p:een 5|ik-boodschap|-0.89
p:een 5|jij-boodschap|-0.95
p:een 5|parafrase|-1.0
p:een 5|samenvatting|-0.89
p:een 5|argumenteren|1.72
p:een 5|bekritiseren|-0.71
p:een 5|vervolgafspraak|-0.89
p:een 6|argumenteren|-0.81
p:een 7|prijzen|1.83
p:een 8|etiketteren|-0.63
p:een aansteller|jij-boodschap|0.98
p:een aansteller|etiketteren|0.54
p:een advocaat|jij-boodschap|1.82
p:een advocaat|gevoelsreflectie|-0.78
p:een advocaat|etiketteren|0.98
p:een afspraak|samenvatting|0.91
p:een afspraak|adviseren|0.99
p:een afspraak|bekritiseren|-0.99
p:een afspraak|vervolgafspraak|0.91
p:een ander|jij-boodschap|-0.59
p:een ander|open-vraag|-1.0
p:een ander|bevelen|-0.97
p:een ander|moraliseren|0.97
p:een ander|afleiden|0.81
p:een andere|parafrase|1.81
p:een andere|adviseren|-0.99
p:een baby|afleiden|-0.94
p:een beetje|ik-boodschap|-0.94
p:een beetje|jij-boodschap|-0.72
p:een beetje|parafrase|-1.0
p:een beetje|gevoelsreflectie|2.08
p:een beetje|samenvatting|-1.0
p:een beetje|etiketteren|-0.96
p:een beetje|geruststellen|-0.98
p:een beetje|afleiden|0.96
p:een belachelijke|bekritiseren|0.99
p:een belachelijke|geruststellen|-0.99
p:een betrokken|bevelen|-0.99
p:een betrokken|prijzen|-0.76
p:een bijbaantje|moraliseren|-0.98
p:een bijbaantje|interpreteren|-0.98
p:een blauw|ik-boodschap|0.91
p:een brief|ik-boodschap|-0.99
p:een cijfer|afleiden|-0.93
p:een dipje|geruststellen|0.99
p:een dipje|afleiden|-0.83
p:een docent|argumenteren|-0.81
p:een docent|bekritiseren|0.99
p:een doktersbriefje|afleiden|-0.93
p:een drama|moraliseren|-1.0
p:een drammer|bekritiseren|-1.0
p:een dromer|moraliseren|-0.99
p:een dromer|adviseren|-0.99
p:een drukke|argumenteren|-0.91
p:een echte|jij-boodschap|0.91
p:een echte|prijzen|-0.91
p:een echte|etiketteren|1.25
p:een echte|geruststellen|-0.91
p:een eind|jij-boodschap|-0.99
p:een en|aanmoediging|0.65
p:een enorme|gevoelsreflectie|0.47
p:een extra|adviseren|-0.85
p:een extra|etiketteren|-0.7
p:een extra|vervolgafspraak|-0.89
p:een feit|jij-boodschap|-0.96
p:een fijne|jij-boodschap|-0.7
p:een fijne|bekritiseren|-0.95
p:een fijne|prijzen|0.97
p:een gesprek|jij-boodschap|-1.79
p:een gesprek|gevoelsreflectie|0.8
p:een gesprek|bekritiseren|-1.45
p:een gesprek|ondervragen|0.93
p:een gesprek|vervolgafspraak|0.89
p:een gesprekje|vervolgafspraak|0.96
p:een geweldige|prijzen|0.76
p:een gewone|jij-boodschap|-1.0
p:een gewone|gevoelsreflectie|-1.0
p:een gewone|open-vraag|1.0
p:een gewone|aanmoediging|-1.0
p:een gewone|argumenteren|-1.0
p:een gewone|bekritiseren|-1.0
p:een goed|adviseren|0.82
p:een goed|prijzen|0.98
p:een goede|moraliseren|1.92
p:een goede|bekritiseren|-0.94
p:een groot|geruststellen|-0.95
p:een heel|jij-boodschap|-0.91
p:een heel|waarschuwen|-0.83
p:een heel|bekritiseren|-0.91
p:een heel|prijzen|0.95
p:een heel|etiketteren|-0.91
p:een herkansing|argumenteren|0.97
p:een houding|jij-boodschap|-0.99
p:een houding|afleiden|-0.99
p:een huiswerkinstituut|adviseren|0.98
p:een idee|moraliseren|-0.98
p:een idee|adviseren|1.0
p:een idee|interpreteren|-0.98
p:een idee|geruststellen|-1.0
p:een jaar|geruststellen|1.93
p:een keer|bevelen|0.29
p:een keer|waarschuwen|1.02
p:een keer|adviseren|-0.94
p:een keer|argumenteren|-0.97
p:een keer|vervolgafspraak|-0.94
p:een kind|parafrase|0.96
p:een kind|moraliseren|0.99
p:een kind|prijzen|-0.89
p:een klap|geruststellen|0.98
p:een klasgenoot|ik-boodschap|1.72
p:een klasgenoot|jij-boodschap|-0.92
p:een klasgenoot|bekritiseren|-0.31
p:een kleuter|jij-boodschap|1.89
p:een kleuter|etiketteren|1.89
p:een kleuterachtig|bekritiseren|-0.97
p:een kleuterachtig|etiketteren|1.66
p:een kwartier|gevoelsreflectie|-0.67
p:een kwartier|afleiden|-0.89
p:een kwartier|afronding-aankondigen|-0.75
p:een laptop|etiketteren|-0.96
p:een laptop|ondervragen|-0.83
p:een lastige|argumenteren|-1.0
p:een lastpak|jij-boodschap|1.0
p:een lastpak|etiketteren|1.0
p:een lastpak|afleiden|-1.0
p:een lastpak|vervolgafspraak|-1.0
p:een leerling|waarschuwen|-0.45
p:een leerling|moraliseren|1.0
p:een leerling|argumenteren|0.97
p:een luiwammes|bekritiseren|-1.0
p:een maand|afronding-aankondigen|-1.0
p:een maand|vervolgafspraak|1.0
p:een maand|bedanken|-1.0
p:een maandje|geruststellen|0.91
p:een mail|jij-boodschap|1.55
p:een mail|argumenteren|-0.97
p:een mail|bekritiseren|1.68
p:een mail|afronding-aankondigen|0.93
p:een mail|vervolgafspraak|0.93
p:een mail|bedanken|0.96
p:een manier|adviseren|-0.96
p:een manier|etiketteren|-0.35
p:een moeilijk|etiketteren|-0.98
p:een mooi|afleiden|0.93
p:een nieuw|afronding-aankondigen|0.9
p:een nieuw|vervolgafspraak|1.93
p:een nieuw|bedanken|-1.0
p:een nieuwe|bedanken|0.96
p:een onbetrouwbare|bekritiseren|-1.65
p:een onbetrouwbare|etiketteren|0.66
p:een ongepaste|bekritiseren|0.65
p:een ontzettende|jij-boodschap|0.86
p:een onvoldoende|gevoelsreflectie|0.98
p:een onvoldoende|argumenteren|-0.97
p:een onvoldoende|prijzen|-0.99
p:een onvoldoende|etiketteren|-0.68
p:een onvoldoende|geruststellen|-0.96
p:een onvoldoende|afleiden|2.64
p:een onzin|bekritiseren|0.98
p:een onzinnige|etiketteren|-0.99
p:een onzinverhaal|bekritiseren|2.56
p:een onzinverhaal|etiketteren|-0.95
p:een oplossing|adviseren|-0.97
p:een ouder|afleiden|-0.94
p:een paar|open-vraag|0.92
p:een paar|argumenteren|-0.98
p:een paar|prijzen|-0.95
p:een paar|geruststellen|1.77
p:een plan|adviseren|-0.98
p:een plan|vervolgafspraak|0.99
p:een planning|ik-boodschap|0.84
p:een planning|vervolgafspraak|0.92
p:een planningsmaatje|samenvatting|1.0
p:een planningsmaatje|vervolgafspraak|1.0
p:een presenteerblaadje|etiketteren|0.34
p:een probleem|jij-boodschap|0.12
p:een probleem|samenvatting|0.85
p:een probleem|moraliseren|-0.96
p:een probleem|bekritiseren|-0.94
p:een probleem|prijzen|-0.96
p:een probleem|etiketteren|0.96
p:een probleem|interpreteren|0.99
p:een probleem|afleiden|-0.63
p:een punt|vervolgafspraak|-0.99
p:een rare|bekritiseren|0.99
p:een rechtszaak|jij-boodschap|1.65
p:een rechtszaak|gevoelsreflectie|-0.89
p:een rij|gevoelsreflectie|-0.97
p:een rij|open-vraag|-0.98
p:een rij|vervolgafspraak|-0.92
p:een rijtje|open-vraag|0.87
p:een rommeltje|jij-boodschap|0.91
p:een rommeltje|bekritiseren|0.91
p:een rotmoment|gevoelsreflectie|1.0
p:een rotmoment|geruststellen|-0.83
p:een schorsing|etiketteren|-0.98
p:een schriftje|adviseren|0.98
p:een schrik|gevoelsreflectie|0.97
p:een slecht|bekritiseren|-0.2
p:een slechte|open-vraag|-0.93
p:een slechte|geruststellen|1.66
p:een slechte|afleiden|0.71
p:een slimme|gevoelsreflectie|-0.99
p:een slimme|prijzen|0.99
p:een slimme|etiketteren|-1.0
p:een slordig|bekritiseren|0.97
p:een slordig|prijzen|-0.97
p:een slordige|bekritiseren|-0.95
p:een sociale|etiketteren|-0.83
p:een sterke|jij-boodschap|-0.97
p:een strafwerk|waarschuwen|-0.91
p:een stuk|prijzen|-0.99
p:een stuk|etiketteren|0.99
p:een tegenvallend|gevoelsreflectie|-0.98
p:een telefoon|parafrase|-0.99
p:een telefoon|adviseren|-0.88
p:een timer|argumenteren|-0.99
p:een toets|bevelen|-0.62
p:een toets|argumenteren|0.94
p:een toets|bekritiseren|-0.94
p:een toets|ondervragen|-0.99
p:een toets|vervolgafspraak|-0.94
p:een tolk|vervolgafspraak|0.97
p:een topmoeder|jij-boodschap|-0.99
p:een topmoeder|prijzen|0.99
p:een typisch|etiketteren|1.82
p:een uur|bevelen|0.99
p:een vader|prijzen|0.99
p:een vader|vervolgafspraak|-0.99
p:een van|jij-boodschap|-0.91
p:een van|prijzen|0.91
p:een van|etiketteren|-0.91
p:een vast|vervolgafspraak|-0.98
p:een vaste|samenvatting|0.96
p:een vaste|open-vraag|-0.78
p:een vaste|waarschuwen|-0.99
p:een vaste|adviseren|2.86
p:een vaste|vervolgafspraak|-0.96
p:een vechtersbaas|jij-boodschap|1.68
p:een vechtersbaas|etiketteren|1.25
p:een verkapte|afleiden|-0.95
p:een verstandige|parafrase|-0.96
p:een verwijzing|gevoelsreflectie|0.93
p:een vier|adviseren|-0.98
p:een vier|argumenteren|0.98
p:een vijf|jij-boodschap|-0.83
p:een vijf|adviseren|-0.98
p:een vijf|argumenteren|0.98
p:een vijf|etiketteren|-0.91
p:een voldoende|parafrase|-0.88
p:een voldoende|argumenteren|1.0
p:een voorbeeld|gevoelsreflectie|-0.99
p:een voorbeeld|aanmoediging|-0.98
p:een vraag|samenvatting|-0.96
p:een vreselijke|bekritiseren|0.87
p:een vriend|samenvatting|1.0
p:een vriend|adviseren|-1.0
p:een vriendje|jij-boodschap|-0.98
p:een vriendje|waarschuwen|-0.98
p:een vrolijke|etiketteren|-0.39
p:een waardeloze|bekritiseren|1.94
p:een watje|bekritiseren|-0.81
p:een week|argumenteren|-0.99
p:een weekplanner|adviseren|0.97
p:een weekplanning|bevelen|-0.99
p:een weekplanning|adviseren|1.0
p:een weekplanning|geruststellen|-1.0
p:een weer|etiketteren|-0.51
p:een weer|interpreteren|-1.0
p:een weer|afleiden|1.0
p:een wekker|adviseren|0.98
p:een wijsneus|jij-boodschap|2.6
p:een wijsneus|prijzen|-0.99
p:een wijsneus|etiketteren|1.86
p:een zes|adviseren|-0.98
p:een zes|argumenteren|0.98
p:een zie|afronding-aankondigen|0.98
p:een zie|vervolgafspraak|0.98
p:een zware|gevoelsreflectie|0.99
p:eenmaal bij|afleiden|0.93
p:eenmaal de|jij-boodschap|2.87
p:eenmaal de|moraliseren|0.91
p:eenmaal de|argumenteren|-0.93
p:eenmaal de|etiketteren|1.63
p:eenmaal druk|argumenteren|-0.95
p:eenmaal een|moraliseren|-0.99
p:eenmaal een|adviseren|-0.99
p:eenmaal een|argumenteren|0.82
p:eenmaal met|jij-boodschap|-0.26
p:eenmaal met|bevelen|-0.96
p:eenmaal met|bekritiseren|-0.74
p:eenmaal onvoldoende|jij-boodschap|-0.83
p:eenmaal onvoldoende|etiketteren|-0.91
p:eenmaal plichten|moraliseren|0.95
p:eenmaal plichten|etiketteren|-0.53
p:eenmaal regels|bevelen|-0.89
p:eenmaal zijn|moraliseren|0.94
p:eenmaal zijn|argumenteren|-0.73
p:eens aan|adviseren|0.86
p:eens bent|prijzen|1.0
p:eens bent|interpreteren|-1.0
p:eens bij|gevoelsreflectie|0.93
p:eens buiten|ik-boodschap|0.96
p:eens buiten|samenvatting|-0.96
p:eens buiten|adviseren|0.96
p:eens doet|moraliseren|0.99
p:eens een|etiketteren|-0.68
p:eens een|geruststellen|-0.96
p:eens een|afleiden|0.96
p:eens en|bevelen|-0.82
p:eens en|moraliseren|-0.96
p:eens even|bevelen|1.0
p:eens even|moraliseren|-1.0
p:eens gedacht|adviseren|0.98
p:eens gesproken|adviseren|-0.92
p:eens het|afleiden|-0.71
p:eens hoe|jij-boodschap|-1.0
p:eens hoe|gevoelsreflectie|-1.0
p:eens hoe|samenvatting|-0.76
p:eens hoe|open-vraag|1.0
p:eens hoe|aanmoediging|-1.0
p:eens hoe|argumenteren|-1.0
p:eens hoe|bekritiseren|-1.0
p:eens hoe|afleiden|-0.98
p:eens komt|jij-boodschap|1.78
p:eens komt|gevoelsreflectie|-0.91
p:eens komt|bekritiseren|1.67
p:eens meer|jij-boodschap|-0.98
p:eens meer|bekritiseren|-0.98
p:eens met|ik-boodschap|0.95
p:eens met|parafrase|-0.96
p:eens met|adviseren|0.99
p:eens met|prijzen|-0.98
p:eens met|interpreteren|-0.95
p:eens met|geruststellen|0.72
p:eens met|ondervragen|-0.99
p:eens naar|adviseren|-0.96
p:eens op|adviseren|0.81
p:eens op|argumenteren|-0.92
p:eens op|bekritiseren|-0.92
p:eens over|afronding-aankondigen|-0.99
p:eens proberen|adviseren|1.0
p:eens te|ik-boodschap|-0.92
p:eens voorkomt|bevelen|-1.0
p:eens voorkomt|interpreteren|-1.0
p:eens wat|parafrase|-0.98
p:eens wat|adviseren|-0.98
p:eens wat|afleiden|0.93
p:eens weg|adviseren|-0.98
p:eenvoudig is|argumenteren|0.97
p:eerder ?|bekritiseren|-0.95
p:eerder aan|gevoelsreflectie|0.92
p:eerder al|adviseren|-0.92
p:eerder contact|etiketteren|-0.97
p:eerder dat|interpreteren|0.95
p:eerder gekomen|prijzen|-0.97
p:eerder had|bekritiseren|0.62
p:eerder moeten|bekritiseren|-1.51
p:eerder naar|bekritiseren|0.83
p:eerder zetten|gevoelsreflectie|-0.67
p:eerlijk bent|afronding-aankondigen|-0.96
p:eerlijk bent|bedanken|0.79
p:eerlijk duurt|moraliseren|0.98
p:eerlijk gezegd|ik-boodschap|-0.98
p:eerlijk gezegd|jij-boodschap|0.97
p:eerlijk gezegd|bekritiseren|0.97
p:eerlijk gezegd|interpreteren|-0.92
p:eerlijk gezegd|geruststellen|-0.98
p:eerlijk met|gevoelsreflectie|-0.98
p:eerlijk tegen|gevoelsreflectie|0.68
p:eerlijk tegen|bekritiseren|-0.87
p:eerlijk tot|gevoelsreflectie|-0.98
p:eerlijk zijn|open-vraag|0.78
p:eerlijk zijn|bekritiseren|0.95
p:eerst de|bevelen|0.65
p:eerst je|adviseren|0.9
p:eerst naar|interpreteren|-0.97
p:eerst zijn|adviseren|0.94
p:eerst zitten|bevelen|0.84
p:eerst zitten|geruststellen|-0.91
p:eerste aanpakken|ik-boodschap|-0.99
p:eerste aanpakken|parafrase|-0.91
p:eerste aanpakken|samenvatting|0.86
p:eerste aanpakken|open-vraag|0.99
p:eerste die|jij-boodschap|-0.88
p:eerste en|geruststellen|0.91
p:eerste klas|waarschuwen|-0.96
p:eerste periode|bekritiseren|-0.75
p:eerste rapport|jij-boodschap|-0.98
p:eerste tien|ik-boodschap|0.82
p:eerste uitleg|vervolgafspraak|-0.64
p:eerste uur|vervolgafspraak|0.98
p:eerste week|samenvatting|-0.86
p:eerste week|open-vraag|0.91
p:eerste weken|moraliseren|-0.9
p:eerste weken|afleiden|0.75
p:eeuw mevrouw|jij-boodschap|1.86
p:eeuw mevrouw|etiketteren|0.98
p:eigen schooltijd|geruststellen|-1.0
p:eigenlijk ?|open-vraag|-1.65
p:eigenlijk ?|moraliseren|-0.99
p:eigenlijk ?|geruststellen|-0.99
p:eigenlijk ?|afleiden|0.88
p:eigenlijk bang|adviseren|-0.81
p:eigenlijk bang|interpreteren|1.98
p:eigenlijk bang|bedanken|-0.99
p:eigenlijk dat|gevoelsreflectie|-0.85
p:eigenlijk dat|interpreteren|-0.91
p:eigenlijk doen|open-vraag|-0.93
p:eigenlijk doen|afleiden|0.93
p:eigenlijk een|afleiden|-0.95
p:eigenlijk geen|ik-boodschap|-0.95
p:eigenlijk geen|geruststellen|-0.95
p:eigenlijk helemaal|geruststellen|-1.0
p:eigenlijk met|prijzen|-0.99
p:eigenlijk met|afleiden|1.96
p:eigenlijk onzeker|ondervragen|-0.94
p:eigenlijk schaamt|interpreteren|1.0
p:eigenlijk schuldig|gevoelsreflectie|-0.87
p:eigenlijk schuldig|bekritiseren|-0.9
p:eigenlijk van|afleiden|0.95
p:eigenlijk vindt|interpreteren|0.93
p:eigenlijk wel|bekritiseren|0.61
p:eind aan|jij-boodschap|-0.99
p:eind van|ik-boodschap|-0.81
p:eind van|waarschuwen|0.85
p:einde van|gevoelsreflectie|0.98
p:einde van|afleiden|0.72
p:eindelijk ook|jij-boodschap|1.78
p:eindelijk ook|gevoelsreflectie|-0.91
p:eindelijk ook|bekritiseren|1.67
p:elf fouten|jij-boodschap|-0.39
p:elf fouten|argumenteren|0.93
p:elf uur|ondervragen|1.0
p:elkaar blijven|afronding-aankondigen|1.0
p:elkaar komen|samenvatting|-0.85
p:elkaar neem|gevoelsreflectie|-0.72
p:elkaar neem|samenvatting|0.95
p:elkaar om|moraliseren|0.89
p:elkaar vrijdag|etiketteren|-0.98
p:elkaar vrijdag|afleiden|-0.99
p:elkaar vrijdag|afronding-aankondigen|-0.98
p:elkaar weer|samenvatting|-0.64
p:elkaar weer|geruststellen|-0.81
p:elkaar weer|afronding-aankondigen|-0.93
p:elke avond|open-vraag|-0.94
p:elke avond|adviseren|0.82
p:elke dag|samenvatting|0.63
p:elke dag|bevelen|0.99
p:elke dinsdag|ik-boodschap|-0.94
p:elke dinsdag|parafrase|-0.78
p:elke dinsdag|samenvatting|0.65
p:elke keer|jij-boodschap|0.94
p:elke keer|bekritiseren|0.94
p:elke klas|afleiden|0.97
p:elke les|ik-boodschap|0.96
p:elke les|jij-boodschap|0.98
p:elke les|bekritiseren|0.98
p:elke ochtend|ik-boodschap|0.96
p:elke ochtend|samenvatting|-0.96
p:elke ochtend|adviseren|0.96
p:elke puber|geruststellen|0.81
p:elke puber|afleiden|0.72
p:emma moeite|ik-boodschap|-0.98
p:emma vorige|ik-boodschap|0.78
p:emotioneel van|gevoelsreflectie|0.91
p:en 5e|samenvatting|-1.0
p:en al|aanmoediging|0.65
p:en als|jij-boodschap|1.56
p:en als|waarschuwen|0.97
p:en als|bekritiseren|0.13
p:en bel|bevelen|-0.98
p:en ben|parafrase|0.95
p:en ben|samenvatting|-0.95
p:en bij|vervolgafspraak|-0.96
p:en controleert|open-vraag|-1.0
p:en daar|ik-boodschap|1.93
p:en daar|gevoelsreflectie|-0.83
p:en daar|samenvatting|-0.99
p:en daardoor|open-vraag|0.92
p:en daarna|bekritiseren|-0.95
p:en dan|ik-boodschap|3.58
p:en dan|jij-boodschap|0.98
p:en dan|samenvatting|-0.96
p:en dan|adviseren|-0.97
p:en dan|bekritiseren|0.81
p:en dan|prijzen|-1.0
p:en dan|interpreteren|-0.95
p:en dan|geruststellen|-0.74
p:en dan|afronding-aankondigen|-1.0
p:en dan|vervolgafspraak|0.92
p:en dat|ik-boodschap|2.96
p:en dat|parafrase|1.62
p:en dat|gevoelsreflectie|0.88
p:en dat|samenvatting|0.11
p:en dat|open-vraag|0.71
p:en dat|aanmoediging|-1.0
p:en dat|bevelen|-1.0
p:en dat|waarschuwen|-1.0
p:en dat|moraliseren|-1.0
p:en dat|argumenteren|-0.97
p:en dat|bekritiseren|0.98
p:en dat|prijzen|-1.0
p:en dat|geruststellen|-1.0
p:en dat|afleiden|-0.96
p:en dat|vervolgafspraak|1.56
p:en dat|bedanken|-0.94
p:en de|parafrase|-1.0
p:en de|gevoelsreflectie|-1.0
p:en de|samenvatting|1.0
p:en de|open-vraag|-0.85
p:en de|argumenteren|-1.0
p:en de|afleiden|-0.75
p:en de|vervolgafspraak|-0.92
p:en donderdag|ik-boodschap|-0.97
p:en donderdag|samenvatting|-0.99
p:en een|ik-boodschap|-0.89
p:en een|jij-boodschap|-0.95
p:en een|samenvatting|-0.89
p:en een|adviseren|-0.98
p:en een|argumenteren|2.67
p:en een|bekritiseren|-0.71
p:en een|vervolgafspraak|-0.89
p:en er|argumenteren|-0.97
p:en extra|samenvatting|0.99
p:en ga|bevelen|2.47
p:en ga|geruststellen|-0.99
p:en haar|open-vraag|0.87
p:en het|ik-boodschap|-1.0
p:en het|parafrase|-0.99
p:en het|samenvatting|1.87
p:en het|argumenteren|-0.96
p:en hij|jij-boodschap|-0.39
p:en hij|samenvatting|1.0
p:en hij|bevelen|-0.5
p:en hij|adviseren|-1.0
p:en hij|argumenteren|0.93
p:en hoe|aanmoediging|0.96
p:en iedereen|jij-boodschap|0.91
p:en iedereen|samenvatting|-0.91
p:en iedereen|open-vraag|-0.87
p:en iedereen|bekritiseren|0.91
p:en ik|ik-boodschap|2.47
p:en ik|jij-boodschap|-0.82
p:en ik|parafrase|-0.78
p:en ik|gevoelsreflectie|-1.71
p:en ik|samenvatting|3.43
p:en ik|bevelen|-0.93
p:en ik|waarschuwen|0.94
p:en ik|adviseren|-0.99
p:en ik|bekritiseren|-0.8
p:en ik|afronding-aankondigen|0.94
p:en ik|vervolgafspraak|1.99
p:en je|ik-boodschap|-0.99
p:en je|jij-boodschap|-0.98
p:en je|parafrase|-0.96
p:en je|gevoelsreflectie|-0.89
p:en je|samenvatting|4.74
p:en je|bevelen|0.24
p:en je|waarschuwen|0.96
p:en je|moraliseren|-0.9
p:en je|argumenteren|-0.73
p:en je|bekritiseren|-0.96
p:en je|vervolgafspraak|-1.92
p:en jij|ik-boodschap|-0.98
p:en kan|parafrase|-0.95
p:en kijk|ik-boodschap|-0.95
p:en kijk|bevelen|0.95
p:en kon|ik-boodschap|0.96
p:en kon|gevoelsreflectie|-0.96
p:en krijgt|ondervragen|-0.99
p:en laat|samenvatting|-0.62
p:en laat|vervolgafspraak|0.99
p:en loopt|ik-boodschap|0.98
p:en loopt|samenvatting|-0.98
p:en loopt|open-vraag|0.98
p:en maakt|gevoelsreflectie|0.91
p:en mevrouw|vervolgafspraak|0.96
p:en moet|samenvatting|-0.91
p:en nooit|jij-boodschap|-1.0
p:en nooit|interpreteren|-1.0
p:en om|samenvatting|0.86
p:en om|open-vraag|0.99
p:en onnodig|bekritiseren|1.02
p:en ook|geruststellen|0.91
p:en op|ik-boodschap|-0.86
p:en op|aanmoediging|-0.73
p:en op|bekritiseren|-0.97
p:en over|gevoelsreflectie|0.95
p:en over|open-vraag|-0.65
p:en over|moraliseren|-0.97
p:en over|bekritiseren|-0.97
p:en over|etiketteren|-0.98
p:en over|vervolgafspraak|-0.84
p:en reageert|samenvatting|-0.96
p:en toch|parafrase|0.97
p:en toe|moraliseren|0.99
p:en toen|jij-boodschap|0.83
p:en toen|aanmoediging|1.0
p:en toen|bekritiseren|0.96
p:en toen|ondervragen|-1.0
p:en tot|waarschuwen|-0.96
p:en u|jij-boodschap|1.84
p:en u|parafrase|-0.91
p:en u|gevoelsreflectie|-0.91
p:en u|samenvatting|2.78
p:en u|bekritiseren|1.75
p:en u|vervolgafspraak|1.73
p:en verder|aanmoediging|0.97
p:en volgende|samenvatting|-0.94
p:en volgende|vervolgafspraak|0.95
p:en volgens|argumenteren|0.97
p:en waarom|ik-boodschap|-0.97
p:en waarom|ondervragen|1.0
p:en waarom|afleiden|-1.0
p:en wanneer|ondervragen|1.0
p:en was|ik-boodschap|-0.6
p:en wat|aanmoediging|-0.96
p:en wat|bekritiseren|-0.95
p:en wekelijks|parafrase|-0.94
p:en wie|samenvatting|-1.0
p:en wie|prijzen|-0.97
p:en wie|interpreteren|-1.0
p:en wiskunde|open-vraag|-0.98
p:en wiskunde|aanmoediging|-0.97
p:en ze|vervolgafspraak|-0.95
p:en zijn|ik-boodschap|-0.93
p:en zijn|jij-boodschap|-0.85
p:en zijn|parafrase|-0.99
p:en zijn|gevoelsreflectie|-0.97
p:en zijn|bekritiseren|-0.15
p:eng om|gevoelsreflectie|0.88
p:eng vindt|gevoelsreflectie|0.68
p:engels belt|vervolgafspraak|0.97
p:engels ingehaald|bekritiseren|-0.63
p:engels is|argumenteren|-0.82
p:engels je|ik-boodschap|0.84
p:engels je|vervolgafspraak|0.92
p:engels niet|vervolgafspraak|-0.96
p:engels wat|samenvatting|0.86
p:engels wat|open-vraag|0.99
p:enkel bericht|jij-boodschap|0.93
p:enkel bericht|bekritiseren|1.55
p:enkel respect|jij-boodschap|0.93
p:enkel verslag|bekritiseren|-0.96
p:enkele huiswerkopdracht|ik-boodschap|0.97
p:enkele huiswerkopdracht|jij-boodschap|-0.97
p:enkele huiswerkopdracht|bekritiseren|-0.97
p:enkele kans|etiketteren|-1.0
p:enkele les|bekritiseren|1.0
p:enkele opdracht|ik-boodschap|0.93
p:enkele opdracht|jij-boodschap|-0.93
p:enkele opdracht|bekritiseren|-0.7
p:enkele school|jij-boodschap|-0.97
p:enkele school|bekritiseren|-1.53
p:enorm als|waarschuwen|0.99
p:enorm hoe|prijzen|0.91
p:enorm hoe|bedanken|-0.74
p:enorme schrik|gevoelsreflectie|0.47
p:er aan|open-vraag|0.93
p:er al|adviseren|0.86
p:er allebei|ik-boodschap|0.87
p:er allebei|vervolgafspraak|-0.73
p:er alles|bekritiseren|-0.88
p:er altijd|moraliseren|-1.0
p:er altijd|prijzen|-1.0
p:er begon|parafrase|0.99
p:er behoorlijk|ik-boodschap|-0.96
p:er bent|bedanken|-0.99
p:er bij|jij-boodschap|-1.0
p:er bij|parafrase|-0.98
p:er bij|gevoelsreflectie|-1.0
p:er bij|open-vraag|1.0
p:er bij|aanmoediging|-1.0
p:er bij|adviseren|-0.98
p:er bij|argumenteren|-1.0
p:er bij|bekritiseren|-1.0
p:er bij|geruststellen|-0.94
p:er bij|afleiden|1.57
p:er bijna|jij-boodschap|-0.91
p:er dan|open-vraag|-1.0
p:er de|waarschuwen|0.64
p:er deze|bekritiseren|0.71
p:er door|ik-boodschap|-1.0
p:er door|gevoelsreflectie|0.76
p:er door|samenvatting|-0.99
p:er door|open-vraag|1.0
p:er drie|ik-boodschap|0.91
p:er dus|parafrase|0.99
p:er echt|ik-boodschap|-0.96
p:er echt|gevoelsreflectie|2.94
p:er echt|open-vraag|-1.98
p:er echt|geruststellen|0.98
p:er echt|ondervragen|-0.98
p:er echt|afleiden|-0.96
p:er een|parafrase|-1.0
p:er een|gevoelsreflectie|1.16
p:er een|samenvatting|-1.0
p:er een|moraliseren|0.99
p:er een|interpreteren|0.99
p:er eerlijk|ik-boodschap|-1.95
p:er gebeurd|parafrase|0.99
p:er gebeurd|gevoelsreflectie|-0.74
p:er gebeurt|adviseren|-0.94
p:er gebeurt|bekritiseren|-0.94
p:er geen|gevoelsreflectie|-0.93
p:er geen|bekritiseren|-0.45
p:er gewoon|jij-boodschap|1.72
p:er gewoon|bekritiseren|1.62
p:er gewoon|interpreteren|-0.91
p:er gezegd|waarschuwen|-1.0
p:er goed|parafrase|-0.93
p:er goed|bevelen|-0.93
p:er helemaal|gevoelsreflectie|0.99
p:er helemaal|moraliseren|-0.99
p:er iemand|ik-boodschap|0.98
p:er iets|vervolgafspraak|0.84
p:er in|ik-boodschap|0.96
p:er in|open-vraag|0.96
p:er in|moraliseren|-0.9
p:er in|argumenteren|-0.93
p:er in|afleiden|1.01
p:er inmiddels|vervolgafspraak|-1.0
p:er klaar|parafrase|-1.0
p:er klaar|geruststellen|-1.0
p:er komt|argumenteren|-0.97
p:er maar|afleiden|-0.93
p:er meteen|bekritiseren|0.82
p:er moe|ik-boodschap|0.87
p:er niet|argumenteren|0.99
p:er niet|interpreteren|-0.99
p:er niets|jij-boodschap|0.98
p:er niets|interpreteren|-0.93
p:er niets|geruststellen|-0.74
p:er nog|jij-boodschap|0.12
p:er nooit|jij-boodschap|-1.79
p:er nooit|bekritiseren|-1.45
p:er nooit|ondervragen|0.93
p:er nou|moraliseren|0.99
p:er nou|afleiden|-0.72
p:er nu|jij-boodschap|-0.99
p:er nu|gevoelsreflectie|-0.7
p:er ook|jij-boodschap|-0.82
p:er ook|prijzen|0.97
p:er ook|vervolgafspraak|0.88
p:er rot|gevoelsreflectie|0.53
p:er samen|jij-boodschap|-0.9
p:er steeds|ik-boodschap|0.97
p:er steeds|jij-boodschap|1.86
p:er steeds|gevoelsreflectie|-1.0
p:er steeds|open-vraag|-1.0
p:er steeds|bekritiseren|2.13
p:er steeds|ondervragen|-0.86
p:er straks|ik-boodschap|0.81
p:er straks|jij-boodschap|-0.91
p:er straks|bekritiseren|-0.91
p:er thuis|ik-boodschap|-0.96
p:er thuis|jij-boodschap|0.91
p:er thuis|gevoelsreflectie|-1.84
p:er thuis|open-vraag|1.68
p:er thuis|bekritiseren|1.87
p:er thuis|etiketteren|-1.0
p:er toen|parafrase|0.87
p:er twee|gevoelsreflectie|-0.97
p:er vanavond|parafrase|-0.98
p:er veel|bekritiseren|-0.87
p:er verdrietig|ik-boodschap|0.98
p:er volgens|parafrase|-0.72
p:er voor|ik-boodschap|0.98
p:er voor|afronding-aankondigen|0.98
p:er voor|vervolgafspraak|0.98
p:er vrouwelijke|gevoelsreflectie|-0.93
p:er wakker|ik-boodschap|-0.96
p:er wakker|gevoelsreflectie|0.96
p:er was|ik-boodschap|-0.98
p:er wel|argumenteren|-0.98
p:er zelf|jij-boodschap|0.85
p:er zelf|gevoelsreflectie|0.9
p:er zelf|bekritiseren|0.56
p:er zijn|argumenteren|0.98
p:er zijn|bekritiseren|-0.85
p:er zijn|afleiden|0.93
p:eraan dat|bekritiseren|0.52
p:erbij ?|samenvatting|-0.85
p:erbij zit|gevoelsreflectie|0.88
p:erg bedankt|bekritiseren|-0.95
p:erg dat|argumenteren|-0.97
p:erg geschrokken|ik-boodschap|0.83
p:erg hoor|geruststellen|1.0
p:erg hoor|afleiden|-0.78
p:erg laks|bevelen|-1.0
p:erg laks|vervolgafspraak|-1.0
p:erg makkelijk|jij-boodschap|1.31
p:erg makkelijk|bekritiseren|1.76
p:erg makkelijk|geruststellen|-0.94
p:erg om|prijzen|0.91
p:erg om|bedanken|-0.74
p:erg onzeker|samenvatting|-0.93
p:erger me|bekritiseren|0.52
p:ernst er|vervolgafspraak|-1.0
p:erop neer|samenvatting|-0.94
p:eruit gekomen|samenvatting|0.91
p:eruit gekomen|vervolgafspraak|0.91
p:ervan ?|open-vraag|0.96
p:ervan dat|ik-boodschap|0.77
p:ervan maar|moraliseren|-0.96
p:ervan maar|afleiden|0.96
p:ervan om|open-vraag|-0.94
p:ervan vindt|bekritiseren|-0.92
p:ervan vindt|afronding-aankondigen|-1.0
p:ervaring als|prijzen|0.95
p:ervaring in|prijzen|0.96
p:ervoor dat|bevelen|1.0
p:ervoor dat|bekritiseren|-0.97
p:evalueren hoe|afleiden|-0.88
p:even bellen|vervolgafspraak|0.97
p:even bij|vervolgafspraak|1.95
p:even bij|bedanken|-0.96
p:even binnen|bekritiseren|-0.75
p:even binnen|etiketteren|-0.98
p:even checken|parafrase|0.9
p:even de|gevoelsreflectie|0.75
p:even de|samenvatting|-0.91
p:even de|aanmoediging|0.99
p:even en|samenvatting|-0.94
p:even kijken|aanmoediging|-0.97
p:even kijken|vervolgafspraak|-0.97
p:even langs|jij-boodschap|-0.98
p:even laten|ik-boodschap|-0.83
p:even laten|afleiden|0.93
p:even liggen|afleiden|0.81
p:even naar|aanmoediging|-0.96
p:even naar|bevelen|0.96
p:even nadenken|aanmoediging|0.97
p:even niet|ik-boodschap|0.96
p:even niet|gevoelsreflectie|-0.96
p:even niet|bevelen|-0.85
p:even niet|prijzen|0.8
p:even niet|afleiden|0.99
p:even op|open-vraag|-0.11
p:even op|adviseren|0.98
p:even op|vervolgafspraak|-0.92
p:even over|afleiden|1.0
p:even samenvat|samenvatting|0.99
p:even samenvat|open-vraag|-0.99
p:even samenvat|bevelen|-0.65
p:even samenvat|waarschuwen|-0.56
p:even samenvatten|parafrase|-0.96
p:even samenvatten|samenvatting|0.94
p:even samenvatten|vervolgafspraak|-0.95
p:even samenvatten|bedanken|0.94
p:even samenvattend|argumenteren|-0.96
p:even spreken|afleiden|-0.99
p:even terug|parafrase|-0.99
p:even terug|samenvatting|0.87
p:even uitrusten|bekritiseren|-0.96
p:evi vaak|gevoelsreflectie|-0.99
p:examen maar|gevoelsreflectie|0.77
p:examen maar|geruststellen|0.9
p:examenreglement is|argumenteren|0.94
p:examens gewoon|jij-boodschap|-0.82
p:examens gewoon|bevelen|-0.82
p:examens gewoon|geruststellen|0.95
p:examensecretaris daar|argumenteren|0.97
p:excursie ontvangen|parafrase|-0.88
p:excuses aan|jij-boodschap|-1.0
p:excuses aan|bevelen|1.45
p:excuses aan|moraliseren|0.11
p:excuses aan|adviseren|-1.0
p:excuses aan|etiketteren|-1.0
p:excuses aanbieden|bevelen|0.97
p:excuses aanbiedt|jij-boodschap|0.61
p:excuses erbij|vervolgafspraak|-0.72
p:expres deed|ik-boodschap|-0.98
p:extra gesprek|vervolgafspraak|-0.89
p:extra hulp|samenvatting|0.99
p:extra opdracht|jij-boodschap|-0.93
p:extra opdracht|adviseren|-0.85
p:extra opdracht|etiketteren|-0.7
p:extra uitdaging|adviseren|0.96
p:extra uitdaging|interpreteren|0.96
p:fatima zo|bekritiseren|-0.86
p:fatsoenlijk over|afleiden|-0.72
p:feit blijft|argumenteren|0.99
p:feit blijft|bekritiseren|-0.99
p:feit dat|jij-boodschap|-0.96
p:feit is|argumenteren|0.97
p:fel omdat|bevelen|-1.0
p:fel omdat|bekritiseren|-1.0
p:fel omdat|interpreteren|1.0
p:fenna is|bekritiseren|-0.95
p:fietsenhok gebeurde|parafrase|-0.98
p:fietsenhok gebeurde|adviseren|-0.98
p:fietsenstalling heb|ik-boodschap|0.98
p:fijn bedankt|bekritiseren|0.97
p:fijn bedankt|bedanken|-0.97
p:fijn dat|ik-boodschap|1.0
p:fijn dat|jij-boodschap|1.18
p:fijn dat|prijzen|-0.97
p:fijn dat|etiketteren|-0.97
p:fijn dat|interpreteren|-0.97
p:fijn dat|bedanken|0.92
p:fijn om|ik-boodschap|0.87
p:fijn om|bekritiseren|-0.84
p:fijn om|vervolgafspraak|-0.99
p:fijne moeder|bekritiseren|-0.95
p:fijne niet|afronding-aankondigen|-1.0
p:fijne ouder|jij-boodschap|-0.7
p:fijne ouder|prijzen|0.97
p:filmpje waarop|ik-boodschap|0.83
p:finn aan|ik-boodschap|-0.96
p:finn kan|prijzen|0.94
p:fleur een|bevelen|-0.99
p:fleur haar|parafrase|-0.95
p:formulier vrijdag|bevelen|0.93
p:frans en|ik-boodschap|-0.98
p:frans over|parafrase|-0.78
p:frans over|samenvatting|0.65
p:frans praat|ik-boodschap|-0.71
p:frans praat|samenvatting|0.97
p:frustreert me|ik-boodschap|0.98
p:ga er|jij-boodschap|-0.99
p:ga ik|bevelen|-0.85
p:ga ik|ondervragen|-0.92
p:ga ik|afleiden|0.99
p:ga je|open-vraag|-0.93
p:ga je|bevelen|0.63
p:ga je|waarschuwen|-0.29
p:ga je|moraliseren|0.89
p:ga je|afleiden|0.93
p:ga maar|parafrase|-0.68
p:ga maar|gevoelsreflectie|-1.0
p:ga maar|aanmoediging|0.98
p:ga maar|bevelen|-1.0
p:ga maar|waarschuwen|-1.0
p:ga maar|geruststellen|-1.0
p:ga nu|bevelen|0.63
p:ga rechtop|ik-boodschap|-0.95
p:ga rechtop|bevelen|0.95
p:ga straks|aanmoediging|-0.97
p:ga straks|vervolgafspraak|-0.97
p:ga verder|open-vraag|-1.0
p:ga verder|aanmoediging|1.0
p:ga verder|afleiden|-1.0
p:ga zitten|aanmoediging|-1.0
p:ga zitten|bevelen|1.85
p:ga zitten|waarschuwen|1.52
p:ga zitten|moraliseren|-1.0
p:ga zitten|prijzen|-1.0
p:ga zitten|geruststellen|-0.99
p:gaan afronden|vervolgafspraak|-0.99
p:gaan afronden|bedanken|-1.0
p:gaan dan|geruststellen|0.72
p:gaan dat|adviseren|0.99
p:gaan en|gevoelsreflectie|0.91
p:gaan maar|jij-boodschap|0.83
p:gaan maar|bekritiseren|0.96
p:gaan meisjes|moraliseren|0.91
p:gaan praten|parafrase|-0.96
p:gaan praten|adviseren|0.94
p:gaan stoeien|ik-boodschap|0.98
p:gaan we|afleiden|-0.96
p:gaat ?|afleiden|-0.88
p:gaat ?|vervolgafspraak|0.64
p:gaat ?|bedanken|-0.94
p:gaat bedankt|samenvatting|0.94
p:gaat bedankt|bedanken|0.94
p:gaat beter|samenvatting|0.96
p:gaat beter|vervolgafspraak|-0.96
p:gaat daan|open-vraag|1.0
p:gaat daan|afleiden|-0.89
p:gaat dat|jij-boodschap|-0.26
p:gaat dat|gevoelsreflectie|-0.92
p:gaat dat|open-vraag|0.98
p:gaat dat|bevelen|-1.8
p:gaat dat|bekritiseren|-0.74
p:gaat die|jij-boodschap|-0.82
p:gaat die|bevelen|-0.82
p:gaat die|geruststellen|0.95
p:gaat die|vervolgafspraak|-0.72
p:gaat echt|prijzen|-0.95
p:gaat echt|geruststellen|1.84
p:gaat eigenlijk|geruststellen|-1.0
p:gaat elke|parafrase|-0.78
p:gaat elke|samenvatting|0.65
p:gaat er|gevoelsreflectie|0.99
p:gaat er|samenvatting|-0.99
p:gaat gewoon|moraliseren|0.95
p:gaat halen|gevoelsreflectie|-0.52
p:gaat het|parafrase|-0.91
p:gaat het|gevoelsreflectie|0.97
p:gaat het|samenvatting|1.1
p:gaat het|open-vraag|-0.82
p:gaat het|prijzen|-0.99
p:gaat het|afleiden|1.86
p:gaat het|vervolgafspraak|-0.64
p:gaat hier|prijzen|0.76
p:gaat hij|parafrase|-0.99
p:gaat hij|adviseren|-0.88
p:gaat je|bevelen|0.97
p:gaat mee|bevelen|-0.82
p:gaat met|bekritiseren|-0.93
p:gaat met|prijzen|-0.89
p:gaat morgen|bevelen|1.45
p:gaat morgen|moraliseren|-0.89
p:gaat niet|open-vraag|-0.98
p:gaat nu|bevelen|0.84
p:gaat nu|interpreteren|-0.97
p:gaat nu|geruststellen|-0.91
p:gaat om|ik-boodschap|-0.93
p:gaat om|jij-boodschap|-0.85
p:gaat om|bekritiseren|-0.15
p:gaat ook|moraliseren|0.94
p:gaat ook|argumenteren|-0.73
p:gaat over|open-vraag|0.87
p:gaat over|interpreteren|0.91
p:gaat over|geruststellen|-1.0
p:gaat samenwerken|ik-boodschap|0.98
p:gaat samenwerken|samenvatting|-0.98
p:gaat samenwerken|open-vraag|0.98
p:gaat slechter|aanmoediging|-0.97
p:gaat sofia|gevoelsreflectie|-0.98
p:gaat thuis|samenvatting|-0.99
p:gaat tijdens|ik-boodschap|-0.99
p:gaat u|parafrase|1.73
p:gaat u|aanmoediging|1.92
p:gaat u|etiketteren|-0.97
p:gaat u|ondervragen|-0.99
p:gaat vanaf|samenvatting|0.99
p:gaat vanaf|open-vraag|-0.99
p:gaat vanaf|bevelen|-0.65
p:gaat vanaf|waarschuwen|-0.56
p:gaat vanmiddag|bevelen|1.67
p:gaat vanzelf|geruststellen|0.99
p:gaat vast|bekritiseren|-0.95
p:gaat vast|prijzen|0.99
p:gaat vast|afleiden|-0.99
p:gaat vast|vervolgafspraak|-1.88
p:gaat volgens|interpreteren|0.91
p:gaat voorbij|geruststellen|0.93
p:gaat ze|ik-boodschap|-0.91
p:gaat ze|jij-boodschap|-0.98
p:gaat ze|waarschuwen|-0.34
p:gaat ze|geruststellen|0.91
p:gaat zich|prijzen|1.0
p:gaat zitten|gevoelsreflectie|-0.83
p:gaat zitten|bevelen|-0.93
p:gaat zitten|vervolgafspraak|-0.93
p:gaat zo'n|ik-boodschap|0.81
p:gaf aan|jij-boodschap|-0.91
p:gaf aan|open-vraag|0.63
p:gaf aan|bekritiseren|-0.91
p:gamen ?|jij-boodschap|-0.31
p:gamen ?|adviseren|-0.99
p:gamen ?|ondervragen|0.82
p:gamen doordeweeks|prijzen|-0.99
p:gamen peter|jij-boodschap|0.9
p:gamen peter|bekritiseren|0.9
p:gamen terwijl|jij-boodschap|1.0
p:gamen terwijl|moraliseren|1.0
p:gamen terwijl|bekritiseren|1.0
p:gamet hij|samenvatting|-1.0
p:gamet hij|interpreteren|-1.0
p:gang en|ik-boodschap|0.93
p:gang en|gevoelsreflectie|-0.83
p:gang gaan|bevelen|-0.99
p:gapen misschien|ik-boodschap|0.96
p:gapen misschien|samenvatting|-0.96
p:gapen misschien|adviseren|0.96
p:gaten ?|samenvatting|-1.0
p:gaten ?|interpreteren|-1.0
p:gaten hij|samenvatting|0.92
p:gaten hij|vervolgafspraak|0.92
p:gaten hij|bedanken|0.92
p:gebeld ?|bekritiseren|0.95
p:gebeld hadden|bekritiseren|0.62
p:gebeld heeft|parafrase|0.68
p:gebeld met|jij-boodschap|-0.91
p:gebeld over|jij-boodschap|-0.99
p:gebeld toen|ondervragen|0.95
p:gebeld worden|bekritiseren|-0.1
p:gebeld worden|bedanken|-0.98
p:gebeurd ?|gevoelsreflectie|0.85
p:gebeurd ?|open-vraag|0.68
p:gebeurd hoe|ik-boodschap|0.96
p:gebeurd hoe|open-vraag|0.96
p:gebeurd is|parafrase|0.99
p:gebeurde ?|afleiden|-0.71
p:gebeuren ?|moraliseren|-0.96
p:gebeuren hoor|geruststellen|0.99
p:gebeurt als|adviseren|-0.94
p:gebeurt als|bekritiseren|-0.94
p:gebeurt gaat|waarschuwen|0.64
p:gebeurt iedereen|geruststellen|1.0
p:gebeurt iedereen|afleiden|-0.78
p:gebeurt in|ik-boodschap|-1.0
p:gebeurt in|samenvatting|1.0
p:gebeurt vooral|parafrase|-0.99
p:gebeurt vooral|samenvatting|0.87
p:gebouw al|afleiden|0.96
p:gebracht werd|parafrase|0.74
p:gebruiken ?|open-vraag|-0.88
p:gedaan ?|prijzen|-0.97
p:gedaan bram|bekritiseren|-0.83
p:gedaan en|parafrase|1.0
p:gedaan en|gevoelsreflectie|1.0
p:gedaan en|open-vraag|-1.0
p:gedaan en|aanmoediging|-1.0
p:gedaan noor|jij-boodschap|-1.0
p:gedaan noor|moraliseren|1.0
p:gedaan noor|adviseren|-1.0
p:gedaan noor|etiketteren|-1.0
p:gedaan om|parafrase|-0.93
p:gedaan om|bevelen|-0.93
p:gedacht aan|adviseren|0.98
p:gedacht om|adviseren|0.86
p:gedoe komt|open-vraag|-0.93
p:gedoe komt|afleiden|0.93
p:gedraagt je|jij-boodschap|1.0
p:gedraagt je|etiketteren|1.0
p:gedraagt omdat|waarschuwen|-0.99
p:gedraagt tegenover|jij-boodschap|0.97
p:gedraagt tegenover|bekritiseren|0.57
p:gedrag en|vervolgafspraak|-0.92
p:gedrag in|argumenteren|-0.96
p:gedreigd wordt|bekritiseren|0.82
p:geeft aan|parafrase|0.95
p:geeft aan|gevoelsreflectie|-0.92
p:geeft u|bevelen|0.65
p:geen antwoord|argumenteren|-0.97
p:geen boeken|vervolgafspraak|-0.97
p:geen cijfer|bekritiseren|-0.96
p:geen enkel|jij-boodschap|1.86
p:geen enkel|bekritiseren|0.6
p:geen enkele|ik-boodschap|1.89
p:geen enkele|jij-boodschap|-2.86
p:geen enkele|bekritiseren|-2.2
p:geen enkele|etiketteren|-1.0
p:geen handige|bekritiseren|0.87
p:geen herkansing|gevoelsreflectie|0.8
p:geen herkansing|argumenteren|0.94
p:geen herkansing|vervolgafspraak|0.89
p:geen idee|jij-boodschap|-0.72
p:geen keus|ik-boodschap|-0.87
p:geen manier|bekritiseren|0.96
p:geen nette|bekritiseren|0.99
p:geen paniek|geruststellen|0.84
p:geen probleem|argumenteren|-0.91
p:geen probleem|prijzen|0.96
p:geen ramp|bekritiseren|-0.99
p:geen ramp|geruststellen|0.99
p:geen telefoons|bevelen|0.82
p:geen tijd|gevoelsreflectie|-0.93
p:geen toetsen|ik-boodschap|0.97
p:geen uitzondering|argumenteren|0.97
p:geen voldoende|argumenteren|1.67
p:geen voldoendes|argumenteren|0.97
p:geen vrienden|ik-boodschap|1.0
p:geen vrienden|parafrase|-0.96
p:geen werk|ik-boodschap|1.0
p:geen werk|open-vraag|-0.85
p:geen werk|bevelen|-1.0
p:geen werk|waarschuwen|-1.0
p:geen werk|moraliseren|-1.0
p:geen werk|geruststellen|-1.0
p:geen werk|vervolgafspraak|-1.0
p:geen zin|jij-boodschap|1.72
p:geen zin|bekritiseren|1.17
p:geen zin|interpreteren|-0.91
p:geen zorgen|ik-boodschap|-0.95
p:geen zorgen|jij-boodschap|-1.0
p:geen zorgen|open-vraag|0.68
p:gefrusteerd bent|prijzen|-0.99
p:gefrusteerd bent|bedanken|-0.99
p:gehaald voor|etiketteren|-0.63
p:gehad de|afleiden|-0.75
p:gehad dus|ik-boodschap|0.62
p:gehad hebt|jij-boodschap|-0.92
p:gehad hebt|gevoelsreflectie|0.92
p:gehad hebt|bekritiseren|-0.68
p:gehad over|jij-boodschap|-0.98
p:gehad over|samenvatting|0.98
p:gehad over|moraliseren|-0.97
p:gehad over|bekritiseren|-1.93
p:gehoord wil|samenvatting|-0.99
p:gek voor|bekritiseren|0.69
p:gekeken naar|jij-boodschap|0.83
p:gekeken naar|bekritiseren|0.96
p:gekomen ?|prijzen|-0.97
p:gekomen ?|ondervragen|0.99
p:gekomen bent|bevelen|-0.99
p:gekomen bent|prijzen|-0.76
p:gekomen bent|afronding-aankondigen|1.0
p:gekomen bent|bedanken|1.0
p:gekomen deze|vervolgafspraak|-0.99
p:gekomen is|samenvatting|0.91
p:gekomen is|vervolgafspraak|0.91
p:gekozen ?|open-vraag|-0.95
p:gekozen als|open-vraag|-0.96
p:gekwetst omdat|parafrase|1.87
p:gelaten door|gevoelsreflectie|0.99
p:gelaten door|prijzen|-0.99
p:gelden voor|argumenteren|1.0
p:geldt voor|samenvatting|-0.99
p:geldt voor|argumenteren|0.99
p:gelezen ?|ondervragen|0.94
p:gelezen en|gevoelsreflectie|-0.88
p:gelezen en|bekritiseren|0.12
p:gelijk dat|bekritiseren|-0.9
p:gelijk en|jij-boodschap|-0.39
p:gelijk en|argumenteren|0.93
p:gelijk heeft|bekritiseren|-0.82
p:gelijk jij|jij-boodschap|0.96
p:gelijk jij|bekritiseren|0.96
p:gelijk over|jij-boodschap|-0.74
p:gelopen is|gevoelsreflectie|0.95
p:gelukkig weer|etiketteren|-0.98
p:gelukt is|gevoelsreflectie|0.99
p:gelukt is|interpreteren|-0.99
p:gemaakt en|bekritiseren|-0.99
p:gemaakt hebben|afronding-aankondigen|-0.92
p:gemaakt hebt|parafrase|0.98
p:gemaakt maar|argumenteren|-1.0
p:gemaild en|jij-boodschap|-1.0
p:gemaild en|bekritiseren|0.91
p:gemaild en|interpreteren|-1.0
p:gemeen en|bekritiseren|1.02
p:gemeente op|vervolgafspraak|0.97
p:gemeld ?|gevoelsreflectie|0.92
p:gemeld en|jij-boodschap|0.9
p:gemengde leerweg|adviseren|-0.94
p:gemiddeld een|argumenteren|0.95
p:gemiddeld voor|argumenteren|-0.94
p:gemiddelde haalt|ik-boodschap|-0.89
p:gemiddelde haalt|samenvatting|-0.89
p:gemiddelde haalt|argumenteren|0.98
p:gemiddelde haalt|vervolgafspraak|-0.89
p:gemiddelde voor|ik-boodschap|0.93
p:gemiddelde voor|jij-boodschap|-0.93
p:gemiddelde voor|argumenteren|-0.82
p:gemiddelde voor|bekritiseren|-0.7
p:gemist en|argumenteren|0.97
p:gemist waardoor|ik-boodschap|0.91
p:gemotiveerd meneer|jij-boodschap|0.44
p:gemotiveerd meneer|etiketteren|-0.58
p:genegeerd door|bekritiseren|-1.0
p:genegeerd voelt|parafrase|0.8
p:genoeg aandacht|waarschuwen|-0.99
p:genoeg daarover|open-vraag|-0.97
p:genoeg daarover|prijzen|-0.99
p:genoeg daarover|afleiden|0.99
p:genomen om|bekritiseren|0.91
p:gepest wordt|moraliseren|0.93
p:gepest wordt|interpreteren|0.95
p:gepraat over|afronding-aankondigen|0.88
p:geraakt dat|ik-boodschap|0.91
p:gereageerd op|bekritiseren|-0.69
p:gerust even|gevoelsreflectie|0.75
p:gerust even|samenvatting|-0.91
p:gerust even|aanmoediging|0.99
p:gerust even|bekritiseren|-0.96
p:gerust op|ik-boodschap|-0.98
p:gerust wat|adviseren|0.93
p:gerust wat|interpreteren|-0.93
p:gerust ze|geruststellen|0.82
p:geschiedenis wel|vervolgafspraak|-0.96
p:geschrokken bent|ik-boodschap|-0.96
p:geschrokken bent|argumenteren|0.82
p:geschrokken van|ik-boodschap|1.8
p:geschrokken van|open-vraag|0.96
p:gesprek afsluiten|afronding-aankondigen|0.88
p:gesprek helaas|afronding-aankondigen|0.98
p:gesprek hier|samenvatting|0.92
p:gesprek hier|afronding-aankondigen|0.99
p:gesprek hier|bedanken|0.92
p:gesprek hierbij|afronding-aankondigen|0.99
p:gesprek ik|vervolgafspraak|-0.99
p:gesprek ik|bedanken|0.96
p:gesprek in|gevoelsreflectie|0.8
p:gesprek in|vervolgafspraak|1.89
p:gesprek in|bedanken|-1.0
p:gesprek met|ik-boodschap|-0.91
p:gesprek met|jij-boodschap|1.8
p:gesprek met|gevoelsreflectie|0.8
p:gesprek met|samenvatting|-0.91
p:gesprek met|adviseren|-0.91
p:gesprek met|bekritiseren|1.79
p:gesprek nu|samenvatting|-1.9
p:gesprek nu|afronding-aankondigen|1.0
p:gesprek nu|vervolgafspraak|0.76
p:gesprek nu|bedanken|-0.97
p:gesprek plannen|jij-boodschap|-1.79
p:gesprek plannen|bekritiseren|-1.45
p:gesprek plannen|ondervragen|0.93
p:gesprek via|bekritiseren|-0.99
p:gesprek we|afronding-aankondigen|0.96
p:gesprekje met|vervolgafspraak|0.96
p:gesproken toch|vervolgafspraak|-0.92
p:gesproken toen|adviseren|-0.92
p:gesteund door|gevoelsreflectie|0.97
p:gestuurd die|jij-boodschap|1.55
p:gestuurd die|bekritiseren|1.68
p:geval van|etiketteren|0.95
p:geven ?|aanmoediging|-0.98
p:geven van|gevoelsreflectie|-0.99
p:gevoel heeft|gevoelsreflectie|-0.85
p:gevolgen hebben|moraliseren|0.99
p:geweest toch|prijzen|-0.99
p:geweest voor|bedanken|-0.96
p:geweest zijn|gevoelsreflectie|0.97
p:geweld hoort|jij-boodschap|-0.97
p:geweld hoort|bekritiseren|-1.53
p:geweldige inzet|bekritiseren|2.0
p:geweldige inzet|bedanken|-0.92
p:geweldige medewerking|bekritiseren|0.97
p:geweldige medewerking|bedanken|-0.97
p:geweldige moeder|prijzen|0.76
p:gewend op|geruststellen|0.91
p:gewerkt dit|jij-boodschap|-0.91
p:gewerkt dit|bekritiseren|-0.91
p:gewond raken|ik-boodschap|0.98
p:gewone middag|jij-boodschap|-1.0
p:gewone middag|gevoelsreflectie|-1.0
p:gewone middag|open-vraag|1.0
p:gewone middag|aanmoediging|-1.0
p:gewone middag|argumenteren|-1.0
p:gewone middag|bekritiseren|-1.0
p:gewoon aan|interpreteren|1.0
p:gewoon aandacht|moraliseren|-0.99
p:gewoon berekend|interpreteren|-0.93
p:gewoon bewezen|geruststellen|-0.99
p:gewoon bij|moraliseren|-1.85
p:gewoon bij|afleiden|0.75
p:gewoon brutaal|etiketteren|-0.89
p:gewoon de|bekritiseren|-0.16
p:gewoon door|jij-boodschap|1.0
p:gewoon door|bevelen|-0.87
p:gewoon door|bekritiseren|1.0
p:gewoon doordat|interpreteren|1.0
p:gewoon doordat|geruststellen|-0.71
p:gewoon een|jij-boodschap|1.7
p:gewoon een|argumenteren|-0.99
p:gewoon een|bekritiseren|-0.95
p:gewoon een|etiketteren|1.44
p:gewoon een|interpreteren|0.98
p:gewoon eerder|bekritiseren|0.83
p:gewoon eerlijk|gevoelsreflectie|0.68
p:gewoon elf|jij-boodschap|-0.39
p:gewoon elf|argumenteren|0.93
p:gewoon elke|ik-boodschap|-0.91
p:gewoon elke|bevelen|0.99
p:gewoon elke|geruststellen|0.91
p:gewoon en|jij-boodschap|0.94
p:gewoon en|bekritiseren|0.94
p:gewoon geen|jij-boodschap|1.72
p:gewoon geen|bekritiseren|1.62
p:gewoon geen|interpreteren|-0.91
p:gewoon haar|bekritiseren|-0.98
p:gewoon halen|jij-boodschap|-0.82
p:gewoon halen|bevelen|-0.82
p:gewoon halen|geruststellen|0.95
p:gewoon helemaal|moraliseren|-0.91
p:gewoon in|ik-boodschap|-0.81
p:gewoon in|afleiden|-1.93
p:gewoon jaloers|jij-boodschap|-0.98
p:gewoon jaloers|prijzen|-0.98
p:gewoon je|jij-boodschap|1.19
p:gewoon je|samenvatting|-0.63
p:gewoon je|bevelen|-0.93
p:gewoon je|bekritiseren|1.38
p:gewoon laten|adviseren|-0.93
p:gewoon lui|etiketteren|0.97
p:gewoon maar|bevelen|-0.99
p:gewoon mee|moraliseren|0.91
p:gewoon mee|adviseren|0.99
p:gewoon met|adviseren|0.94
p:gewoon moeilijk|interpreteren|0.93
p:gewoon naar|bevelen|1.67
p:gewoon niet|jij-boodschap|-2.71
p:gewoon niet|parafrase|-0.99
p:gewoon niet|gevoelsreflectie|-0.99
p:gewoon niet|argumenteren|2.83
p:gewoon niet|bekritiseren|-1.72
p:gewoon niet|etiketteren|-0.58
p:gewoon niet|interpreteren|1.0
p:gewoon om|prijzen|-0.89
p:gewoon omdat|adviseren|0.96
p:gewoon omdat|interpreteren|0.96
p:gewoon oneerlijk|jij-boodschap|-1.59
p:gewoon oneerlijk|moraliseren|0.91
p:gewoon oneerlijk|bekritiseren|-1.72
p:gewoon ongeïnteresseerd|jij-boodschap|1.0
p:gewoon op|parafrase|-1.0
p:gewoon op|bevelen|1.0
p:gewoon op|adviseren|-0.96
p:gewoon op|bekritiseren|-0.8
p:gewoon op|interpreteren|-0.96
p:gewoon over|afleiden|0.98
p:gewoon schandalig|bekritiseren|0.95
p:gewoon smoesjes|ik-boodschap|-1.0
p:gewoon stress|argumenteren|-0.87
p:gewoon te|moraliseren|0.95
p:gewoon te|argumenteren|-0.95
p:gewoon te|bekritiseren|-0.71
p:gewoon te|etiketteren|1.85
p:gewoon te|ondervragen|-1.0
p:gewoon tot|jij-boodschap|0.9
p:gewoon tot|bekritiseren|0.9
p:gewoon voor|moraliseren|0.95
p:gewoon wat|gevoelsreflectie|-0.99
p:gewoon wat|bevelen|0.84
p:gewoon wat|moraliseren|0.94
p:gewoon wat|adviseren|0.99
p:gewoon wat|prijzen|0.99
p:gewoon wat|afleiden|-0.9
p:gewoon weg|interpreteren|-0.99
p:geworden ?|ondervragen|-0.91
p:geworden door|etiketteren|0.97
p:gezegd ?|argumenteren|-0.83
p:gezegd ?|ondervragen|1.02
p:gezegd ben|geruststellen|-0.98
p:gezegd een|interpreteren|-0.92
p:gezegd mee|ik-boodschap|-0.97
p:gezegd niet|ik-boodschap|-0.98
p:gezegd stelt|jij-boodschap|0.97
p:gezegd stelt|bekritiseren|0.97
p:gezegd toen|bevelen|-0.98
p:gezegd van|ik-boodschap|0.97
p:gezegd word|waarschuwen|-1.0
p:gezien ?|ondervragen|-0.92
p:gezien ?|afleiden|0.96
p:gezien dat|ik-boodschap|-0.77
p:gezien dat|jij-boodschap|-0.93
p:gezien dat|argumenteren|-0.98
p:gezien dat|bekritiseren|-0.7
p:gezien halen|adviseren|-0.99
p:gezien voelt|samenvatting|-0.87
p:gezien worden|interpreteren|0.91
p:gezien zegt|aanmoediging|-0.91
p:gezocht met|jij-boodschap|0.95
p:gezocht met|bekritiseren|0.95
p:gijs zijn|ik-boodschap|0.86
p:gijs zijn|vervolgafspraak|-0.95
p:ging dat|aanmoediging|0.96
p:ging er|ik-boodschap|-1.0
p:ging er|gevoelsreflectie|-0.93
p:ging er|open-vraag|1.0
p:ging het|adviseren|-0.92
p:ging wist|ik-boodschap|0.99
p:ging wist|samenvatting|-0.99
p:gisteren de|ik-boodschap|0.36
p:gisteren de|gevoelsreflectie|-0.96
p:gisteren een|jij-boodschap|1.55
p:gisteren een|bekritiseren|1.68
p:gisteren gebeld|jij-boodschap|-0.91
p:gisteren gebeld|bekritiseren|-1.69
p:gisteren met|ik-boodschap|0.91
p:gisteren niet|afleiden|-0.93
p:gisteren uit|ik-boodschap|0.96
p:gisteren was|jij-boodschap|-0.97
p:goed ?|parafrase|-1.57
p:goed aan|parafrase|-0.93
p:goed aan|bevelen|-0.93
p:goed afgesloten|jij-boodschap|-0.98
p:goed als|waarschuwen|-0.91
p:goed begeleiden|parafrase|-0.95
p:goed begrepen|parafrase|0.74
p:goed begrijp|ik-boodschap|-0.96
p:goed begrijp|parafrase|2.92
p:goed begrijp|waarschuwen|-0.96
p:goed begrijp|adviseren|-0.99
p:goed begrijp|bekritiseren|-0.99
p:goed begrijp|prijzen|-0.91
p:goed begrijpen|afronding-aankondigen|-0.98
p:goed begrijpen|vervolgafspraak|-0.98
p:goed blijven|geruststellen|-0.96
p:goed blijven|afleiden|0.96
p:goed daar|waarschuwen|-0.99
p:goed daar|geruststellen|0.99
p:goed dan|afleiden|-0.96
p:goed dat|gevoelsreflectie|-0.94
p:goed echt|jij-boodschap|-0.98
p:goed echt|bekritiseren|-0.98
p:goed gedaan|bekritiseren|-0.83
p:goed genoeg|prijzen|-0.99
p:goed genoeg|afleiden|0.99
p:goed heb|samenvatting|-0.99
p:goed heb|open-vraag|0.78
p:goed hebt|bekritiseren|-0.58
p:goed hoe|parafrase|-0.91
p:goed hoe|open-vraag|-0.96
p:goed hoe|moraliseren|-0.99
p:goed hoe|afleiden|0.96
p:goed hoor|gevoelsreflectie|0.91
p:goed idee|adviseren|0.82
p:goed idee|prijzen|0.98
p:goed iets|argumenteren|-1.0
p:goed komen|afleiden|-0.99
p:goed laat|afleiden|-0.9
p:goed laten|samenvatting|-0.86
p:goed laten|afleiden|-0.86
p:goed laten|vervolgafspraak|-0.9
p:goed luisteren|afronding-aankondigen|1.0
p:goed maar|samenvatting|-0.99
p:goed mee|prijzen|0.96
p:goed met|interpreteren|-0.93
p:goed met|geruststellen|1.0
p:goed om|ik-boodschap|0.93
p:goed om|gevoelsreflectie|-1.0
p:goed om|open-vraag|-1.0
p:goed op|samenvatting|0.99
p:goed op|prijzen|0.99
p:goed op|vervolgafspraak|-0.99
p:goed samenvat|samenvatting|0.99
p:goed snap|parafrase|0.95
p:goed snap|samenvatting|-0.95
p:goed te|jij-boodschap|0.83
p:goed te|bekritiseren|0.96
p:goed verwoorden|adviseren|-0.97
p:goed voor|adviseren|0.99
p:goed voorstellen|ik-boodschap|-1.0
p:goed voorstellen|gevoelsreflectie|0.2
p:goed voorstellen|bekritiseren|-1.0
p:goed zijn|adviseren|0.97
p:goede handen|geruststellen|0.82
p:goede leerling|moraliseren|-0.96
p:goede opvoeder|prijzen|1.0
p:goede ouder|moraliseren|0.99
p:goede voorbeeld|moraliseren|0.99
p:goede voorbeeld|adviseren|-0.99
p:goede vraag|bekritiseren|-0.94
p:goede vragen|jij-boodschap|-0.93
p:goede vriendin|moraliseren|0.93
p:goedemiddag fijn|bedanken|-0.99
p:goedemiddag mevrouw|bekritiseren|0.95
p:goedenavond ik|ik-boodschap|-0.95
p:graag afsluiten|bevelen|-0.96
p:graag afsluiten|bedanken|-0.96
p:graag een|parafrase|-0.96
p:graag in|ik-boodschap|-0.94
p:graag in|jij-boodschap|-0.72
p:graag met|bekritiseren|-0.93
p:graag met|prijzen|-0.89
p:graag zien|open-vraag|0.78
p:grapjes maakt|interpreteren|0.92
p:grens ging|jij-boodschap|1.55
p:grens ging|bekritiseren|1.68
p:grens op|bekritiseren|-0.16
p:grenzen hoort|jij-boodschap|1.0
p:grenzen hoort|moraliseren|1.0
p:grenzen hoort|bekritiseren|1.0
p:groepje vast|ik-boodschap|0.98
p:groepje vast|samenvatting|-0.98
p:groepje vast|open-vraag|0.98
p:groepjes bijna|ik-boodschap|-0.81
p:groepsapp dat|afleiden|0.93
p:groepsapp om|samenvatting|0.86
p:groepsapp om|open-vraag|0.99
p:groepsapp was|bekritiseren|1.02
p:groepsopdracht steeds|gevoelsreflectie|-0.83
p:groepsopdracht steeds|bevelen|-0.93
p:groepsopdracht steeds|vervolgafspraak|-0.93
p:groepswerk haar|ik-boodschap|0.98
p:groepswerk haar|samenvatting|-0.98
p:groepswerk haar|open-vraag|0.98
p:groot gezin|geruststellen|-0.95
p:grote held|etiketteren|0.98
p:grote pauze|afleiden|-0.99
p:gunt hem|etiketteren|-1.0
p:gymdocent bram|parafrase|1.0
p:gymdocent gaf|jij-boodschap|-0.91
p:gymdocent gaf|open-vraag|0.63
p:gymdocent gaf|bekritiseren|-0.91
p:gymles is|ik-boodschap|1.67
p:gymles is|gevoelsreflectie|0.83
p:gymles is|open-vraag|0.96
p:gymles te|gevoelsreflectie|0.91
p:gymles uit|adviseren|-0.96
p:gymles uit|etiketteren|-0.35
p:gymspullen vergeten|gevoelsreflectie|-1.0
p:haal de|adviseren|0.99
p:haal hem|waarschuwen|-0.98
p:haal je|bevelen|-0.9
p:haal je|geruststellen|1.95
p:haalde gemiddeld|argumenteren|0.95
p:haalt die|gevoelsreflectie|-0.91
p:haalt die|bekritiseren|-0.88
p:haalt die|geruststellen|0.99
p:haalt geen|argumenteren|1.67
p:haalt het|gevoelsreflectie|0.77
p:haalt het|geruststellen|1.78
p:haalt hij|ik-boodschap|-0.89
p:haalt hij|samenvatting|-0.89
p:haalt hij|waarschuwen|-0.89
p:haalt hij|argumenteren|1.95
p:haalt hij|prijzen|-0.95
p:haalt hij|geruststellen|0.78
p:haalt hij|vervolgafspraak|-0.89
p:haalt lage|samenvatting|0.92
p:haalt lage|waarschuwen|-0.92
p:haalt wel|etiketteren|-0.68
p:haalt wel|geruststellen|-0.96
p:haalt wel|afleiden|0.96
p:haalt ze|geruststellen|-0.85
p:haar ?|ik-boodschap|0.96
p:haar ?|open-vraag|0.96
p:haar agenda|adviseren|0.82
p:haar agenda|prijzen|0.98
p:haar bij|ik-boodschap|-0.92
p:haar boeken|ik-boodschap|-0.9
p:haar boeken|open-vraag|-1.0
p:haar cijfer|ik-boodschap|0.91
p:haar die|jij-boodschap|0.92
p:haar die|bekritiseren|0.87
p:haar diploma|geruststellen|-0.85
p:haar door|waarschuwen|-0.64
p:haar door|etiketteren|-0.96
p:haar eens|ik-boodschap|-0.92
p:haar elke|jij-boodschap|0.94
p:haar elke|bekritiseren|0.94
p:haar gemaakt|ik-boodschap|0.78
p:haar gewoon|adviseren|0.99
p:haar groepje|ik-boodschap|0.98
p:haar groepje|samenvatting|-0.98
p:haar groepje|open-vraag|0.98
p:haar het|adviseren|-0.81
p:haar hoor|ondervragen|0.96
p:haar huiswerk|ik-boodschap|-0.92
p:haar klas|ik-boodschap|-1.0
p:haar klas|samenvatting|1.0
p:haar laptop|ik-boodschap|0.98
p:haar laptop|jij-boodschap|-0.82
p:haar laptop|samenvatting|-0.98
p:haar laptop|open-vraag|0.98
p:haar laptop|bekritiseren|-0.92
p:haar medicijnen|open-vraag|-0.91
p:haar naar|ik-boodschap|0.95
p:haar naar|interpreteren|-0.95
p:haar naar|geruststellen|0.72
p:haar niet|parafrase|-0.95
p:haar oude|aanmoediging|-0.97
p:haar oude|interpreteren|0.98
p:haar planner|parafrase|-0.95
p:haar slaap|open-vraag|0.87
p:haar spullen|ik-boodschap|0.97
p:haar spullen|bekritiseren|1.0
p:haar telefoon|jij-boodschap|0.82
p:haar telefoon|moraliseren|-0.91
p:haar telefoon|adviseren|0.92
p:haar telefoon|bekritiseren|0.94
p:haar telefoon|prijzen|-0.94
p:haar toekomst|adviseren|-0.86
p:haar vinger|ik-boodschap|0.93
p:haar vriendinnen|bevelen|-0.89
p:haar vriendinnen|vervolgafspraak|-0.95
p:haar werk|aanmoediging|-0.73
p:haar werk|bekritiseren|-0.97
p:haar werk|geruststellen|-0.99
p:haar werkstuk|waarschuwen|0.92
p:haar zeggen|gevoelsreflectie|0.68
p:haar zin|bekritiseren|-0.98
p:haar zus|interpreteren|0.89
p:had als|jij-boodschap|0.92
p:had dit|bekritiseren|0.9
p:had een|parafrase|-0.88
p:had een|argumenteren|1.0
p:had er|gevoelsreflectie|-0.93
p:had gebeld|bekritiseren|0.62
p:had gelijk|jij-boodschap|-0.74
p:had gemaakt|argumenteren|-1.0
p:had gewoon|jij-boodschap|-0.39
p:had gewoon|argumenteren|0.93
p:had het|argumenteren|0.92
p:had je|parafrase|0.95
p:had je|samenvatting|-0.95
p:had je|bekritiseren|-0.45
p:had u|bekritiseren|-0.75
p:had verwacht|parafrase|0.98
p:had voor|open-vraag|-1.0
p:hadden opgelet|bekritiseren|0.95
p:hadden veel|etiketteren|-0.97
p:hadden we|bekritiseren|0.62
p:haha ja|geruststellen|-0.91
p:haha ja|afleiden|0.78
p:halen ?|prijzen|0.89
p:halen als|prijzen|0.94
p:halen leerlingen|adviseren|-0.99
p:halen let|jij-boodschap|-0.82
p:halen let|bevelen|-0.82
p:halen let|geruststellen|0.95
p:half af|ik-boodschap|0.81
p:half een|afronding-aankondigen|0.98
p:half een|vervolgafspraak|0.98
p:half maakt|geruststellen|-0.96
p:half negen|samenvatting|-0.99
p:half negen|bevelen|1.0
p:half negen|waarschuwen|-1.0
p:half negen|argumenteren|-1.0
p:half negen|vervolgafspraak|0.92
p:half negen|bedanken|0.92
p:half vier|adviseren|-0.99
p:half vier|afronding-aankondigen|-0.99
p:hand ?|open-vraag|0.93
p:hand is|jij-boodschap|0.98
p:hand is|bekritiseren|0.81
p:hand is|geruststellen|-0.74
p:handige keuze|bekritiseren|0.87
p:hangt alleen|moraliseren|-0.91
p:hard aan|jij-boodschap|-0.9
p:hard gewerkt|jij-boodschap|-0.91
p:hard gewerkt|bekritiseren|-0.91
p:hard praat|waarschuwen|-0.22
p:harde werker|jij-boodschap|-0.93
p:hardop lezen|afleiden|-0.9
p:havo daarvoor|samenvatting|0.99
p:havo daarvoor|open-vraag|-0.99
p:havo daarvoor|bevelen|-0.65
p:havo daarvoor|waarschuwen|-0.56
p:havo kosten|waarschuwen|0.91
p:havo kosten|bekritiseren|-0.91
p:he maar|geruststellen|-0.91
p:he maar|afleiden|0.78
p:he wat|etiketteren|-0.51
p:he wat|interpreteren|-1.0
p:he wat|afleiden|1.0
p:heb alle|aanmoediging|0.94
p:heb drie|jij-boodschap|-1.0
p:heb drie|interpreteren|-1.0
p:heb er|bekritiseren|-0.87
p:heb geen|ik-boodschap|-0.87
p:heb gehad|jij-boodschap|1.83
p:heb gehad|etiketteren|1.61
p:heb gehad|geruststellen|-0.98
p:heb gehoord|samenvatting|-0.99
p:heb gemeld|jij-boodschap|0.9
p:heb gezien|ik-boodschap|-0.77
p:heb gezien|jij-boodschap|-0.93
p:heb gezien|argumenteren|-0.98
p:heb gezien|bekritiseren|-0.7
p:heb hem|adviseren|-0.92
p:heb het|argumenteren|0.95
p:heb het|interpreteren|1.91
p:heb het|vervolgafspraak|-0.96
p:heb ik|ik-boodschap|0.73
p:heb ik|parafrase|0.74
p:heb ik|waarschuwen|-0.94
p:heb ik|bekritiseren|-0.96
p:heb je|ik-boodschap|-0.97
p:heb je|gevoelsreflectie|0.53
p:heb je|open-vraag|-0.96
p:heb je|bevelen|-0.98
p:heb je|moraliseren|0.95
p:heb je|etiketteren|-0.53
p:heb je|ondervragen|0.96
p:heb u|argumenteren|0.92
p:heb u|bekritiseren|0.91
p:heb uw|gevoelsreflectie|-0.88
p:heb uw|bekritiseren|0.12
p:heb vindt|open-vraag|0.78
p:heb zien|ik-boodschap|0.98
p:hebben ?|afleiden|0.89
p:hebben als|moraliseren|0.99
p:hebben daar|afleiden|0.75
p:hebben de|afronding-aankondigen|0.99
p:hebben die|adviseren|-0.93
p:hebben dit|prijzen|-0.95
p:hebben drie|afronding-aankondigen|-0.97
p:hebben een|etiketteren|-0.96
p:hebben een|geruststellen|0.99
p:hebben een|afleiden|-0.83
p:hebben een|afronding-aankondigen|-0.75
p:hebben er|jij-boodschap|-0.9
p:hebben geen|jij-boodschap|-0.72
p:hebben geleerd|jij-boodschap|-1.59
p:hebben geleerd|moraliseren|0.91
p:hebben geleerd|bekritiseren|-1.72
p:hebben gepraat|afronding-aankondigen|0.88
p:hebben haar|jij-boodschap|0.92
p:hebben haar|bekritiseren|0.87
p:hebben het|jij-boodschap|-0.98
p:hebben het|samenvatting|0.98
p:hebben het|moraliseren|-0.97
p:hebben het|bekritiseren|-1.93
p:hebben het|afleiden|-0.75
p:hebben hoe|afleiden|0.98
p:hebben in|afleiden|1.0
p:hebben je|jij-boodschap|0.99
p:hebben nog|afleiden|0.86
p:hebben nu|ik-boodschap|-0.98
p:hebben nu|parafrase|-1.0
p:hebben nu|gevoelsreflectie|-1.0
p:hebben nu|samenvatting|1.0
p:hebben nu|bevelen|-0.89
p:hebben nu|moraliseren|0.91
p:hebben nu|argumenteren|-1.0
p:hebben over|etiketteren|-0.98
p:hebben over|afronding-aankondigen|-0.86
p:hebben vandaag|afleiden|-0.89
p:hebben vorige|jij-boodschap|0.83
p:hebben vorige|bekritiseren|0.96
p:hebben wat|adviseren|-0.92
p:hebben wat|afleiden|0.95
p:hebben we|samenvatting|0.96
p:hebben we|etiketteren|0.98
p:hebben we|vervolgafspraak|-0.96
p:hebben ze|geruststellen|-0.93
p:hebben ze|afleiden|1.86
p:hebt ?|jij-boodschap|0.91
p:hebt de|ik-boodschap|0.62
p:hebt deze|gevoelsreflectie|-0.76
p:hebt deze|open-vraag|1.0
p:hebt deze|bekritiseren|-0.99
p:hebt deze|afronding-aankondigen|-1.0
p:hebt echt|jij-boodschap|-0.91
p:hebt echt|bekritiseren|-0.91
p:hebt een|moraliseren|-0.96
p:hebt een|argumenteren|-0.94
p:hebt er|parafrase|-0.93
p:hebt er|bevelen|-0.93
p:hebt er|bekritiseren|0.71
p:hebt gedaan|jij-boodschap|-1.0
p:hebt gedaan|parafrase|1.0
p:hebt gedaan|gevoelsreflectie|1.0
p:hebt gedaan|open-vraag|-1.0
p:hebt gedaan|aanmoediging|-1.0
p:hebt gedaan|moraliseren|1.0
p:hebt gedaan|adviseren|-1.0
p:hebt gedaan|etiketteren|-1.0
p:hebt gemist|argumenteren|0.97
p:hebt het|jij-boodschap|0.95
p:hebt het|bekritiseren|1.04
p:hebt ingeleverd|bekritiseren|-0.94
p:hebt je|bekritiseren|1.0
p:hebt maar|parafrase|0.98
p:hebt met|jij-boodschap|-0.92
p:hebt met|gevoelsreflectie|0.92
p:hebt met|bekritiseren|-0.68
p:hebt met|interpreteren|0.91
p:hebt morgen|bekritiseren|-0.94
p:hebt nergens|jij-boodschap|0.91
p:hebt nergens|samenvatting|-0.91
p:hebt nergens|open-vraag|-0.87
p:hebt nergens|bekritiseren|0.91
p:hebt uitgelachen|ik-boodschap|0.99
p:hebt uitgelachen|gevoelsreflectie|-0.99
p:hebt voorbereid|bekritiseren|1.72
p:hebt vorige|bekritiseren|-0.63
p:heeft altijd|bekritiseren|-0.69
p:heeft begrijp|parafrase|0.68
p:heeft bij|ik-boodschap|0.95
p:heeft dat|gevoelsreflectie|-0.85
p:heeft dat|argumenteren|-0.83
p:heeft dat|geruststellen|0.81
p:heeft dat|ondervragen|1.91
p:heeft dat|afleiden|-0.81
p:heeft de|ik-boodschap|0.91
p:heeft de|parafrase|0.12
p:heeft de|bekritiseren|-0.99
p:heeft de|ondervragen|-0.94
p:heeft dinsdag|samenvatting|-1.0
p:heeft dit|etiketteren|-0.63
p:heeft dus|parafrase|0.99
p:heeft er|jij-boodschap|0.91
p:heeft er|interpreteren|-0.93
p:heeft gebeld|jij-boodschap|-0.91
p:heeft geen|jij-boodschap|0.93
p:heeft geen|vervolgafspraak|-0.97
p:heeft gelijk|jij-boodschap|0.96
p:heeft gevolgen|waarschuwen|1.0
p:heeft gisteren|jij-boodschap|0.64
p:heeft haar|bekritiseren|1.0
p:heeft helemaal|geruststellen|-0.87
p:heeft hem|jij-boodschap|-0.99
p:heeft hem|aanmoediging|-0.91
p:heeft hem|bekritiseren|-0.8
p:heeft het|jij-boodschap|0.82
p:heeft het|parafrase|1.86
p:heeft het|gevoelsreflectie|0.92
p:heeft het|bekritiseren|0.8
p:heeft hij|parafrase|-0.99
p:heeft hij|gevoelsreflectie|0.9
p:heeft hij|adviseren|-0.88
p:heeft hij|afleiden|-0.96
p:heeft iedereen|ik-boodschap|-0.81
p:heeft iedereen|afleiden|-0.96
p:heeft in|parafrase|-0.96
p:heeft ingeleverd|ik-boodschap|0.93
p:heeft ingeleverd|jij-boodschap|-0.93
p:heeft ingeleverd|argumenteren|0.85
p:heeft ingeleverd|bekritiseren|-0.7
p:heeft ingelicht|gevoelsreflectie|0.93
p:heeft je|open-vraag|-0.95
p:heeft kan|vervolgafspraak|0.97
p:heeft me|ik-boodschap|0.91
p:heeft met|ik-boodschap|-0.98
p:heeft naar|interpreteren|0.98
p:heeft niemand|jij-boodschap|-0.99
p:heeft nooit|bekritiseren|0.91
p:heeft op|jij-boodschap|0.93
p:heeft op|bekritiseren|1.55
p:heeft opgelet|bekritiseren|1.74
p:heeft overal|jij-boodschap|0.99
p:heeft overal|samenvatting|-0.84
p:heeft overal|open-vraag|-0.99
p:heeft overal|bekritiseren|1.72
p:heeft ruzie|samenvatting|1.0
p:heeft ruzie|adviseren|-1.0
p:heeft sem|ondervragen|-0.83
p:heeft sinds|ik-boodschap|0.97
p:heeft sinds|jij-boodschap|-0.97
p:heeft sinds|bekritiseren|-0.97
p:heeft ties|open-vraag|0.92
p:heeft u|ik-boodschap|-1.96
p:heeft u|gevoelsreflectie|-0.88
p:heeft u|samenvatting|-1.0
p:heeft u|open-vraag|-1.0
p:heeft u|aanmoediging|-1.0
p:heeft u|bevelen|-1.0
p:heeft u|waarschuwen|-1.0
p:heeft u|moraliseren|-0.1
p:heeft u|adviseren|0.85
p:heeft u|argumenteren|-1.0
p:heeft u|prijzen|-1.97
p:heeft u|etiketteren|-1.0
p:heeft u|interpreteren|-1.0
p:heeft u|geruststellen|-1.0
p:heeft u|ondervragen|1.85
p:heeft u|afleiden|-0.97
p:heeft u|afronding-aankondigen|-1.0
p:heeft u|vervolgafspraak|-1.0
p:heeft u|bedanken|-1.0
p:heeft voor|argumenteren|-0.97
p:heeft voorbereid|parafrase|-0.95
p:heeft vorige|jij-boodschap|-0.98
p:heeft vorige|bekritiseren|-0.93
p:heeft vorige|vervolgafspraak|-0.92
p:heeft weinig|samenvatting|0.92
p:heeft weinig|waarschuwen|-0.92
p:heeft weleens|open-vraag|-0.93
p:heeft weleens|afleiden|0.71
p:heeft ze|jij-boodschap|-0.98
p:heeft ze|waarschuwen|-0.98
p:heeft zich|jij-boodschap|-0.78
p:heeft zich|bekritiseren|-0.94
p:heeft zo'n|prijzen|0.89
p:heel alleen|gevoelsreflectie|0.96
p:heel behulpzaam|bekritiseren|0.95
p:heel behulpzaam|bedanken|-1.76
p:heel behulpzame|jij-boodschap|-0.91
p:heel behulpzame|bekritiseren|-0.91
p:heel behulpzame|etiketteren|-0.91
p:heel betrokken|prijzen|0.95
p:heel consequent|jij-boodschap|-0.88
p:heel constructief|bekritiseren|0.82
p:heel erg|bekritiseren|-0.95
p:heel gewoon|bekritiseren|-0.8
p:heel goed|jij-boodschap|0.98
p:heel goed|bekritiseren|0.98
p:heel goed|geruststellen|-0.73
p:heel hoofdstuk|waarschuwen|-0.83
p:heel lastig|parafrase|-0.9
p:heel machteloos|gevoelsreflectie|1.75
p:heel normaal|argumenteren|-0.97
p:heel normaal|geruststellen|0.96
p:heel normaal|afleiden|-0.8
p:heel onbeleefd|jij-boodschap|0.97
p:heel onbeleefd|bekritiseren|0.57
p:heel onhandig|bekritiseren|0.95
p:heel simpel|argumenteren|1.67
p:heel slim|etiketteren|0.95
p:heel veel|ik-boodschap|0.91
p:heel veel|prijzen|-0.95
p:heel veel|geruststellen|0.84
p:heel zorgvuldig|geruststellen|-0.99
p:heen ?|gevoelsreflectie|0.99
p:heen ?|samenvatting|-0.99
p:heen ik|samenvatting|-0.92
p:heen ik|vervolgafspraak|-0.92
p:heen praat|aanmoediging|-0.99
p:heen toen|ik-boodschap|-1.0
p:heen toen|gevoelsreflectie|-0.93
p:heen toen|open-vraag|1.0
p:heftig omdat|interpreteren|0.99
p:heftig omdat|bedanken|-0.99
p:heimwee heeft|interpreteren|0.98
p:hek afzet|bevelen|0.94
p:helaas beëindigen|afronding-aankondigen|0.98
p:held weer|etiketteren|0.98
p:helder over|ik-boodschap|-0.87
p:hele klas|ik-boodschap|0.36
p:hele klas|jij-boodschap|-0.39
p:hele klas|parafrase|1.0
p:hele klas|gevoelsreflectie|-0.96
p:hele klas|argumenteren|0.93
p:hele klas|bekritiseren|-1.13
p:hele klas|etiketteren|0.85
p:hele les|ik-boodschap|-0.91
p:hele project|bekritiseren|0.92
p:hele sectie|aanmoediging|-0.96
p:hele sectie|etiketteren|0.96
p:hele tijd|gevoelsreflectie|0.9
p:hele tijd|bevelen|0.89
p:hele tijd|etiketteren|-0.94
p:hele verhaal|jij-boodschap|0.44
p:hele verhaal|etiketteren|-0.58
p:hele week|jij-boodschap|0.92
p:hele week|bekritiseren|0.87
p:helemaal dichtklapt|gevoelsreflectie|0.72
p:helemaal dichtklapt|open-vraag|0.95
p:helemaal gehad|jij-boodschap|-0.92
p:helemaal gehad|gevoelsreflectie|0.92
p:helemaal gehad|bekritiseren|-0.68
p:helemaal gewend|geruststellen|0.91
p:helemaal goed|jij-boodschap|-0.98
p:helemaal goed|bekritiseren|-0.98
p:helemaal klaar|gevoelsreflectie|0.99
p:helemaal klaar|moraliseren|-0.99
p:helemaal niet|ik-boodschap|-0.96
p:helemaal niet|etiketteren|-0.87
p:helemaal niet|interpreteren|0.91
p:helemaal niet|geruststellen|-1.0
p:helemaal niets|open-vraag|-0.89
p:helemaal niets|geruststellen|-0.87
p:helemaal niks|moraliseren|-0.91
p:helft van|parafrase|-0.88
p:helft van|argumenteren|1.0
p:helikopterouder reactie|etiketteren|0.99
p:helikopterouder verhaal|etiketteren|0.87
p:helpen en|vervolgafspraak|0.64
p:helpen en|bedanken|-0.94
p:helpen om|gevoelsreflectie|-0.76
p:helpen om|open-vraag|1.0
p:helpen om|adviseren|-0.98
p:helpen om|afronding-aankondigen|-1.0
p:helpt ?|open-vraag|-0.91
p:helpt vaak|adviseren|0.92
p:hem ?|parafrase|0.87
p:hem ?|gevoelsreflectie|0.97
p:hem af|ik-boodschap|-0.81
p:hem af|waarschuwen|0.81
p:hem bespreken|ik-boodschap|0.86
p:hem bespreken|vervolgafspraak|-0.95
p:hem beter|prijzen|-0.99
p:hem dan|bekritiseren|0.95
p:hem de|samenvatting|1.0
p:hem de|adviseren|0.92
p:hem de|vervolgafspraak|1.0
p:hem dwingen|bevelen|0.84
p:hem dwingen|bekritiseren|-0.84
p:hem een|waarschuwen|-0.91
p:hem een|moraliseren|-0.98
p:hem een|interpreteren|-0.98
p:hem een|geruststellen|-1.0
p:hem een|vervolgafspraak|-0.98
p:hem eerder|adviseren|-0.92
p:hem elke|ik-boodschap|-0.94
p:hem gaat|bekritiseren|0.89
p:hem geen|etiketteren|-1.0
p:hem gerust|adviseren|0.93
p:hem gerust|bekritiseren|-0.96
p:hem gerust|interpreteren|-0.93
p:hem gewoon|gevoelsreflectie|-0.99
p:hem gewoon|adviseren|1.96
p:hem gewoon|argumenteren|1.0
p:hem gewoon|prijzen|0.99
p:hem gewoon|afleiden|-0.9
p:hem hoor|adviseren|-0.98
p:hem in|bevelen|0.29
p:hem in|waarschuwen|0.98
p:hem in|vervolgafspraak|-0.94
p:hem kwijt|interpreteren|0.99
p:hem kwijt|bedanken|-0.99
p:hem los|adviseren|-0.81
p:hem los|interpreteren|1.92
p:hem maakt|jij-boodschap|1.0
p:hem maakt|bekritiseren|1.8
p:hem mee|gevoelsreflectie|-0.76
p:hem mee|open-vraag|1.0
p:hem mee|afronding-aankondigen|-1.0
p:hem minder|moraliseren|-0.99
p:hem moeilijk|bevelen|-0.9
p:hem morgen|parafrase|-1.0
p:hem morgen|bevelen|2.95
p:hem morgen|argumenteren|-1.0
p:hem morgen|vervolgafspraak|-0.96
p:hem naar|samenvatting|-0.62
p:hem naar|adviseren|0.99
p:hem naar|ondervragen|-0.99
p:hem naar|vervolgafspraak|0.99
p:hem natuurlijk|jij-boodschap|-0.94
p:hem niet|ik-boodschap|-0.97
p:hem niet|open-vraag|-0.21
p:hem niet|waarschuwen|1.0
p:hem niet|argumenteren|-1.0
p:hem niet|bekritiseren|0.83
p:hem niet|ondervragen|-0.79
p:hem niet|vervolgafspraak|0.64
p:hem niet|bedanken|-0.94
p:hem nog|bevelen|0.91
p:hem nog|interpreteren|-0.95
p:hem nooit|aanmoediging|-0.91
p:hem om|bevelen|0.94
p:hem op|bevelen|-1.0
p:hem op|moraliseren|1.0
p:hem over|samenvatting|0.94
p:hem over|bedanken|0.94
p:hem overal|jij-boodschap|-0.99
p:hem overal|bekritiseren|-0.8
p:hem straks|waarschuwen|0.91
p:hem straks|bekritiseren|-0.91
p:hem te|jij-boodschap|0.96
p:hem te|parafrase|-0.99
p:hem te|bekritiseren|-0.93
p:hem thuis|jij-boodschap|0.9
p:hem thuis|bevelen|-0.99
p:hem thuis|adviseren|0.96
p:hem thuis|bekritiseren|0.9
p:hem thuis|interpreteren|0.96
p:hem tot|jij-boodschap|1.0
p:hem tot|moraliseren|1.0
p:hem tot|bekritiseren|1.0
p:hem twee|ik-boodschap|0.98
p:hem u|adviseren|0.93
p:hem u|interpreteren|-0.93
p:hem vandaag|jij-boodschap|-1.0
p:hem vandaag|waarschuwen|-0.98
p:hem vandaag|ondervragen|-1.0
p:hem veel|jij-boodschap|0.96
p:hem voor|bekritiseren|-0.96
p:hem wat|bevelen|-0.92
p:hem zo|jij-boodschap|-0.99
p:hem zo|parafrase|0.96
p:hem zo|adviseren|-0.99
p:hem zo|bekritiseren|-0.99
p:hem zo|ondervragen|0.82
p:herexamen haal|geruststellen|0.97
p:herfstvakantie geen|ik-boodschap|0.97
p:herfstvakantie geen|jij-boodschap|-0.97
p:herfstvakantie geen|bekritiseren|-0.97
p:herfstvakantie heb|bekritiseren|-0.96
p:herkansing en|gevoelsreflectie|0.8
p:herkansing en|vervolgafspraak|0.89
p:herkansing gemist|ik-boodschap|0.91
p:herkansing heus|gevoelsreflectie|-0.91
p:herkansing heus|bekritiseren|-0.88
p:herkansing heus|geruststellen|0.99
p:herkansing stond|argumenteren|1.0
p:herkansingen staan|open-vraag|-1.0
p:het 's|vervolgafspraak|-0.64
p:het 4e|samenvatting|-1.0
p:het aan|open-vraag|-0.92
p:het advies|adviseren|-0.94
p:het advies|prijzen|1.0
p:het advies|interpreteren|-1.0
p:het af|ik-boodschap|-0.98
p:het al|waarschuwen|-0.96
p:het allemaal|jij-boodschap|0.86
p:het anders|adviseren|0.98
p:het avondeten|open-vraag|-1.0
p:het begin|prijzen|-0.95
p:het begon|parafrase|-0.12
p:het begon|samenvatting|0.87
p:het best|jij-boodschap|-0.94
p:het beste|open-vraag|-0.88
p:het beste|adviseren|0.12
p:het bij|vervolgafspraak|-0.96
p:het blijkbaar|bekritiseren|0.93
p:het cijfer|jij-boodschap|-0.39
p:het cijfer|parafrase|1.0
p:het cijfer|open-vraag|-1.0
p:het cijfer|aanmoediging|-1.0
p:het cijfer|interpreteren|-0.93
p:het cijfer|geruststellen|-1.0
p:het cijfer|vervolgafspraak|0.97
p:het contact|open-vraag|0.78
p:het daar|interpreteren|-0.91
p:het daar|geruststellen|-0.96
p:het dat|gevoelsreflectie|-1.69
p:het dat|open-vraag|-0.68
p:het dat|ondervragen|-0.99
p:het dat|afronding-aankondigen|-1.0
p:het dat|bedanken|1.79
p:het derde|ik-boodschap|1.88
p:het derde|ondervragen|1.0
p:het derde|afleiden|-1.0
p:het dit|open-vraag|1.0
p:het dit|afleiden|-0.89
p:het doet|ik-boodschap|0.93
p:het doet|argumenteren|-0.98
p:het dossier|ik-boodschap|-1.0
p:het dossier|jij-boodschap|-1.0
p:het dossier|parafrase|-1.0
p:het dossier|gevoelsreflectie|-1.0
p:het dossier|samenvatting|-1.0
p:het dossier|open-vraag|-1.0
p:het dossier|aanmoediging|-1.0
p:het dossier|bevelen|-1.0
p:het dossier|waarschuwen|-1.0
p:het dossier|moraliseren|-1.0
p:het dossier|adviseren|-1.0
p:het dossier|argumenteren|-1.0
p:het dossier|bekritiseren|-1.0
p:het dossier|prijzen|-1.0
p:het dossier|etiketteren|-1.0
p:het dossier|interpreteren|-1.0
p:het dossier|geruststellen|-1.0
p:het dossier|ondervragen|-1.0
p:het dossier|afleiden|-1.0
p:het dossier|afronding-aankondigen|-1.0
p:het dossier|vervolgafspraak|-1.0
p:het dossier|bedanken|-1.0
p:het echt|ik-boodschap|2.88
p:het echt|jij-boodschap|0.61
p:het echt|gevoelsreflectie|-2.44
p:het echt|argumenteren|0.92
p:het echt|bekritiseren|-0.65
p:het een|adviseren|1.0
p:het een|geruststellen|-1.0
p:het een|afleiden|0.96
p:het eens|adviseren|1.0
p:het eens|afronding-aankondigen|-0.99
p:het eerste|jij-boodschap|-0.98
p:het eerste|vervolgafspraak|0.98
p:het eigenlijk|prijzen|-0.99
p:het eigenlijk|afleiden|1.96
p:het eind|ik-boodschap|-0.81
p:het eind|waarschuwen|0.85
p:het einde|gevoelsreflectie|0.98
p:het einde|afleiden|0.72
p:het eng|gevoelsreflectie|0.68
p:het enorm|prijzen|0.91
p:het enorm|bedanken|-0.74
p:het er|gevoelsreflectie|0.9
p:het erop|samenvatting|-0.94
p:het even|samenvatting|0.99
p:het even|open-vraag|-0.99
p:het even|bevelen|-0.65
p:het even|waarschuwen|-0.56
p:het even|afleiden|1.0
p:het even|vervolgafspraak|-0.92
p:het examenreglement|argumenteren|0.94
p:het expres|ik-boodschap|-0.98
p:het fietsenhok|parafrase|-0.98
p:het fietsenhok|adviseren|-0.98
p:het fijn|vervolgafspraak|-0.99
p:het fijne|afronding-aankondigen|-1.0
p:het gaat|ik-boodschap|-1.65
p:het gaat|jij-boodschap|-0.85
p:het gaat|parafrase|0.94
p:het gaat|samenvatting|0.68
p:het gaat|aanmoediging|1.0
p:het gaat|adviseren|0.91
p:het gaat|bekritiseren|-1.08
p:het gaat|prijzen|-0.89
p:het gaat|geruststellen|-0.81
p:het gaat|afleiden|-0.88
p:het gaat|afronding-aankondigen|-0.93
p:het gaat|vervolgafspraak|2.58
p:het gebeurt|ik-boodschap|-1.0
p:het gebeurt|parafrase|-0.99
p:het gebeurt|samenvatting|1.87
p:het gebracht|parafrase|0.74
p:het gedrag|argumenteren|-0.96
p:het gedrag|vervolgafspraak|-0.92
p:het gehad|bekritiseren|-0.97
p:het gelopen|gevoelsreflectie|0.95
p:het gelukt|gevoelsreflectie|0.99
p:het gelukt|interpreteren|-0.99
p:het gemiddelde|argumenteren|-0.82
p:het gesprek|ik-boodschap|-0.91
p:het gesprek|jij-boodschap|0.87
p:het gesprek|samenvatting|-0.91
p:het gesprek|waarschuwen|0.97
p:het gesprek|adviseren|-0.91
p:het gesprek|bekritiseren|0.84
p:het gesprek|afronding-aankondigen|1.99
p:het gesprek|vervolgafspraak|0.75
p:het gesprek|bedanken|1.88
p:het gevoel|gevoelsreflectie|-0.85
p:het gewoon|gevoelsreflectie|0.68
p:het gewoon|argumenteren|0.94
p:het gewoon|interpreteren|0.93
p:het gewoon|afleiden|0.98
p:het goed|jij-boodschap|0.83
p:het goed|parafrase|1.68
p:het goed|open-vraag|0.78
p:het goed|adviseren|-0.92
p:het goed|bekritiseren|0.13
p:het goede|moraliseren|0.99
p:het goede|adviseren|-0.99
p:het goedkomt|geruststellen|0.96
p:het groepswerk|ik-boodschap|0.98
p:het groepswerk|samenvatting|-0.98
p:het groepswerk|open-vraag|0.98
p:het hebben|etiketteren|-0.98
p:het hebben|afronding-aankondigen|-0.86
p:het heeft|ik-boodschap|0.91
p:het hek|bevelen|0.94
p:het hele|jij-boodschap|0.44
p:het hele|bekritiseren|0.92
p:het hele|etiketteren|-0.58
p:het helemaal|jij-boodschap|-0.92
p:het helemaal|gevoelsreflectie|0.92
p:het helemaal|bekritiseren|-0.68
p:het helpt|adviseren|0.92
p:het hem|jij-boodschap|0.96
p:het heus|gevoelsreflectie|0.77
p:het heus|geruststellen|0.9
p:het hier|gevoelsreflectie|0.92
p:het hier|argumenteren|0.95
p:het hier|afleiden|-0.98
p:het hier|afronding-aankondigen|2.66
p:het hier|bedanken|0.98
p:het hierbij|afleiden|-0.97
p:het hierbij|afronding-aankondigen|0.99
p:het hierbij|vervolgafspraak|-0.73
p:het huiswek|samenvatting|-0.76
p:het huiswerk|parafrase|0.98
p:het huiswerk|samenvatting|0.85
p:het huiswerk|open-vraag|0.97
p:het huiswerk|argumenteren|-0.99
p:het huiswerk|afleiden|-1.95
p:het idee|parafrase|1.91
p:het idee|interpreteren|1.91
p:het in|samenvatting|-0.99
p:het in|afleiden|-0.91
p:het incident|parafrase|0.98
p:het irriteert|jij-boodschap|1.0
p:het irriteert|bekritiseren|1.8
p:het is|ik-boodschap|-1.96
p:het is|jij-boodschap|-1.88
p:het is|samenvatting|-0.99
p:het is|bevelen|-1.0
p:het is|moraliseren|0.96
p:het is|argumenteren|-1.11
p:het is|bekritiseren|-1.94
p:het is|prijzen|-0.96
p:het is|interpreteren|-0.99
p:het is|afleiden|0.96
p:het is|bedanken|-0.96
p:het jaar|waarschuwen|0.64
p:het jaar|adviseren|-0.99
p:het jaar|argumenteren|-0.92
p:het jammer|gevoelsreflectie|-0.85
p:het jammer|bekritiseren|0.96
p:het je|parafrase|-1.99
p:het je|gevoelsreflectie|-1.99
p:het je|interpreteren|1.99
p:het kamp|afleiden|0.95
p:het kennelijk|bekritiseren|0.99
p:het kerstdiner|prijzen|0.91
p:het kerstdiner|bedanken|-0.74
p:het klinkt|open-vraag|-0.94
p:het klopt|argumenteren|0.99
p:het klopt|interpreteren|-0.99
p:het komt|jij-boodschap|-1.0
p:het komt|gevoelsreflectie|0.85
p:het komt|open-vraag|0.68
p:het komt|waarschuwen|-0.99
p:het komt|geruststellen|3.12
p:het komt|afleiden|-0.71
p:het kort|samenvatting|0.99
p:het kunnen|bekritiseren|0.62
p:het kán|parafrase|-0.88
p:het kán|argumenteren|1.0
p:het laatste|geruststellen|-0.85
p:het langst|moraliseren|0.98
p:het lastig|gevoelsreflectie|-0.88
p:het lastig|bekritiseren|0.12
p:het leven|bevelen|-0.84
p:het leven|afleiden|0.93
p:het liever|afleiden|0.95
p:het ligt|argumenteren|0.98
p:het ligt|bekritiseren|-0.85
p:het ligt|interpreteren|1.0
p:het lijkt|gevoelsreflectie|0.88
p:het lijkt|adviseren|0.99
p:het lijkt|argumenteren|-0.9
p:het lijkt|bekritiseren|-0.99
p:het lijkt|geruststellen|0.96
p:het lokaal|ik-boodschap|0.77
p:het loopt|ik-boodschap|-0.98
p:het loopt|parafrase|0.98
p:het lukt|interpreteren|-0.95
p:het maakt|adviseren|-0.91
p:het maar|ik-boodschap|0.81
p:het maar|aanmoediging|1.79
p:het meedenken|bedanken|0.96
p:het meest|open-vraag|0.92
p:het meestal|samenvatting|-0.96
p:het melden|waarschuwen|0.94
p:het met|open-vraag|-0.97
p:het met|bekritiseren|0.89
p:het met|prijzen|1.0
p:het met|interpreteren|-1.0
p:het met|geruststellen|-0.91
p:het met|afleiden|1.1
p:het middelpunt|ik-boodschap|-0.94
p:het middelpunt|jij-boodschap|-0.72
p:het mij|vervolgafspraak|0.84
p:het mis|bekritiseren|-0.99
p:het moeilijk|interpreteren|0.91
p:het mogelijk|ik-boodschap|-0.92
p:het mogelijk|open-vraag|-0.59
p:het naar|samenvatting|-1.0
p:het niet|jij-boodschap|0.77
p:het niet|parafrase|-0.86
p:het niet|prijzen|1.0
p:het niet|interpreteren|0.92
p:het niet|afleiden|0.97
p:het nieuwe|open-vraag|-1.65
p:het nieuwe|afleiden|1.84
p:het nog|samenvatting|0.92
p:het nog|waarschuwen|-0.92
p:het normaal|jij-boodschap|0.99
p:het normaal|bekritiseren|0.99
p:het nu|ik-boodschap|0.96
p:het nu|jij-boodschap|-0.98
p:het nu|parafrase|-1.0
p:het nu|gevoelsreflectie|0.97
p:het nu|samenvatting|0.98
p:het nu|open-vraag|0.96
p:het nu|bevelen|0.97
p:het nu|moraliseren|-0.97
p:het nu|adviseren|-0.92
p:het nu|argumenteren|1.0
p:het nu|afleiden|-0.75
p:het om|jij-boodschap|1.89
p:het om|samenvatting|0.86
p:het om|open-vraag|0.14
p:het om|bekritiseren|0.87
p:het om|prijzen|-0.91
p:het om|etiketteren|0.91
p:het om|geruststellen|-0.91
p:het onderwijs|prijzen|0.96
p:het onrustig|parafrase|-0.96
p:het ook|interpreteren|-0.9
p:het op|argumenteren|-0.94
p:het op|afleiden|-0.98
p:het over|samenvatting|-0.86
p:het over|afleiden|-0.16
p:het over|vervolgafspraak|-0.9
p:het pas|gevoelsreflectie|-0.93
p:het pesten|bekritiseren|-0.1
p:het pesten|bedanken|-0.98
p:het plannen|afleiden|-0.75
p:het plein|argumenteren|-0.99
p:het prima|jij-boodschap|0.69
p:het prima|bekritiseren|0.91
p:het prima|geruststellen|0.92
p:het probleem|samenvatting|-0.87
p:het probleem|interpreteren|0.99
p:het programma|afleiden|-0.95
p:het project|jij-boodschap|-0.82
p:het project|bekritiseren|-0.92
p:het protocol|moraliseren|-0.94
p:het pta|ik-boodschap|-0.81
p:het pta|argumenteren|0.97
p:het pta|afleiden|-0.96
p:het raakt|ik-boodschap|1.0
p:het raakt|parafrase|-0.96
p:het raam|ik-boodschap|-0.96
p:het rapport|ik-boodschap|0.91
p:het rapport|bevelen|-0.88
p:het recht|ik-boodschap|-1.0
p:het recht|jij-boodschap|-1.0
p:het recht|parafrase|-1.0
p:het recht|gevoelsreflectie|-1.0
p:het recht|samenvatting|-1.0
p:het recht|open-vraag|-1.0
p:het recht|aanmoediging|-1.0
p:het recht|bevelen|-1.0
p:het recht|waarschuwen|-1.0
p:het recht|moraliseren|-1.0
p:het recht|adviseren|-1.0
p:het recht|argumenteren|-1.0
p:het recht|bekritiseren|-1.0
p:het recht|prijzen|-1.0
p:het recht|etiketteren|-1.0
p:het recht|interpreteren|-1.0
p:het recht|geruststellen|-1.0
p:het recht|ondervragen|-1.0
p:het recht|afleiden|-1.0
p:het recht|afronding-aankondigen|-1.0
p:het recht|vervolgafspraak|-1.0
p:het recht|bedanken|-1.0
p:het redelijk|parafrase|-0.91
p:het reglement|argumenteren|1.97
p:het rooster|parafrase|0.96
p:het rooster|gevoelsreflectie|-0.72
p:het rooster|samenvatting|0.95
p:het rooster|adviseren|0.81
p:het rooster|bekritiseren|-0.92
p:het rooster|vervolgafspraak|-0.96
p:het samen|prijzen|-0.98
p:het samenvat|parafrase|0.99
p:het samenvat|gevoelsreflectie|-0.89
p:het schoolplein|afleiden|0.95
p:het schoolreisje|afleiden|1.0
p:het schoolvoetbalteam|waarschuwen|0.81
p:het slim|adviseren|0.92
p:het snap|parafrase|0.9
p:het spannend|gevoelsreflectie|1.0
p:het spannend|open-vraag|1.0
p:het speelt|ik-boodschap|-1.0
p:het speelt|samenvatting|1.0
p:het staat|ik-boodschap|-0.81
p:het staat|argumenteren|0.97
p:het staat|afleiden|-0.96
p:het te|parafrase|-0.88
p:het te|gevoelsreflectie|-0.89
p:het te|samenvatting|0.89
p:het te|adviseren|0.96
p:het te|argumenteren|1.0
p:het te|interpreteren|0.96
p:het te|afleiden|-0.98
p:het team|adviseren|-0.97
p:het tegenovergestelde|jij-boodschap|0.97
p:het tegenovergestelde|bekritiseren|0.97
p:het tenminste|afleiden|0.75
p:het thuis|ik-boodschap|-0.86
p:het thuis|samenvatting|-0.76
p:het thuis|open-vraag|-0.94
p:het thuis|geruststellen|-0.98
p:het thuis|afleiden|-0.97
p:het thuis|bedanken|-0.98
p:het toch|gevoelsreflectie|0.39
p:het toestemmingsformulier|bekritiseren|-0.93
p:het tweede|ik-boodschap|0.84
p:het tweede|vervolgafspraak|1.88
p:het tweede|bedanken|-0.96
p:het u|gevoelsreflectie|0.99
p:het u|samenvatting|-0.62
p:het u|vervolgafspraak|0.99
p:het uit|jij-boodschap|-0.91
p:het uit|bevelen|0.65
p:het uit|afleiden|0.91
p:het valt|ik-boodschap|-0.88
p:het valt|afleiden|-0.74
p:het valt|vervolgafspraak|0.92
p:het vast|waarschuwen|-0.91
p:het vast|adviseren|0.82
p:het vast|prijzen|1.98
p:het vast|geruststellen|0.72
p:het vast|bedanken|-0.74
p:het vergeten|geruststellen|0.99
p:het verkeerd|argumenteren|1.0
p:het verschil|samenvatting|0.99
p:het verschil|open-vraag|0.9
p:het verzuim|parafrase|-1.0
p:het verzuim|gevoelsreflectie|-1.0
p:het verzuim|samenvatting|1.0
p:het verzuim|argumenteren|-1.95
p:het via|parafrase|1.87
p:het vijfde|ik-boodschap|0.98
p:het voetballen|open-vraag|-0.93
p:het voetballen|afleiden|0.71
p:het vol|gevoelsreflectie|0.99
p:het volgende|jij-boodschap|-0.26
p:het volgende|bevelen|-0.96
p:het volgende|bekritiseren|-0.74
p:het volgens|vervolgafspraak|-0.96
p:het voor|bekritiseren|-0.17
p:het voorstel|adviseren|-0.97
p:het vroeg|aanmoediging|-0.61
p:het was|argumenteren|-0.91
p:het weekend|ik-boodschap|0.86
p:het weekend|afleiden|-0.1
p:het weekend|vervolgafspraak|-0.95
p:het weer|aanmoediging|-0.96
p:het weer|adviseren|-0.92
p:het weer|etiketteren|0.96
p:het weet|waarschuwen|0.9
p:het wel|waarschuwen|-0.9
p:het wel|geruststellen|0.87
p:het werk|ik-boodschap|0.98
p:het werk|samenvatting|-0.98
p:het werk|open-vraag|0.98
p:het werkstuk|gevoelsreflectie|-0.98
p:het wijkteam|adviseren|0.98
p:het woord|ik-boodschap|1.0
p:het woord|bekritiseren|-0.65
p:het zelf|ik-boodschap|-0.24
p:het zelf|jij-boodschap|0.23
p:het zelf|gevoelsreflectie|0.83
p:het zelf|moraliseren|-0.92
p:het zich|jij-boodschap|1.31
p:het zich|bekritiseren|1.76
p:het zich|geruststellen|-0.94
p:het zijn|ik-boodschap|-1.0
p:het zijn|samenvatting|1.0
p:het zit|ik-boodschap|0.98
p:het zo|waarschuwen|1.0
p:het zonde|ik-boodschap|0.92
p:het zou|adviseren|0.97
p:het zwaarst|open-vraag|0.87
p:hetzelfde punt|ik-boodschap|0.87
p:hetzelfde zien|argumenteren|0.98
p:hetzelfde zien|bekritiseren|-0.85
p:heus niet|argumenteren|-0.9
p:heus niet|geruststellen|0.96
p:heus wel|gevoelsreflectie|0.77
p:heus wel|adviseren|-0.81
p:heus wel|geruststellen|1.9
p:hielp die|ik-boodschap|0.95
p:hielp met|ik-boodschap|0.87
p:hier afronden|samenvatting|0.92
p:hier afronden|bedanken|0.92
p:hier behoorlijk|bekritiseren|0.92
p:hier boos|geruststellen|-0.88
p:hier echt|parafrase|0.91
p:hier echt|geruststellen|-0.72
p:hier eerlijk|interpreteren|-0.92
p:hier emotioneel|gevoelsreflectie|0.91
p:hier gewoon|jij-boodschap|1.19
p:hier gewoon|samenvatting|-0.63
p:hier gewoon|bevelen|-0.93
p:hier gewoon|bekritiseren|1.38
p:hier in|geruststellen|0.82
p:hier laten|afronding-aankondigen|0.93
p:hier laten|vervolgafspraak|0.93
p:hier leven|moraliseren|0.91
p:hier maar|afleiden|-0.98
p:hier maar|afronding-aankondigen|0.75
p:hier moeten|vervolgafspraak|-0.92
p:hier nou|bevelen|0.52
p:hier nou|waarschuwen|-0.81
p:hier nu|ik-boodschap|-0.93
p:hier nu|vervolgafspraak|-0.99
p:hier om|geruststellen|0.95
p:hier ook|adviseren|-0.98
p:hier op|bekritiseren|-0.93
p:hier stoppen|ik-boodschap|-0.97
p:hier vast|etiketteren|-0.97
p:hier voor|afronding-aankondigen|0.98
p:hier voor|bedanken|0.98
p:hier zeker|prijzen|0.76
p:hier zelf|etiketteren|-0.96
p:hier zichtbaar|gevoelsreflectie|0.92
p:hier zwart|argumenteren|0.95
p:hierbij afsluiten|afronding-aankondigen|0.99
p:hierbij laten|afleiden|-0.97
p:hierbij laten|afronding-aankondigen|0.99
p:hierbij laten|vervolgafspraak|-0.73
p:hierdoor kan|bevelen|-0.9
p:hierover ?|afleiden|1.0
p:hij 's|adviseren|0.1
p:hij 's|bekritiseren|0.61
p:hij achterloopt|adviseren|-0.98
p:hij allemaal|ik-boodschap|0.92
p:hij bang|etiketteren|-0.93
p:hij begint|jij-boodschap|0.85
p:hij begint|bekritiseren|0.56
p:hij bij|ik-boodschap|-0.98
p:hij bij|parafrase|0.98
p:hij bij|open-vraag|0.98
p:hij bij|geruststellen|-0.96
p:hij blijft|bevelen|-0.5
p:hij blijft|waarschuwen|-0.9
p:hij daar|parafrase|-0.99
p:hij daar|adviseren|-0.88
p:hij dan|samenvatting|-1.0
p:hij dan|interpreteren|-1.0
p:hij dan|ondervragen|1.0
p:hij de|open-vraag|-1.74
p:hij de|adviseren|0.91
p:hij de|argumenteren|0.85
p:hij de|interpreteren|0.99
p:hij de|geruststellen|-0.92
p:hij de|vervolgafspraak|0.32
p:hij definitief|bevelen|-1.0
p:hij definitief|interpreteren|-1.0
p:hij die|jij-boodschap|0.95
p:hij die|parafrase|0.96
p:hij die|ondervragen|-0.95
p:hij dinsdag|ondervragen|-0.99
p:hij dit|moraliseren|0.99
p:hij doet|jij-boodschap|0.71
p:hij doet|waarschuwen|-0.42
p:hij een|argumenteren|-1.97
p:hij een|ondervragen|-0.99
p:hij eerst|adviseren|0.94
p:hij eigenlijk|afleiden|0.95
p:hij elke|samenvatting|0.63
p:hij gaat|prijzen|1.0
p:hij geen|ik-boodschap|1.0
p:hij geen|parafrase|-0.96
p:hij geen|argumenteren|0.97
p:hij geschorst|bevelen|0.51
p:hij geschorst|waarschuwen|0.76
p:hij gewoon|etiketteren|0.97
p:hij gisteren|ik-boodschap|-0.6
p:hij haalt|gevoelsreflectie|-0.91
p:hij haalt|samenvatting|0.92
p:hij haalt|waarschuwen|-0.92
p:hij haalt|bekritiseren|-0.88
p:hij had|jij-boodschap|-0.39
p:hij had|argumenteren|1.85
p:hij heeft|parafrase|0.95
p:hij heeft|samenvatting|0.92
p:hij heeft|waarschuwen|-0.92
p:hij heeft|adviseren|-1.0
p:hij het|parafrase|-0.86
p:hij het|gevoelsreflectie|-0.85
p:hij het|waarschuwen|-0.9
p:hij het|geruststellen|0.99
p:hij hoort|afleiden|-0.69
p:hij houdt|jij-boodschap|1.0
p:hij houdt|aanmoediging|-1.0
p:hij houdt|argumenteren|-1.0
p:hij houdt|bekritiseren|1.0
p:hij in|prijzen|-0.95
p:hij in|interpreteren|1.0
p:hij is|jij-boodschap|0.29
p:hij is|parafrase|-0.99
p:hij is|moraliseren|0.9
p:hij is|argumenteren|-2.78
p:hij is|bekritiseren|-0.91
p:hij is|etiketteren|0.2
p:hij is|geruststellen|0.91
p:hij je|bevelen|-0.98
p:hij kijkt|gevoelsreflectie|0.9
p:hij komt|vervolgafspraak|-1.44
p:hij kreeg|gevoelsreflectie|0.8
p:hij kreeg|vervolgafspraak|0.89
p:hij krijgt|samenvatting|1.92
p:hij krijgt|vervolgafspraak|1.92
p:hij krijgt|bedanken|0.92
p:hij lapt|jij-boodschap|0.83
p:hij lapt|bekritiseren|0.96
p:hij maakt|jij-boodschap|-0.97
p:hij maakt|prijzen|-1.0
p:hij meer|adviseren|-0.92
p:hij moe|jij-boodschap|-0.97
p:hij moe|interpreteren|-0.98
p:hij moet|bevelen|-0.42
p:hij moet|waarschuwen|0.76
p:hij moet|geruststellen|0.99
p:hij morgen|ik-boodschap|-1.0
p:hij morgen|jij-boodschap|-1.0
p:hij morgen|bevelen|1.0
p:hij morgen|ondervragen|-1.0
p:hij na|geruststellen|0.98
p:hij naar|parafrase|-0.99
p:hij naar|adviseren|-0.88
p:hij nablijven|waarschuwen|0.99
p:hij nauwelijks|ik-boodschap|0.93
p:hij niet|ik-boodschap|-0.89
p:hij niet|samenvatting|-1.88
p:hij niet|waarschuwen|0.93
p:hij niet|argumenteren|1.95
p:hij niet|bekritiseren|0.95
p:hij niet|geruststellen|-0.98
p:hij niet|vervolgafspraak|-0.89
p:hij nog|argumenteren|-0.99
p:hij nog|interpreteren|0.99
p:hij nooit|bekritiseren|-0.94
p:hij om|jij-boodschap|0.69
p:hij om|bekritiseren|0.91
p:hij omdat|etiketteren|-0.93
p:hij onzeker|geruststellen|-0.96
p:hij op|jij-boodschap|-0.72
p:hij op|argumenteren|-0.98
p:hij op|ondervragen|0.99
p:hij saboteert|samenvatting|-1.0
p:hij saboteert|bekritiseren|1.0
p:hij sinds|samenvatting|-1.0
p:hij slaapt|parafrase|-0.99
p:hij slaapt|samenvatting|1.0
p:hij slaapt|adviseren|-1.0
p:hij staat|ik-boodschap|0.86
p:hij staat|vervolgafspraak|-0.95
p:hij steeds|bekritiseren|-0.72
p:hij steeds|ondervragen|0.98
p:hij stelt|bekritiseren|1.66
p:hij straks|prijzen|-0.99
p:hij te|parafrase|0.91
p:hij thuis|parafrase|1.02
p:hij thuis|gevoelsreflectie|0.88
p:hij thuis|bekritiseren|-0.99
p:hij thuis|interpreteren|-0.91
p:hij toch|moraliseren|0.98
p:hij toch|prijzen|0.89
p:hij toen|parafrase|-0.68
p:hij toen|aanmoediging|-0.59
p:hij tot|open-vraag|-1.0
p:hij trekt|geruststellen|-1.0
p:hij van|moraliseren|-0.95
p:hij vanaf|gevoelsreflectie|-0.94
p:hij vastloopt|waarschuwen|-0.92
p:hij verveelt|adviseren|0.96
p:hij verveelt|interpreteren|0.96
p:hij vijf|argumenteren|0.99
p:hij vijf|bekritiseren|-0.99
p:hij voelt|parafrase|-0.99
p:hij voelt|samenvatting|0.87
p:hij voelt|open-vraag|0.9
p:hij volgend|waarschuwen|0.95
p:hij voor|afleiden|0.93
p:hij was|argumenteren|0.99
p:hij was|interpreteren|-0.99
p:hij weer|waarschuwen|1.0
p:hij weer|bekritiseren|-0.94
p:hij weer|ondervragen|-0.99
p:hij weinig|ik-boodschap|0.95
p:hij wil|prijzen|0.94
p:hij woensdag|prijzen|0.96
p:hij wordt|parafrase|0.99
p:hij wordt|samenvatting|-0.87
p:hij wordt|bekritiseren|-1.0
p:hij zelf|interpreteren|0.95
p:hij zich|ik-boodschap|0.89
p:hij zich|samenvatting|-0.87
p:hij zich|waarschuwen|-0.99
p:hij zich|vervolgafspraak|-0.84
p:hij ziek|ondervragen|1.0
p:hij ziet|vervolgafspraak|-1.0
p:hij zijn|ik-boodschap|-0.82
p:hij zijn|afleiden|-0.96
p:hij zit|jij-boodschap|-0.36
p:hij zit|bekritiseren|-0.56
p:hij zo|open-vraag|-0.92
p:hij zo|moraliseren|-0.95
p:hij zo|prijzen|-0.99
p:hm en|aanmoediging|0.96
p:hm hm|aanmoediging|0.96
p:hmm neem|gevoelsreflectie|-0.97
p:hockey ?|afleiden|1.95
p:hoe bevalt|open-vraag|-1.65
p:hoe bevalt|afleiden|0.88
p:hoe dat|parafrase|-0.91
p:hoe de|samenvatting|0.85
p:hoe de|bedanken|-0.92
p:hoe en|gevoelsreflectie|-0.89
p:hoe en|samenvatting|0.89
p:hoe gaat|ik-boodschap|1.8
p:hoe gaat|gevoelsreflectie|-0.93
p:hoe gaat|samenvatting|-1.74
p:hoe gaat|open-vraag|1.0
p:hoe gaat|prijzen|-0.99
p:hoe gaat|geruststellen|-0.91
p:hoe gaat|afleiden|1.11
p:hoe gaat|vervolgafspraak|-0.64
p:hoe ging|aanmoediging|0.96
p:hoe het|ik-boodschap|-1.62
p:hoe het|parafrase|-0.78
p:hoe het|gevoelsreflectie|0.95
p:hoe het|samenvatting|0.76
p:hoe het|open-vraag|-0.78
p:hoe het|prijzen|-0.89
p:hoe het|geruststellen|-0.81
p:hoe het|afleiden|-0.88
p:hoe het|afronding-aankondigen|-0.93
p:hoe het|vervolgafspraak|2.58
p:hoe hij|vervolgafspraak|-0.84
p:hoe houdt|gevoelsreflectie|0.99
p:hoe ik|bekritiseren|0.95
p:hoe is|open-vraag|2.06
p:hoe kan|jij-boodschap|0.91
p:hoe kevin|ik-boodschap|0.95
p:hoe kijkt|jij-boodschap|-0.91
p:hoe kijkt|open-vraag|0.63
p:hoe kijkt|bekritiseren|-0.91
p:hoe kijkt|ondervragen|-1.0
p:hoe komt|open-vraag|0.92
p:hoe komt|vervolgafspraak|-0.96
p:hoe kunnen|open-vraag|0.85
p:hoe kwam|gevoelsreflectie|-1.69
p:hoe kwam|open-vraag|0.97
p:hoe laat|parafrase|-0.99
p:hoe laat|samenvatting|-1.0
p:hoe laat|open-vraag|-1.0
p:hoe laat|waarschuwen|-0.92
p:hoe laat|adviseren|-0.88
p:hoe laat|interpreteren|-1.0
p:hoe merkt|ik-boodschap|0.95
p:hoe pakt|parafrase|0.97
p:hoe reageerde|aanmoediging|-0.61
p:hoe reageert|gevoelsreflectie|0.92
p:hoe trots|jij-boodschap|-0.72
p:hoe u|prijzen|1.87
p:hoe u|bedanken|-0.74
p:hoe vaak|samenvatting|-1.0
p:hoe vaak|interpreteren|-1.0
p:hoe vind|open-vraag|1.0
p:hoe vind|afleiden|-0.89
p:hoe was|jij-boodschap|-1.0
p:hoe was|open-vraag|-2.9
p:hoe was|moraliseren|-0.99
p:hoe was|bekritiseren|-1.0
p:hoe was|afleiden|3.28
p:hoe we|moraliseren|0.91
p:hoe ziet|jij-boodschap|-1.0
p:hoe ziet|gevoelsreflectie|-1.0
p:hoe ziet|open-vraag|1.99
p:hoe ziet|aanmoediging|-1.0
p:hoe ziet|argumenteren|-1.0
p:hoe ziet|bekritiseren|-1.0
p:hoe zijn|gevoelsreflectie|-0.72
p:hoe zijn|samenvatting|0.95
p:hoe zou|open-vraag|0.78
p:hoeft niet|moraliseren|-0.99
p:hoeft niet|geruststellen|0.96
p:hoeft u|moraliseren|-0.94
p:hoeft u|afleiden|1.08
p:hoi bram|jij-boodschap|-0.82
p:hoi ga|bevelen|-1.62
p:hoofdstuk achter|waarschuwen|-0.83
p:hoog zit|aanmoediging|-0.94
p:hoogte is|prijzen|0.99
p:hoogte is|vervolgafspraak|-0.99
p:hoogte te|samenvatting|-0.99
p:hoogte volgende|samenvatting|0.94
p:hoogte volgende|bedanken|0.94
p:hoor daar|etiketteren|0.98
p:hoor dat|ik-boodschap|0.71
p:hoor dat|gevoelsreflectie|2.21
p:hoor dat|open-vraag|0.68
p:hoor dat|aanmoediging|-1.81
p:hoor dat|bevelen|0.96
p:hoor dat|prijzen|-0.99
p:hoor dat|etiketteren|-0.93
p:hoor dat|afleiden|-0.78
p:hoor dat|bedanken|-0.99
p:hoor hoe|prijzen|0.97
p:hoor ik|gevoelsreflectie|0.92
p:hoor ik|aanmoediging|0.94
p:hoor ik|bevelen|-0.98
p:hoor ik|ondervragen|0.96
p:hoor is|parafrase|0.86
p:hoor is|gevoelsreflectie|0.91
p:hoor is|open-vraag|-0.92
p:hoor je|waarschuwen|-0.52
p:hoor je|moraliseren|0.99
p:hoor je|adviseren|-0.96
p:hoor u|gevoelsreflectie|-0.77
p:hoor u|aanmoediging|0.96
p:hoor voelt|gevoelsreflectie|0.97
p:hoorde dat|ik-boodschap|0.93
p:hoorde dat|gevoelsreflectie|-0.83
p:hoort bij|moraliseren|0.91
p:hoort bij|afleiden|-0.64
p:hoort dan|bekritiseren|-1.87
p:hoort een|afleiden|-0.94
p:hoort er|geruststellen|-0.94
p:hoort er|afleiden|1.6
p:hoort gewoon|moraliseren|-0.95
p:hoort gewoon|prijzen|-0.89
p:hoort gewoon|interpreteren|-0.96
p:hoort het|moraliseren|0.95
p:hoort ieder|jij-boodschap|-0.97
p:hoort ieder|bekritiseren|-1.53
p:hoort je|jij-boodschap|-2.0
p:hoort je|moraliseren|1.0
p:hoort je|adviseren|-1.0
p:hoort je|bekritiseren|-1.0
p:hoort je|etiketteren|-1.0
p:hoort je|ondervragen|-1.0
p:hoort nu|moraliseren|-0.94
p:hoort nu|argumenteren|-0.99
p:hoort nu|afleiden|1.65
p:hoort om|parafrase|0.96
p:hoort op|jij-boodschap|-0.97
p:hoort op|bekritiseren|-1.53
p:hoort te|jij-boodschap|1.0
p:hoort te|moraliseren|1.0
p:hoort te|bekritiseren|1.0
p:hoort u|waarschuwen|-0.92
p:hoort u|argumenteren|0.96
p:hoort u|bekritiseren|0.98
p:hoort zijn|waarschuwen|0.54
p:horen daarom|bevelen|-0.89
p:horen de|moraliseren|0.95
p:horen de|argumenteren|-0.95
p:horen hoe|ik-boodschap|-0.91
p:horen hoe|gevoelsreflectie|-0.72
p:horen hoe|samenvatting|1.04
p:horen hoe|open-vraag|-0.78
p:horen hoe|vervolgafspraak|1.0
p:horen hoe|bedanken|0.94
p:horen waar|gevoelsreflectie|1.0
p:horen waar|open-vraag|1.0
p:horen wat|bekritiseren|-0.92
p:hou daar|bevelen|0.89
p:hou hier|bevelen|0.52
p:hou hier|waarschuwen|-0.81
p:hou op|bevelen|0.99
p:hou op|geruststellen|-0.99
p:houd de|samenvatting|0.94
p:houd de|bedanken|0.94
p:houden anders|bevelen|0.51
p:houden anders|waarschuwen|0.76
p:houden contact|open-vraag|-0.99
p:houden contact|aanmoediging|-0.99
p:houden dat|jij-boodschap|-1.0
p:houden dat|bekritiseren|-1.0
p:houden het|afleiden|0.96
p:houden je|bekritiseren|0.97
p:houden zijn|samenvatting|0.92
p:houden zijn|vervolgafspraak|0.92
p:houden zijn|bedanken|0.92
p:houden zo|waarschuwen|-0.52
p:houdt dat|samenvatting|-1.0
p:houdt dat|interpreteren|-1.0
p:houdt hem|bevelen|0.96
p:houdt hem|vervolgafspraak|-0.96
p:houdt hoe|jij-boodschap|-0.91
p:houdt hoe|open-vraag|0.63
p:houdt hoe|bekritiseren|-0.91
p:houdt u|gevoelsreflectie|0.99
p:houdt zich|jij-boodschap|1.91
p:houdt zich|aanmoediging|-1.0
p:houdt zich|argumenteren|-1.0
p:houdt zich|bekritiseren|1.0
p:houdt zich|prijzen|-1.0
p:houdt zich|afronding-aankondigen|-1.0
p:huilend het|ik-boodschap|0.78
p:huis eigenlijk|open-vraag|-1.65
p:huis eigenlijk|afleiden|0.88
p:huis fietst|gevoelsreflectie|-0.99
p:huis gaan|etiketteren|-0.98
p:huis ging|ik-boodschap|0.99
p:huis ging|samenvatting|-0.99
p:huis uit|ik-boodschap|-0.87
p:huis uit|moraliseren|0.98
p:huisarts aankloppen|gevoelsreflectie|0.93
p:huisarts gaan|parafrase|-0.96
p:huisarts gaan|geruststellen|0.72
p:huisarts gezegd|ondervragen|-0.94
p:huisarts op|samenvatting|0.91
p:huisarts op|vervolgafspraak|0.91
p:huisarts te|adviseren|0.99
p:huisarts te|bekritiseren|-0.99
p:huisarts was|ik-boodschap|-0.91
p:huisarts was|samenvatting|-0.91
p:huisarts was|adviseren|-0.91
p:huiswerk ?|afleiden|-0.97
p:huiswerk af|ik-boodschap|-0.92
p:huiswerk blijft|samenvatting|0.85
p:huiswerk de|ik-boodschap|-0.82
p:huiswerk de|open-vraag|0.98
p:huiswerk deze|afleiden|-0.98
p:huiswerk en|jij-boodschap|-0.85
p:huiswerk gaat|moraliseren|0.95
p:huiswerk gewoon|ondervragen|-1.0
p:huiswerk helpt|argumenteren|0.99
p:huiswerk maakt|adviseren|0.94
p:huiswerk niet|ik-boodschap|-0.3
p:huiswerk niet|open-vraag|-0.78
p:huiswerk niet|waarschuwen|-0.92
p:huiswerk niet|bekritiseren|-1.23
p:huiswerk niet|vervolgafspraak|0.64
p:huiswerk niet|bedanken|-0.94
p:huiswerk te|waarschuwen|0.54
p:huiswerk toe|parafrase|0.99
p:huiswerk toe|bekritiseren|-0.99
p:huiswerk vaak|ik-boodschap|0.81
p:huiswerk vaak|geruststellen|-0.96
p:huiswerk voor|jij-boodschap|1.0
p:huiswerk voor|bekritiseren|1.8
p:huiswerk weer|jij-boodschap|0.91
p:huiswerk weer|bekritiseren|1.0
p:huiswerk wel|parafrase|0.98
p:huiswerk wel|open-vraag|0.97
p:huiswerk zit|open-vraag|-0.95
p:huiswerkinstituut ?|adviseren|0.98
p:huiswerkklas en|parafrase|-0.78
p:huiswerkklas en|samenvatting|0.65
p:huiswerkmoment afspreken|vervolgafspraak|-0.98
p:huiswerkopdracht ingelevert|ik-boodschap|0.97
p:huiswerkopdracht ingelevert|jij-boodschap|-0.97
p:huiswerkopdracht ingelevert|bekritiseren|-0.97
p:huiswerkritme er|prijzen|0.97
p:huiswerktijd afspreken|open-vraag|-0.78
p:huiswerktijd afspreken|waarschuwen|-0.99
p:huiswerktijd afspreken|adviseren|1.86
p:hulp nodig|prijzen|0.95
p:hulp op|samenvatting|0.99
p:hulp vragen|adviseren|0.98
p:hun concentratie|aanmoediging|-0.99
p:hun kind|moraliseren|0.91
p:hun vraag|ik-boodschap|0.96
p:hysterisch en|bevelen|2.47
p:hysterisch en|geruststellen|-0.99
p:hè ?|gevoelsreflectie|0.98
p:hè ?|open-vraag|-0.98
p:hè ?|ondervragen|-0.98
p:hé bram|afleiden|-0.71
p:idee dat|parafrase|1.91
p:idee dat|interpreteren|1.91
p:idee hoe|jij-boodschap|-0.72
p:idee om|adviseren|1.82
p:idee om|prijzen|0.98
p:idee om|geruststellen|-1.0
p:idee zou|moraliseren|-0.98
p:idee zou|interpreteren|-0.98
p:ideeën heeft|gevoelsreflectie|-0.8
p:ieder kind|jij-boodschap|-0.97
p:ieder kind|bekritiseren|-1.53
p:iedereen gekregen|ik-boodschap|-0.81
p:iedereen gekregen|afleiden|-0.96
p:iedereen haalt|etiketteren|-0.68
p:iedereen haalt|geruststellen|-0.96
p:iedereen haalt|afleiden|0.96
p:iedereen heeft|open-vraag|-0.93
p:iedereen heeft|afleiden|0.71
p:iedereen is|jij-boodschap|0.91
p:iedereen is|samenvatting|-0.91
p:iedereen is|open-vraag|-0.87
p:iedereen is|moraliseren|-0.9
p:iedereen is|bekritiseren|0.91
p:iedereen is|afleiden|0.75
p:iedereen spiekt|jij-boodschap|-0.91
p:iedereen spiekt|afleiden|0.91
p:iedereen wel|geruststellen|-0.7
p:iedereen wel|afleiden|-0.7
p:iemand anders|bevelen|-0.7
p:iemand anders|waarschuwen|-0.9
p:iemand gewond|ik-boodschap|0.98
p:iemand met|prijzen|0.96
p:iemand niet|moraliseren|0.93
p:iemand pijn|jij-boodschap|-1.0
p:iemand pijn|moraliseren|1.0
p:iemand pijn|adviseren|-1.0
p:iemand pijn|etiketteren|-1.0
p:iemand uitlachen|moraliseren|0.87
p:iemand uitschelden|jij-boodschap|-1.27
p:iemand uitschelden|moraliseren|0.96
p:iemand uitschelden|bekritiseren|-1.79
p:iets anders|argumenteren|-1.0
p:iets anders|afleiden|0.96
p:iets is|vervolgafspraak|0.84
p:iets moois|prijzen|-1.0
p:iets nodig|jij-boodschap|1.0
p:iets nodig|bekritiseren|1.89
p:iets positiefs|afronding-aankondigen|-0.99
p:iets te|jij-boodschap|0.92
p:iets te|bekritiseren|0.87
p:iets terug|jij-boodschap|-1.0
p:iets terug|interpreteren|-1.0
p:iets van|samenvatting|-0.94
p:iets van|geruststellen|-1.0
p:iets verkeerd|bekritiseren|-0.81
p:iets vertellen|bekritiseren|-1.0
p:iets vertellen|ondervragen|-1.0
p:iets zei|gevoelsreflectie|1.87
p:ik aan|jij-boodschap|1.0
p:ik aan|bevelen|-0.87
p:ik aan|bekritiseren|1.0
p:ik alles|gevoelsreflectie|-1.68
p:ik app|samenvatting|-0.94
p:ik app|vervolgafspraak|0.98
p:ik balen|gevoelsreflectie|-0.76
p:ik balen|open-vraag|1.0
p:ik balen|afronding-aankondigen|-1.0
p:ik begrijp|parafrase|-0.9
p:ik begrijp|gevoelsreflectie|0.1
p:ik begrijp|open-vraag|-0.78
p:ik begrijp|aanmoediging|1.0
p:ik begrijp|argumenteren|0.82
p:ik begrijp|bekritiseren|0.12
p:ik begrijp|geruststellen|1.07
p:ik begrijp|afleiden|0.71
p:ik bel|ik-boodschap|-0.91
p:ik bel|gevoelsreflectie|-0.99
p:ik bel|samenvatting|-0.84
p:ik bel|open-vraag|-0.78
p:ik bel|adviseren|-0.99
p:ik bel|vervolgafspraak|1.98
p:ik ben|ik-boodschap|1.94
p:ik ben|gevoelsreflectie|-0.99
p:ik ben|open-vraag|1.03
p:ik ben|aanmoediging|-0.35
p:ik ben|bevelen|0.93
p:ik ben|argumenteren|-1.0
p:ik ben|afleiden|-0.98
p:ik ben|bedanken|0.99
p:ik beëindig|afronding-aankondigen|1.95
p:ik daar|ik-boodschap|1.72
p:ik daar|jij-boodschap|-0.92
p:ik daar|bekritiseren|-0.31
p:ik daar|ondervragen|0.91
p:ik dat|ik-boodschap|0.93
p:ik dat|parafrase|-1.57
p:ik dat|aanmoediging|-0.99
p:ik dat|bevelen|0.94
p:ik de|ik-boodschap|-0.97
p:ik de|jij-boodschap|-1.0
p:ik de|parafrase|0.96
p:ik de|waarschuwen|0.99
p:ik de|argumenteren|-0.97
p:ik de|prijzen|-0.9
p:ik de|afleiden|-0.96
p:ik de|afronding-aankondigen|-0.9
p:ik denk|ik-boodschap|-1.94
p:ik denk|jij-boodschap|1.0
p:ik denk|waarschuwen|-0.99
p:ik denk|bekritiseren|0.72
p:ik denk|etiketteren|0.97
p:ik denk|interpreteren|1.94
p:ik denk|afleiden|-0.98
p:ik denk|afronding-aankondigen|0.75
p:ik denk|vervolgafspraak|-0.92
p:ik die|parafrase|0.98
p:ik die|adviseren|0.98
p:ik dit|jij-boodschap|2.73
p:ik dit|gevoelsreflectie|-0.92
p:ik dit|etiketteren|1.61
p:ik dit|geruststellen|-0.98
p:ik echt|ik-boodschap|0.99
p:ik echt|parafrase|-0.99
p:ik echt|gevoelsreflectie|-0.99
p:ik een|waarschuwen|-0.99
p:ik een|argumenteren|-0.97
p:ik een|bekritiseren|0.99
p:ik een|etiketteren|-0.98
p:ik een|geruststellen|-0.98
p:ik eens|parafrase|-0.96
p:ik eens|prijzen|-0.98
p:ik erger|bekritiseren|0.52
p:ik even|ik-boodschap|0.96
p:ik even|gevoelsreflectie|-0.96
p:ik ga|jij-boodschap|-0.99
p:ik ga|aanmoediging|-0.97
p:ik ga|vervolgafspraak|-0.98
p:ik geen|ik-boodschap|1.0
p:ik geen|open-vraag|-0.85
p:ik geen|bevelen|-1.0
p:ik geen|waarschuwen|-1.0
p:ik geen|moraliseren|-1.0
p:ik geen|argumenteren|0.97
p:ik geen|geruststellen|-1.0
p:ik geen|vervolgafspraak|-1.0
p:ik gelezen|ik-boodschap|-0.99
p:ik goed|parafrase|0.99
p:ik haar|parafrase|-0.95
p:ik haar|adviseren|0.99
p:ik had|bekritiseren|-2.41
p:ik heb|ik-boodschap|-1.6
p:ik heb|jij-boodschap|-1.92
p:ik heb|gevoelsreflectie|-0.88
p:ik heb|aanmoediging|0.94
p:ik heb|adviseren|-0.92
p:ik heb|argumenteren|0.89
p:ik heb|bekritiseren|-0.54
p:ik heb|interpreteren|0.92
p:ik heb|vervolgafspraak|-0.96
p:ik hem|ik-boodschap|-0.81
p:ik hem|gevoelsreflectie|-0.99
p:ik hem|open-vraag|0.78
p:ik hem|bevelen|0.3
p:ik hem|waarschuwen|1.81
p:ik hem|adviseren|0.99
p:ik hem|bekritiseren|-0.96
p:ik hem|prijzen|0.99
p:ik hem|vervolgafspraak|-0.3
p:ik hem|bedanken|-0.94
p:ik het|jij-boodschap|-0.93
p:ik het|parafrase|3.58
p:ik het|gevoelsreflectie|-0.92
p:ik het|open-vraag|-1.1
p:ik het|bevelen|-0.65
p:ik het|waarschuwen|0.41
p:ik het|adviseren|-0.92
p:ik het|etiketteren|-0.98
p:ik het|afleiden|0.95
p:ik hoor|ik-boodschap|0.71
p:ik hoor|gevoelsreflectie|1.44
p:ik hoor|open-vraag|0.68
p:ik hoor|bevelen|0.96
p:ik hoor|prijzen|-0.99
p:ik hoor|geruststellen|-0.99
p:ik hoor|bedanken|-0.99
p:ik hoorde|ik-boodschap|0.93
p:ik hoorde|gevoelsreflectie|-0.83
p:ik houd|samenvatting|0.94
p:ik houd|bedanken|0.94
p:ik in|jij-boodschap|0.9
p:ik in|bekritiseren|0.9
p:ik jammer|adviseren|0.91
p:ik jammer|bedanken|-0.94
p:ik je|waarschuwen|0.92
p:ik je|prijzen|-0.91
p:ik je|afronding-aankondigen|0.98
p:ik je|vervolgafspraak|1.96
p:ik kan|ik-boodschap|-1.83
p:ik kan|gevoelsreflectie|2.86
p:ik kan|bekritiseren|-1.0
p:ik kijk|samenvatting|-0.62
p:ik kijk|vervolgafspraak|0.99
p:ik lastig|ik-boodschap|1.0
p:ik lastig|open-vraag|-0.85
p:ik lastig|bevelen|-1.0
p:ik lastig|waarschuwen|-1.0
p:ik lastig|moraliseren|-1.0
p:ik lastig|argumenteren|-0.97
p:ik lastig|bekritiseren|-1.0
p:ik lastig|geruststellen|-1.0
p:ik lastig|ondervragen|-1.0
p:ik lastig|vervolgafspraak|-1.0
p:ik luister|gevoelsreflectie|-0.2
p:ik luister|samenvatting|-0.91
p:ik luister|aanmoediging|0.99
p:ik luister|vervolgafspraak|-1.0
p:ik maak|ik-boodschap|-0.99
p:ik maak|gevoelsreflectie|-0.94
p:ik maak|samenvatting|-0.96
p:ik maak|bekritiseren|-0.99
p:ik maak|interpreteren|-0.95
p:ik maak|geruststellen|-0.95
p:ik maak|vervolgafspraak|-0.99
p:ik maandag|ik-boodschap|0.86
p:ik maandag|vervolgafspraak|-0.95
p:ik maar|gevoelsreflectie|0.92
p:ik maar|geruststellen|0.85
p:ik maar|ondervragen|0.96
p:ik mail|bedanken|-0.99
p:ik me|ik-boodschap|1.76
p:ik me|gevoelsreflectie|-0.8
p:ik merk|ik-boodschap|-0.88
p:ik merk|gevoelsreflectie|1.74
p:ik merk|open-vraag|0.15
p:ik merk|aanmoediging|0.99
p:ik merk|adviseren|0.91
p:ik merk|prijzen|-1.0
p:ik merk|geruststellen|-0.96
p:ik met|ik-boodschap|-0.71
p:ik met|samenvatting|0.97
p:ik met|vervolgafspraak|0.94
p:ik mijn|bekritiseren|0.95
p:ik misschien|gevoelsreflectie|0.93
p:ik mo|ik-boodschap|0.94
p:ik mo|waarschuwen|-0.94
p:ik moet|ik-boodschap|0.96
p:ik moet|samenvatting|-0.92
p:ik moet|waarschuwen|0.94
p:ik moet|afronding-aankondigen|0.98
p:ik moet|vervolgafspraak|-1.91
p:ik naar|ik-boodschap|0.81
p:ik naar|jij-boodschap|-0.91
p:ik naar|bekritiseren|-0.91
p:ik niet|ik-boodschap|0.99
p:ik niet|parafrase|-0.95
p:ik niet|samenvatting|-0.99
p:ik niet|waarschuwen|-0.92
p:ik niet|vervolgafspraak|-0.98
p:ik niets|waarschuwen|0.91
p:ik niks|adviseren|-0.98
p:ik niks|argumenteren|0.98
p:ik nu|bevelen|-0.85
p:ik nu|waarschuwen|-0.8
p:ik nu|ondervragen|-0.92
p:ik nu|afleiden|0.99
p:ik ook|afleiden|-0.91
p:ik overleg|samenvatting|0.91
p:ik overleg|vervolgafspraak|0.91
p:ik plan|gevoelsreflectie|0.8
p:ik plan|afronding-aankondigen|-1.0
p:ik plan|vervolgafspraak|1.89
p:ik plan|bedanken|-1.0
p:ik praat|parafrase|-0.78
p:ik praat|samenvatting|0.65
p:ik regel|vervolgafspraak|0.97
p:ik reken|jij-boodschap|-0.91
p:ik reken|prijzen|1.86
p:ik reken|etiketteren|-0.91
p:ik rond|ik-boodschap|-0.98
p:ik schrik|ik-boodschap|0.77
p:ik schrok|open-vraag|-0.99
p:ik sluit|bedanken|0.96
p:ik snap|parafrase|-1.0
p:ik snap|gevoelsreflectie|1.45
p:ik snap|bevelen|0.84
p:ik snap|adviseren|0.92
p:ik snap|geruststellen|0.92
p:ik spreek|samenvatting|0.85
p:ik spreek|bevelen|-0.98
p:ik spreek|bedanken|-0.92
p:ik spreken|vervolgafspraak|1.0
p:ik steeds|parafrase|-0.99
p:ik stel|ik-boodschap|-0.97
p:ik stel|vervolgafspraak|0.95
p:ik stuur|aanmoediging|-1.0
p:ik stuur|bevelen|1.0
p:ik stuur|waarschuwen|1.52
p:ik stuur|moraliseren|-1.0
p:ik stuur|adviseren|-0.99
p:ik stuur|prijzen|-1.0
p:ik stuur|vervolgafspraak|0.93
p:ik tegelijk|ik-boodschap|0.6
p:ik tegen|ik-boodschap|-0.95
p:ik tegen|bevelen|0.95
p:ik typerend|jij-boodschap|0.9
p:ik u|ik-boodschap|-0.91
p:ik u|parafrase|0.99
p:ik u|samenvatting|1.79
p:ik u|waarschuwen|0.66
p:ik u|adviseren|0.99
p:ik u|bekritiseren|-0.99
p:ik u|geruststellen|0.91
p:ik u|vervolgafspraak|0.98
p:ik u|bedanken|0.98
p:ik van|ik-boodschap|1.93
p:ik van|parafrase|0.86
p:ik van|gevoelsreflectie|-0.83
p:ik van|samenvatting|-0.99
p:ik van|open-vraag|-0.92
p:ik van|waarschuwen|-0.99
p:ik van|bekritiseren|-0.96
p:ik van|geruststellen|0.99
p:ik verdrietig|ik-boodschap|-0.77
p:ik vervelend|open-vraag|0.78
p:ik vind|ik-boodschap|0.8
p:ik vind|jij-boodschap|0.78
p:ik vind|gevoelsreflectie|-2.44
p:ik vind|samenvatting|-1.0
p:ik vind|bevelen|-0.93
p:ik vind|adviseren|-0.92
p:ik vind|bekritiseren|1.95
p:ik vind|vervolgafspraak|-1.93
p:ik voel|parafrase|-0.99
p:ik voel|aanmoediging|-0.94
p:ik volg|open-vraag|-1.0
p:ik volg|aanmoediging|0.92
p:ik volg|bedanken|-1.0
p:ik vond|ik-boodschap|2.78
p:ik vond|bekritiseren|0.87
p:ik vraag|jij-boodschap|0.97
p:ik waardeer|prijzen|0.91
p:ik waardeer|afronding-aankondigen|-1.0
p:ik waardeer|bedanken|1.05
p:ik waarschuw|waarschuwen|1.0
p:ik wacht|bevelen|-0.98
p:ik weet|adviseren|-0.98
p:ik weet|prijzen|1.95
p:ik weet|interpreteren|-1.0
p:ik werk|samenvatting|-1.0
p:ik wil|ik-boodschap|-0.93
p:ik wil|samenvatting|0.92
p:ik wil|open-vraag|0.78
p:ik wil|bevelen|0.54
p:ik wil|waarschuwen|-0.81
p:ik wil|bekritiseren|-0.98
p:ik wil|prijzen|-0.89
p:ik wil|ondervragen|-1.0
p:ik wil|afronding-aankondigen|0.95
p:ik wil|vervolgafspraak|-0.12
p:ik word|ik-boodschap|1.85
p:ik word|gevoelsreflectie|-0.52
p:ik word|etiketteren|-0.96
p:ik zag|ik-boodschap|-0.95
p:ik zag|open-vraag|-1.0
p:ik zag|interpreteren|-0.91
p:ik zeg|ik-boodschap|-1.6
p:ik zeg|samenvatting|0.92
p:ik zeg|waarschuwen|-0.92
p:ik zeg|geruststellen|0.89
p:ik zie|ik-boodschap|0.19
p:ik zie|jij-boodschap|-1.92
p:ik zie|gevoelsreflectie|1.06
p:ik zie|bevelen|-0.93
p:ik zie|bekritiseren|-0.31
p:ik zie|etiketteren|-0.99
p:ik zie|interpreteren|-0.99
p:ik zie|geruststellen|-0.72
p:ik zie|vervolgafspraak|-0.94
p:ik zie|bedanken|-0.96
p:ik zit|ik-boodschap|-0.97
p:ik zit|interpreteren|-0.92
p:ik zonde|vervolgafspraak|0.97
p:ik zou|adviseren|0.94
p:ik zwaar|ik-boodschap|0.91
p:in 2b|bekritiseren|-0.98
p:in 3b|jij-boodschap|-0.67
p:in bed|parafrase|0.96
p:in bed|prijzen|-0.89
p:in bij|argumenteren|0.97
p:in dat|prijzen|1.91
p:in dat|afleiden|-0.93
p:in de|ik-boodschap|-0.27
p:in de|jij-boodschap|-0.17
p:in de|parafrase|-1.03
p:in de|samenvatting|1.75
p:in de|open-vraag|1.9
p:in de|bevelen|0.82
p:in de|waarschuwen|-0.98
p:in de|moraliseren|0.13
p:in de|adviseren|-0.85
p:in de|bekritiseren|0.48
p:in de|etiketteren|-0.7
p:in de|geruststellen|0.28
p:in de|afleiden|0.79
p:in de|vervolgafspraak|0.92
p:in de|bedanken|0.92
p:in die|jij-boodschap|0.77
p:in die|bekritiseren|0.94
p:in een|adviseren|0.98
p:in een|prijzen|-0.95
p:in een|geruststellen|0.78
p:in elke|afleiden|0.97
p:in goede|geruststellen|0.82
p:in groepjes|ik-boodschap|-0.81
p:in haar|geruststellen|-0.99
p:in hebt|jij-boodschap|1.72
p:in hebt|bekritiseren|1.62
p:in hebt|interpreteren|-0.91
p:in heeft|ondervragen|-0.92
p:in het|ik-boodschap|1.07
p:in het|jij-boodschap|-0.72
p:in het|bevelen|-0.84
p:in het|afleiden|-0.74
p:in het|vervolgafspraak|-0.95
p:in hoe|gevoelsreflectie|0.95
p:in hoe|bekritiseren|0.89
p:in je|ik-boodschap|0.97
p:in je|waarschuwen|-0.97
p:in je|geruststellen|-0.97
p:in jezelf|jij-boodschap|-0.98
p:in jouw|adviseren|0.94
p:in kringetjes|ik-boodschap|0.98
p:in magister|ik-boodschap|0.93
p:in magister|bevelen|-0.88
p:in magister|argumenteren|0.92
p:in mijn|ik-boodschap|-0.97
p:in nederland|moraliseren|0.91
p:in plaats|adviseren|-0.94
p:in plaats|afleiden|1.0
p:in samen|vervolgafspraak|1.0
p:in samen|bedanken|-1.0
p:in taal|bekritiseren|-0.91
p:in te|ik-boodschap|-1.0
p:in te|jij-boodschap|-1.0
p:in te|parafrase|-1.0
p:in te|gevoelsreflectie|-1.0
p:in te|samenvatting|-1.0
p:in te|open-vraag|-1.0
p:in te|aanmoediging|-1.0
p:in te|bevelen|-1.0
p:in te|waarschuwen|-1.0
p:in te|moraliseren|-1.0
p:in te|adviseren|-1.0
p:in te|argumenteren|-1.0
p:in te|bekritiseren|-1.0
p:in te|prijzen|-1.0
p:in te|etiketteren|-1.0
p:in te|interpreteren|-1.0
p:in te|geruststellen|-1.0
p:in te|ondervragen|-1.0
p:in te|afleiden|-1.0
p:in te|afronding-aankondigen|-1.0
p:in te|vervolgafspraak|-1.0
p:in te|bedanken|-1.0
p:in tot|bevelen|-0.62
p:in tot|waarschuwen|0.98
p:in tot|vervolgafspraak|-0.94
p:in uw|jij-boodschap|1.0
p:in uw|aanmoediging|-1.0
p:in uw|argumenteren|-1.0
p:in uw|bekritiseren|1.0
p:in uw|afleiden|-0.96
p:in vier|ik-boodschap|-0.87
p:in voor|gevoelsreflectie|0.8
p:in voor|vervolgafspraak|0.89
p:in week|open-vraag|-1.0
p:in wiskunde|bekritiseren|-0.91
p:in zijn|ik-boodschap|1.0
p:in zijn|jij-boodschap|-0.36
p:in zijn|bekritiseren|-0.56
p:incident op|afleiden|0.95
p:incident zouden|parafrase|0.98
p:indruk maken|interpreteren|0.95
p:informatie u|bekritiseren|-0.1
p:informatie u|bedanken|-0.98
p:informatie van|gevoelsreflectie|-1.0
p:informatie van|vervolgafspraak|-1.0
p:informatieavond geweest|prijzen|-0.99
p:ingehaald toch|bekritiseren|-0.63
p:ingeleverd dus|ik-boodschap|0.93
p:ingeleverd dus|jij-boodschap|-0.93
p:ingeleverd dus|bekritiseren|-0.7
p:ingeleverd maar|bekritiseren|-0.94
p:ingelicht over|ondervragen|0.83
p:inhalen en|ik-boodschap|0.91
p:inlevert kan|waarschuwen|-0.92
p:inlevert krijgt|waarschuwen|0.92
p:inlevert mag|waarschuwen|0.93
p:inmiddels van|vervolgafspraak|-1.0
p:inpakt ?|open-vraag|-0.98
p:inpakt ?|adviseren|1.85
p:inschrijven via|open-vraag|-1.0
p:inspectie gedreigd|bekritiseren|0.82
p:interesse toont|bekritiseren|0.2
p:intern begeleider|prijzen|-0.9
p:intern begeleider|afronding-aankondigen|-0.9
p:internet doet|jij-boodschap|-0.84
p:iris de|waarschuwen|-0.99
p:irriteert me|bekritiseren|1.8
p:is ?|parafrase|0.74
p:is ?|vervolgafspraak|0.84
p:is aangekomen|bekritiseren|-0.94
p:is als|adviseren|0.94
p:is als|interpreteren|-0.99
p:is als|vervolgafspraak|-0.99
p:is begrijp|ik-boodschap|-0.98
p:is begrijp|parafrase|0.98
p:is begrijp|gevoelsreflectie|0.95
p:is beter|samenvatting|0.85
p:is bijna|afleiden|0.96
p:is bijna|afronding-aankondigen|0.99
p:is daar|ik-boodschap|-0.87
p:is dat|parafrase|0.86
p:is dat|open-vraag|-0.14
p:is dat|bevelen|0.82
p:is dat|argumenteren|1.01
p:is dat|ondervragen|0.91
p:is de|moraliseren|-0.9
p:is de|afleiden|0.75
p:is degene|jij-boodschap|1.64
p:is degene|bekritiseren|1.76
p:is dex|vervolgafspraak|-0.64
p:is dit|argumenteren|-0.98
p:is dit|bekritiseren|1.94
p:is dit|prijzen|-0.97
p:is dit|etiketteren|-0.86
p:is dit|afleiden|-0.95
p:is duidelijk|argumenteren|1.94
p:is echt|jij-boodschap|-2.1
p:is echt|waarschuwen|-0.99
p:is echt|bekritiseren|2.22
p:is echt|etiketteren|-0.12
p:is een|jij-boodschap|-1.02
p:is een|argumenteren|-1.0
p:is een|bekritiseren|-0.92
p:is een|etiketteren|-0.18
p:is een|geruststellen|-0.99
p:is een|afleiden|0.81
p:is er|jij-boodschap|-0.91
p:is er|parafrase|-0.72
p:is er|gevoelsreflectie|0.11
p:is er|open-vraag|-0.32
p:is gebeurd|ik-boodschap|0.96
p:is gebeurd|open-vraag|0.96
p:is geduwd|ik-boodschap|0.71
p:is geduwd|gevoelsreflectie|0.83
p:is geen|argumenteren|-0.91
p:is gekomen|gevoelsreflectie|-0.98
p:is gekomen|vervolgafspraak|-0.99
p:is gelukkig|etiketteren|-0.98
p:is gewoon|jij-boodschap|-0.35
p:is gewoon|argumenteren|-0.81
p:is gewoon|bekritiseren|-1.72
p:is gewoon|etiketteren|0.67
p:is gewoon|interpreteren|-0.93
p:is gewoon|geruststellen|-0.99
p:is geworden|etiketteren|0.97
p:is geworden|ondervragen|-0.91
p:is goed|gevoelsreflectie|-1.0
p:is goed|open-vraag|-1.0
p:is goed|adviseren|0.99
p:is heel|argumenteren|0.69
p:is heel|geruststellen|0.94
p:is heel|afleiden|-1.77
p:is het|ik-boodschap|0.85
p:is het|jij-boodschap|0.44
p:is het|parafrase|-0.96
p:is het|open-vraag|0.37
p:is het|waarschuwen|-0.52
p:is het|adviseren|1.0
p:is het|argumenteren|1.91
p:is het|etiketteren|-0.58
p:is het|geruststellen|-1.0
p:is heus|argumenteren|-0.9
p:is heus|geruststellen|0.96
p:is hier|geruststellen|0.82
p:is hij|interpreteren|0.99
p:is hij|geruststellen|0.99
p:is je|open-vraag|0.91
p:is kader|adviseren|-0.94
p:is maar|gevoelsreflectie|-0.88
p:is maar|bekritiseren|0.12
p:is maar|geruststellen|0.98
p:is me|ik-boodschap|-0.99
p:is met|adviseren|0.95
p:is misschien|adviseren|0.96
p:is misschien|interpreteren|0.96
p:is moe|samenvatting|0.92
p:is moe|waarschuwen|-0.92
p:is mooi|bedanken|-0.96
p:is natuurlijk|adviseren|-0.96
p:is natuurlijk|etiketteren|-0.35
p:is nemen|ik-boodschap|0.99
p:is netjes|aanmoediging|-0.73
p:is netjes|bekritiseren|-0.97
p:is niet|ik-boodschap|-0.97
p:is niet|geruststellen|1.9
p:is niet|afleiden|-0.78
p:is normaal|interpreteren|-0.96
p:is nou|jij-boodschap|2.04
p:is nou|moraliseren|-0.99
p:is nou|adviseren|-0.99
p:is nou|argumenteren|-0.1
p:is nou|etiketteren|0.72
p:is nu|bevelen|-0.52
p:is nu|moraliseren|0.94
p:is nu|argumenteren|0.17
p:is om|moraliseren|-1.86
p:is om|etiketteren|-0.93
p:is omdat|interpreteren|0.99
p:is onmogelijk|argumenteren|0.93
p:is onvoldoende|parafrase|-1.0
p:is onvoldoende|argumenteren|1.0
p:is op|bevelen|-1.0
p:is op|waarschuwen|-1.0
p:is op|adviseren|-1.0
p:is op|argumenteren|0.18
p:is op|interpreteren|0.89
p:is op|afleiden|-0.74
p:is prikkelbaar|parafrase|-0.99
p:is prima|bekritiseren|-0.9
p:is rekenen|adviseren|-0.98
p:is rekenen|argumenteren|0.98
p:is samen|adviseren|-0.98
p:is samen|argumenteren|0.98
p:is sophie|gevoelsreflectie|0.91
p:is te|geruststellen|-0.96
p:is tegen|jij-boodschap|0.91
p:is tegen|samenvatting|-0.91
p:is tegen|open-vraag|-0.87
p:is tegen|bekritiseren|0.91
p:is tegenwoordig|geruststellen|-0.96
p:is tegenwoordig|afleiden|0.96
p:is tijd|moraliseren|-0.99
p:is tijd|argumenteren|-0.97
p:is tijd|interpreteren|-0.99
p:is toch|jij-boodschap|-1.0
p:is toch|gevoelsreflectie|0.98
p:is toch|bekritiseren|-0.31
p:is toch|prijzen|-0.96
p:is toch|afleiden|1.67
p:is typisch|etiketteren|0.99
p:is uw|samenvatting|-0.99
p:is uw|bevelen|-1.0
p:is uw|moraliseren|1.95
p:is uw|bekritiseren|-0.95
p:is volgende|argumenteren|-1.0
p:is volgens|argumenteren|-0.87
p:is voor|ik-boodschap|-0.86
p:is voor|jij-boodschap|-0.39
p:is voor|parafrase|0.99
p:is voor|argumenteren|0.93
p:is voor|bedanken|-0.98
p:is vooral|samenvatting|-0.87
p:is vooral|prijzen|-0.98
p:is voorzichtig|argumenteren|-0.93
p:is weggelopen|ik-boodschap|0.77
p:is ze|adviseren|-0.94
p:is zegt|jij-boodschap|-0.97
p:is zie|gevoelsreflectie|0.99
p:is zie|interpreteren|-0.99
p:is zijn|ondervragen|-1.0
p:is zo|interpreteren|0.89
p:is zo|afleiden|0.89
p:is zwak|bekritiseren|-0.91
p:isa haar|open-vraag|-1.0
p:ja dat|ik-boodschap|-0.99
p:ja en|aanmoediging|1.0
p:ja en|ondervragen|-1.0
p:ja hoor|aanmoediging|-0.84
p:ja ik|open-vraag|-1.0
p:ja ik|aanmoediging|0.92
p:ja ik|bedanken|-1.0
p:ja ja|aanmoediging|-0.96
p:ja ja|etiketteren|0.96
p:ja meneer|aanmoediging|-0.96
p:ja meneer|etiketteren|0.96
p:ja precies|aanmoediging|-0.81
p:ja pubers|geruststellen|-0.91
p:ja pubers|afleiden|0.78
p:ja vertel|aanmoediging|2.58
p:ja zo|jij-boodschap|-0.26
p:ja zo|bevelen|-0.96
p:ja zo|bekritiseren|-0.74
p:jaar al|etiketteren|-0.63
p:jaar bent|geruststellen|0.98
p:jaar bij|waarschuwen|0.64
p:jaar gaat|open-vraag|1.0
p:jaar gaat|afleiden|-0.89
p:jaar heb|jij-boodschap|1.83
p:jaar heb|etiketteren|1.61
p:jaar heb|geruststellen|-0.98
p:jaar lachen|geruststellen|0.95
p:jaar niet|adviseren|-0.99
p:jaar ook|prijzen|-0.99
p:jaar op|samenvatting|-1.0
p:jaar te|parafrase|0.99
p:jaar viel|argumenteren|-0.92
p:jaar weer|waarschuwen|0.95
p:jaar weet|jij-boodschap|-0.98
p:jaar weet|bekritiseren|-0.98
p:jaloers is|interpreteren|0.89
p:jaloers op|jij-boodschap|-0.98
p:jaloers op|prijzen|-0.98
p:jammer dat|bekritiseren|0.96
p:jammer hoe|open-vraag|0.85
p:jammer hoe|vervolgafspraak|-0.64
p:jammer ik|afronding-aankondigen|1.0
p:jammer misschien|open-vraag|-0.78
p:jammer misschien|adviseren|0.91
p:jammer vond|gevoelsreflectie|-0.85
p:jammer voor|jij-boodschap|-0.82
p:jammer voor|gevoelsreflectie|-0.83
p:jammer voor|bevelen|-0.93
p:jammer voor|bekritiseren|-0.92
p:jammer voor|vervolgafspraak|-0.93
p:jammer want|afronding-aankondigen|-0.98
p:jammer want|vervolgafspraak|-0.98
p:jammer zullen|vervolgafspraak|1.64
p:jammer zullen|bedanken|-0.94
p:jansen erbij|vervolgafspraak|1.0
p:jansen voor|jij-boodschap|-0.67
p:januari bij|gevoelsreflectie|-0.94
p:januari weer|ik-boodschap|0.93
p:jara in|ik-boodschap|-0.81
p:jayden ga|bevelen|0.63
p:jayden in|ik-boodschap|0.71
p:jayden in|gevoelsreflectie|0.83
p:jayden zich|jij-boodschap|-0.91
p:jayden zich|open-vraag|0.63
p:jayden zich|bekritiseren|-0.91
p:je ?|samenvatting|0.99
p:je aan|jij-boodschap|-1.0
p:je aan|waarschuwen|-0.52
p:je aan|bekritiseren|-1.0
p:je aansprak|gevoelsreflectie|-0.93
p:je aantekeningen|etiketteren|-0.99
p:je achterloopt|bekritiseren|-0.23
p:je af|ik-boodschap|0.99
p:je af|samenvatting|-0.99
p:je agenda|geruststellen|-0.85
p:je als|ik-boodschap|-0.99
p:je als|jij-boodschap|1.0
p:je als|samenvatting|0.86
p:je als|open-vraag|0.99
p:je als|etiketteren|1.0
p:je amira|ik-boodschap|0.99
p:je amira|gevoelsreflectie|-0.99
p:je baalt|moraliseren|-0.96
p:je baalt|geruststellen|-0.95
p:je baalt|afleiden|0.96
p:je bang|jij-boodschap|-0.96
p:je behandelt|jij-boodschap|-0.59
p:je behandelt|bevelen|-0.97
p:je behandelt|moraliseren|0.97
p:je behoorlijk|gevoelsreflectie|1.87
p:je belt|jij-boodschap|-0.86
p:je belt|bevelen|2.7
p:je belt|vervolgafspraak|-1.94
p:je belt|bedanken|-0.98
p:je bent|jij-boodschap|0.92
p:je bent|gevoelsreflectie|0.1
p:je bent|samenvatting|0.89
p:je bent|bekritiseren|0.55
p:je bent|prijzen|1.0
p:je bent|etiketteren|0.81
p:je bent|interpreteren|-0.99
p:je bent|geruststellen|-0.13
p:je bent|ondervragen|0.96
p:je bent|afleiden|-1.0
p:je bent|vervolgafspraak|-1.0
p:je best|parafrase|0.95
p:je best|moraliseren|0.87
p:je beter|adviseren|-0.98
p:je biedt|bevelen|1.45
p:je biedt|moraliseren|-0.89
p:je bij|ik-boodschap|1.67
p:je bij|gevoelsreflectie|-1.75
p:je bij|bevelen|-0.93
p:je bij|waarschuwen|-0.83
p:je bij|bekritiseren|-0.99
p:je bij|vervolgafspraak|1.89
p:je bijbaan|moraliseren|-0.97
p:je bijna|ik-boodschap|0.92
p:je bijna|moraliseren|-0.92
p:je bijna|interpreteren|-0.92
p:je binnenkomt|interpreteren|-0.99
p:je blijft|geruststellen|0.85
p:je boek|geruststellen|-0.91
p:je boos|bevelen|0.84
p:je boos|geruststellen|-0.91
p:je capuchon|ik-boodschap|-0.91
p:je cijfers|ik-boodschap|-0.99
p:je cijfers|samenvatting|0.86
p:je cijfers|open-vraag|0.99
p:je cijfers|moraliseren|-0.97
p:je cijfers|bekritiseren|-0.96
p:je daar|ik-boodschap|-1.0
p:je daar|gevoelsreflectie|1.0
p:je daar|bekritiseren|-1.0
p:je daarom|parafrase|0.95
p:je daarom|samenvatting|-0.95
p:je dan|ik-boodschap|-0.97
p:je dan|ondervragen|1.0
p:je dan|afleiden|-1.0
p:je dat|ik-boodschap|-1.0
p:je dat|jij-boodschap|0.61
p:je dat|open-vraag|1.0
p:je dat|waarschuwen|0.54
p:je dat|ondervragen|0.96
p:je dat|afronding-aankondigen|-0.96
p:je de|gevoelsreflectie|-1.73
p:je de|waarschuwen|-0.8
p:je de|argumenteren|-1.0
p:je de|bekritiseren|-0.94
p:je de|prijzen|-0.91
p:je de|interpreteren|-0.99
p:je de|afronding-aankondigen|-1.0
p:je deze|open-vraag|-0.93
p:je deze|afleiden|0.93
p:je die|parafrase|0.95
p:je die|samenvatting|-0.95
p:je dit|waarschuwen|-0.97
p:je dit|moraliseren|-0.99
p:je dit|geruststellen|-0.97
p:je dit|bedanken|0.95
p:je docent|ik-boodschap|-0.71
p:je docent|parafrase|-0.78
p:je docent|samenvatting|1.61
p:je dochter|ik-boodschap|0.91
p:je doet|ondervragen|-0.94
p:je donderdagavond|ik-boodschap|-0.91
p:je donderdagavond|samenvatting|-0.91
p:je donderdagavond|adviseren|-0.91
p:je een|ik-boodschap|-0.99
p:je eerste|open-vraag|0.91
p:je eigenlijk|ondervragen|-0.94
p:je er|ik-boodschap|-2.91
p:je er|jij-boodschap|1.86
p:je er|parafrase|-1.0
p:je er|gevoelsreflectie|1.48
p:je er|samenvatting|-1.0
p:je er|open-vraag|-1.0
p:je er|moraliseren|-0.99
p:je er|bekritiseren|1.68
p:je er|geruststellen|0.96
p:je er|ondervragen|-0.86
p:je eruit|jij-boodschap|1.56
p:je eruit|waarschuwen|0.97
p:je eruit|bekritiseren|1.12
p:je even|vervolgafspraak|0.99
p:je examen|gevoelsreflectie|0.77
p:je examen|geruststellen|0.9
p:je excuses|jij-boodschap|-0.39
p:je excuses|bevelen|2.42
p:je excuses|moraliseren|0.11
p:je excuses|adviseren|-1.0
p:je excuses|etiketteren|-1.0
p:je gaat|jij-boodschap|-0.82
p:je gaat|samenvatting|0.99
p:je gaat|open-vraag|-0.99
p:je gaat|bevelen|1.66
p:je gaat|waarschuwen|-0.56
p:je gaat|argumenteren|-0.73
p:je gaat|geruststellen|0.97
p:je gang|waarschuwen|-0.29
p:je gedraagt|jij-boodschap|1.0
p:je gedraagt|etiketteren|1.0
p:je geeft|parafrase|0.95
p:je gekozen|open-vraag|-0.96
p:je geweldige|bekritiseren|2.0
p:je geweldige|bedanken|-0.92
p:je gewoon|jij-boodschap|-2.22
p:je gewoon|parafrase|-0.99
p:je gewoon|gevoelsreflectie|-0.99
p:je gewoon|moraliseren|1.9
p:je gewoon|adviseren|-0.96
p:je gewoon|argumenteren|0.71
p:je gewoon|bekritiseren|-2.5
p:je gewoon|interpreteren|0.99
p:je gisteren|ik-boodschap|1.92
p:je gisteren|gevoelsreflectie|-0.96
p:je goed|waarschuwen|-0.96
p:je goed|bekritiseren|-0.58
p:je goed|prijzen|-0.91
p:je groepsgenoten|jij-boodschap|0.97
p:je groepsgenoten|bekritiseren|0.57
p:je gymspullen|gevoelsreflectie|-1.0
p:je haalt|gevoelsreflectie|0.77
p:je haalt|geruststellen|2.77
p:je had|gevoelsreflectie|-0.93
p:je hebt|ik-boodschap|0.62
p:je hebt|jij-boodschap|0.95
p:je hebt|gevoelsreflectie|0.24
p:je hebt|aanmoediging|-1.0
p:je hebt|bevelen|-0.93
p:je hebt|moraliseren|-0.96
p:je hebt|argumenteren|-0.94
p:je hebt|bekritiseren|-0.79
p:je hebt|geruststellen|-0.91
p:je hebt|afronding-aankondigen|-1.0
p:je heel|jij-boodschap|0.97
p:je heel|gevoelsreflectie|0.96
p:je heel|bekritiseren|0.57
p:je heen|ik-boodschap|-1.0
p:je heen|gevoelsreflectie|0.76
p:je heen|open-vraag|1.0
p:je helemaal|ik-boodschap|-0.96
p:je helemaal|geruststellen|0.91
p:je helpen|gevoelsreflectie|-0.76
p:je helpen|open-vraag|1.0
p:je helpen|afronding-aankondigen|-1.0
p:je hem|open-vraag|-1.0
p:je hem|waarschuwen|0.98
p:je hem|argumenteren|-1.0
p:je het|ik-boodschap|-0.98
p:je het|jij-boodschap|-0.92
p:je het|parafrase|0.98
p:je het|gevoelsreflectie|1.76
p:je het|open-vraag|0.97
p:je het|waarschuwen|0.9
p:je het|bekritiseren|-0.68
p:je het|interpreteren|1.82
p:je hoort|jij-boodschap|-2.0
p:je hoort|moraliseren|1.0
p:je hoort|adviseren|-1.0
p:je hoort|bekritiseren|-1.0
p:je hoort|etiketteren|-1.0
p:je hoort|interpreteren|-0.96
p:je hoort|ondervragen|-1.0
p:je houdt|bevelen|0.96
p:je houdt|vervolgafspraak|-0.96
p:je huiswerk|ik-boodschap|1.44
p:je huiswerk|jij-boodschap|0.91
p:je huiswerk|bekritiseren|-0.23
p:je huiswerk|ondervragen|-1.0
p:je iemand|jij-boodschap|-1.0
p:je iemand|moraliseren|1.0
p:je iemand|adviseren|-1.0
p:je iemand|etiketteren|-1.0
p:je iets|jij-boodschap|1.0
p:je iets|bekritiseren|1.89
p:je in|ik-boodschap|1.96
p:je in|open-vraag|0.93
p:je inschrijven|open-vraag|-1.0
p:je je|jij-boodschap|0.97
p:je je|gevoelsreflectie|2.69
p:je je|samenvatting|-0.96
p:je je|open-vraag|-0.98
p:je je|waarschuwen|1.27
p:je je|moraliseren|0.99
p:je je|adviseren|2.81
p:je je|bekritiseren|1.33
p:je je|etiketteren|-0.99
p:je kamer|ik-boodschap|0.96
p:je kamer|samenvatting|-0.96
p:je kamer|adviseren|0.96
p:je kan|open-vraag|-1.0
p:je kijkt|gevoelsreflectie|2.6
p:je kinderen|jij-boodschap|0.91
p:je kinderen|prijzen|-0.91
p:je kinderen|etiketteren|0.91
p:je kinderen|geruststellen|-0.91
p:je klaarzetten|ik-boodschap|1.0
p:je klaarzetten|open-vraag|-0.85
p:je klaarzetten|bevelen|-1.0
p:je klaarzetten|waarschuwen|-1.0
p:je klaarzetten|moraliseren|-1.0
p:je klaarzetten|geruststellen|-1.0
p:je klaarzetten|vervolgafspraak|-1.0
p:je klasgenoten|jij-boodschap|-1.59
p:je klasgenoten|moraliseren|0.91
p:je klasgenoten|bekritiseren|-1.72
p:je klasgenoten|afleiden|-0.72
p:je kleren|parafrase|0.71
p:je kleren|gevoelsreflectie|0.85
p:je kleren|samenvatting|-0.85
p:je komt|ik-boodschap|-0.96
p:je komt|jij-boodschap|1.0
p:je komt|gevoelsreflectie|0.96
p:je komt|bekritiseren|1.89
p:je komt|geruststellen|0.96
p:je kunt|adviseren|0.9
p:je laptop|ik-boodschap|0.99
p:je laptop|interpreteren|-0.99
p:je maakt|jij-boodschap|0.96
p:je maakt|bekritiseren|-0.23
p:je maar|adviseren|-0.97
p:je me|ik-boodschap|1.99
p:je me|open-vraag|-0.85
p:je me|bevelen|-1.0
p:je me|waarschuwen|-1.0
p:je me|moraliseren|-1.0
p:je me|geruststellen|-1.0
p:je me|vervolgafspraak|-1.0
p:je mee|bekritiseren|-0.45
p:je meer|waarschuwen|-1.0
p:je meer|moraliseren|1.0
p:je mentor|vervolgafspraak|0.72
p:je met|geruststellen|0.97
p:je misschien|adviseren|0.95
p:je mist|ik-boodschap|-0.99
p:je mist|samenvatting|0.86
p:je mobiel|waarschuwen|0.98
p:je moeder|jij-boodschap|0.96
p:je moeder|parafrase|-0.96
p:je moeder|gevoelsreflectie|0.88
p:je moeder|bekritiseren|0.96
p:je moeder|vervolgafspraak|1.0
p:je moet|bevelen|0.99
p:je na|prijzen|-1.0
p:je naar|aanmoediging|-1.0
p:je naar|bevelen|1.63
p:je naar|waarschuwen|1.52
p:je naar|moraliseren|-1.0
p:je naar|prijzen|-1.0
p:je naast|ik-boodschap|0.92
p:je naast|moraliseren|-0.92
p:je naast|interpreteren|-0.92
p:je neemt|jij-boodschap|0.77
p:je negen|argumenteren|0.97
p:je neus|geruststellen|0.97
p:je niet|open-vraag|-0.98
p:je niet|moraliseren|1.77
p:je niet|bekritiseren|-0.98
p:je niet|etiketteren|0.98
p:je niet|geruststellen|0.98
p:je niet|afleiden|-1.0
p:je niks|parafrase|-0.99
p:je niks|gevoelsreflectie|-0.99
p:je niks|bevelen|-0.98
p:je niks|interpreteren|0.99
p:je nodig|gevoelsreflectie|0.53
p:je nog|ik-boodschap|-1.94
p:je nog|bevelen|0.63
p:je nog|adviseren|-0.94
p:je nog|bekritiseren|-0.96
p:je nooit|jij-boodschap|0.61
p:je nooit|bekritiseren|0.97
p:je nou|jij-boodschap|0.97
p:je nou|moraliseren|0.95
p:je nou|etiketteren|-0.53
p:je nu|bevelen|0.98
p:je nu|prijzen|0.8
p:je ogen|bevelen|0.89
p:je om|ik-boodschap|-0.96
p:je om|bekritiseren|-0.96
p:je omar|ik-boodschap|0.93
p:je omar|gevoelsreflectie|-0.83
p:je ook|moraliseren|0.99
p:je op|waarschuwen|-0.52
p:je op|adviseren|1.9
p:je opdrachten|ik-boodschap|0.92
p:je opdrachten|moraliseren|-0.92
p:je opdrachten|interpreteren|-0.92
p:je oude|ik-boodschap|-0.99
p:je oude|samenvatting|0.86
p:je oude|open-vraag|0.99
p:je overal|bekritiseren|1.88
p:je pijn|parafrase|-0.99
p:je pijn|gevoelsreflectie|-0.99
p:je pijn|interpreteren|0.99
p:je plannen|jij-boodschap|-0.98
p:je plannen|samenvatting|0.98
p:je planner|ik-boodschap|0.26
p:je planner|samenvatting|0.97
p:je planning|samenvatting|0.92
p:je praat|ik-boodschap|-0.95
p:je praat|bevelen|0.95
p:je presentatie|bekritiseren|-0.87
p:je rapport|jij-boodschap|-1.0
p:je rapport|samenvatting|-0.85
p:je rapport|open-vraag|0.94
p:je rapport|moraliseren|-0.94
p:je rapport|bekritiseren|-1.0
p:je rekenmachine|gevoelsreflectie|-0.76
p:je rekenmachine|open-vraag|1.0
p:je rekenmachine|afronding-aankondigen|-1.0
p:je samen|argumenteren|-0.99
p:je sanne|ik-boodschap|-0.91
p:je sanne|samenvatting|-0.91
p:je sanne|adviseren|-0.91
p:je schaamt|parafrase|-1.0
p:je schaamt|samenvatting|-1.0
p:je sinds|open-vraag|0.92
p:je slaap|ik-boodschap|0.96
p:je slaap|samenvatting|-0.96
p:je slaap|adviseren|0.96
p:je slaapt|ik-boodschap|-0.99
p:je slaapt|samenvatting|0.86
p:je slecht|bekritiseren|2.3
p:je snapt|ik-boodschap|0.62
p:je snapt|waarschuwen|-0.97
p:je snapt|prijzen|0.8
p:je snapt|geruststellen|-0.97
p:je speelt|waarschuwen|0.91
p:je staat|samenvatting|-0.86
p:je staat|waarschuwen|1.43
p:je stage|jij-boodschap|-0.98
p:je stage|samenvatting|0.98
p:je stage|bekritiseren|-0.96
p:je stage|afleiden|0.66
p:je stagebegeleider|jij-boodschap|-0.86
p:je stagebegeleider|bevelen|1.73
p:je stagebegeleider|vervolgafspraak|-0.98
p:je stagebegeleider|bedanken|-0.98
p:je tas|open-vraag|-0.98
p:je tas|adviseren|1.85
p:je tas|geruststellen|-0.97
p:je telefoon|ik-boodschap|0.15
p:je telefoon|samenvatting|-0.96
p:je telefoon|waarschuwen|0.81
p:je thuis|ik-boodschap|1.0
p:je thuis|open-vraag|-0.85
p:je thuis|bevelen|-1.0
p:je thuis|waarschuwen|-1.0
p:je thuis|moraliseren|-1.0
p:je thuis|adviseren|-0.91
p:je thuis|interpreteren|0.91
p:je thuis|geruststellen|-1.0
p:je thuis|vervolgafspraak|-1.0
p:je tijd|jij-boodschap|0.19
p:je tijd|samenvatting|-0.63
p:je tijd|aanmoediging|1.0
p:je tijd|bevelen|-1.91
p:je tijd|bekritiseren|0.38
p:je toch|jij-boodschap|-0.59
p:je toch|bevelen|-0.97
p:je toch|moraliseren|0.97
p:je twee|samenvatting|0.99
p:je twee|open-vraag|-0.99
p:je twee|bevelen|-0.65
p:je twee|waarschuwen|-0.56
p:je uit|waarschuwen|0.81
p:je uitlachen|jij-boodschap|-0.96
p:je uitlachen|parafrase|0.71
p:je uitlachen|gevoelsreflectie|0.85
p:je uitlachen|samenvatting|-0.85
p:je uitschold|bevelen|-0.98
p:je vader|parafrase|0.95
p:je vader|samenvatting|-1.88
p:je vader|bevelen|-1.62
p:je vader|waarschuwen|1.07
p:je van|ik-boodschap|-0.87
p:je van|gevoelsreflectie|-0.85
p:je van|moraliseren|0.98
p:je vandaag|jij-boodschap|-1.0
p:je vandaag|bekritiseren|-0.65
p:je vandaag|geruststellen|-0.91
p:je vanochtend|ik-boodschap|0.87
p:je vanochtend|gevoelsreflectie|-1.0
p:je vanochtend|interpreteren|-0.91
p:je vast|jij-boodschap|-0.93
p:je vast|prijzen|-0.91
p:je verantwoordelijkheid|bevelen|-0.84
p:je verdrietig|parafrase|0.71
p:je verdrietig|gevoelsreflectie|0.85
p:je verdrietig|samenvatting|-0.85
p:je verslagen|jij-boodschap|1.0
p:je verslagen|bevelen|-0.87
p:je verslagen|bekritiseren|1.0
p:je verzint|ik-boodschap|-1.0
p:je verzuim|jij-boodschap|-0.98
p:je verzuim|samenvatting|0.98
p:je verzuim|bekritiseren|-0.96
p:je vindt|gevoelsreflectie|1.0
p:je vindt|open-vraag|-1.0
p:je vindt|aanmoediging|-1.0
p:je vindt|bevelen|-0.7
p:je vindt|waarschuwen|-0.9
p:je voetbalwedstrijd|open-vraag|-0.96
p:je voetbalwedstrijd|afleiden|0.96
p:je vorige|ik-boodschap|0.99
p:je vorige|gevoelsreflectie|-0.85
p:je vorige|samenvatting|-0.99
p:je vrienden|ik-boodschap|-0.99
p:je vrienden|samenvatting|0.86
p:je vrienden|open-vraag|0.99
p:je vrienden|moraliseren|-0.97
p:je vrienden|interpreteren|0.95
p:je vriendinnen|open-vraag|-0.98
p:je vrijdag|waarschuwen|0.54
p:je vrije|waarschuwen|-0.97
p:je vrije|geruststellen|-0.97
p:je was|ik-boodschap|0.99
p:je was|samenvatting|-0.99
p:je wat|gevoelsreflectie|-0.76
p:je wat|open-vraag|1.0
p:je wat|afronding-aankondigen|-1.0
p:je weer|afronding-aankondigen|0.98
p:je weer|vervolgafspraak|0.98
p:je weet|gevoelsreflectie|-0.89
p:je weet|samenvatting|0.89
p:je weet|adviseren|-0.94
p:je wekker|gevoelsreflectie|-0.67
p:je wel|afronding-aankondigen|1.96
p:je wel|vervolgafspraak|0.98
p:je wel|bedanken|0.98
p:je wens|samenvatting|0.92
p:je werk|ik-boodschap|-0.62
p:je werk|jij-boodschap|1.0
p:je werk|bevelen|-0.87
p:je werk|moraliseren|0.94
p:je werk|argumenteren|-0.73
p:je werk|bekritiseren|1.0
p:je werk|geruststellen|-0.77
p:je wil|jij-boodschap|-0.97
p:je wil|parafrase|-0.96
p:je wil|gevoelsreflectie|-0.89
p:je wil|samenvatting|0.89
p:je wil|bevelen|-1.41
p:je wil|waarschuwen|-1.8
p:je wil|prijzen|0.97
p:je wil|interpreteren|0.95
p:je wilt|samenvatting|1.95
p:je wilt|open-vraag|-0.99
p:je wilt|bevelen|-0.65
p:je wilt|waarschuwen|-0.56
p:je wilt|vervolgafspraak|-0.96
p:je wiskunde|adviseren|0.9
p:je wist|gevoelsreflectie|-0.93
p:je woensdag|vervolgafspraak|0.96
p:je woensdag|bedanken|-0.96
p:je woorden|waarschuwen|0.97
p:je woordjes|ik-boodschap|0.84
p:je woordjes|vervolgafspraak|0.92
p:je wordt|ik-boodschap|0.97
p:je ze|etiketteren|-0.99
p:je zegt|ik-boodschap|0.98
p:je zegt|parafrase|-0.18
p:je zegt|gevoelsreflectie|-0.66
p:je zegt|samenvatting|-0.85
p:je zegt|open-vraag|-1.0
p:je zegt|adviseren|-0.91
p:je zegt|argumenteren|0.95
p:je zegt|interpreteren|0.99
p:je zelf|jij-boodschap|0.38
p:je zelf|samenvatting|-0.85
p:je zelf|open-vraag|0.94
p:je zelf|bevelen|-0.97
p:je zelf|etiketteren|0.54
p:je zelf|afronding-aankondigen|0.98
p:je zelf|bedanken|0.98
p:je zenuwachtig|ik-boodschap|-0.83
p:je zenuwachtig|gevoelsreflectie|0.77
p:je zenuwachtig|geruststellen|1.83
p:je zit|samenvatting|-0.96
p:je zit|waarschuwen|-0.94
p:je zit|adviseren|0.96
p:je zo|gevoelsreflectie|-1.69
p:je zo|bevelen|-0.9
p:je zo|waarschuwen|1.07
p:je zo|adviseren|-0.97
p:je zo|geruststellen|0.98
p:je zo|afronding-aankondigen|-0.96
p:je zonder|ik-boodschap|0.82
p:je zou|geruststellen|-0.85
p:je zoveel|interpreteren|0.92
p:je zus|open-vraag|-0.95
p:jesse een|parafrase|0.9
p:jesse een|adviseren|0.95
p:jesse en|ik-boodschap|-0.98
p:jesse geen|bekritiseren|-0.96
p:jesse jij|jij-boodschap|-0.96
p:jesse vaak|afleiden|-0.74
p:jesse volgende|bevelen|-0.55
p:jesse zegt|parafrase|-0.96
p:jesse zijn|waarschuwen|-0.92
p:jezelf naar|ik-boodschap|0.96
p:jezelf sem|jij-boodschap|-0.98
p:jij baalt|gevoelsreflectie|0.98
p:jij baalt|open-vraag|-0.98
p:jij baalt|ondervragen|-0.98
p:jij bent|jij-boodschap|0.12
p:jij bent|adviseren|-1.85
p:jij bent|argumenteren|-0.98
p:jij bent|bekritiseren|-2.53
p:jij bent|etiketteren|0.83
p:jij bent|geruststellen|-1.89
p:jij denkt|gevoelsreflectie|-1.0
p:jij denkt|bekritiseren|0.91
p:jij doet|jij-boodschap|-0.96
p:jij door|ik-boodschap|0.96
p:jij een|bekritiseren|-0.81
p:jij er|ik-boodschap|0.81
p:jij er|gevoelsreflectie|-1.0
p:jij er|open-vraag|1.0
p:jij er|bekritiseren|0.71
p:jij er|etiketteren|-1.0
p:jij er|interpreteren|-0.91
p:jij gaat|parafrase|-0.78
p:jij gaat|samenvatting|0.65
p:jij gaat|bevelen|0.97
p:jij gaat|vervolgafspraak|-0.72
p:jij hebt|samenvatting|-0.91
p:jij hebt|open-vraag|-0.87
p:jij hebt|bekritiseren|0.98
p:jij je|ik-boodschap|-0.71
p:jij je|jij-boodschap|0.91
p:jij je|samenvatting|0.97
p:jij kan|jij-boodschap|-0.97
p:jij kan|prijzen|0.97
p:jij kunt|adviseren|-0.85
p:jij kunt|etiketteren|-0.7
p:jij laat|jij-boodschap|1.18
p:jij laat|bevelen|-0.87
p:jij laat|moraliseren|-0.96
p:jij laat|bekritiseren|1.96
p:jij laat|prijzen|0.99
p:jij lui|ik-boodschap|-0.62
p:jij lui|geruststellen|1.1
p:jij luisterd|waarschuwen|-1.0
p:jij ook|ik-boodschap|-0.98
p:jij snapt|adviseren|-1.0
p:jij snapt|etiketteren|-1.0
p:jij verpest|jij-boodschap|1.56
p:jij verpest|waarschuwen|0.97
p:jij verpest|bekritiseren|1.12
p:jij vindt|jij-boodschap|0.99
p:jij vindt|parafrase|0.99
p:jij vindt|bekritiseren|1.92
p:jij zegt|open-vraag|0.97
p:jij zegt|bekritiseren|-0.94
p:jij zelf|open-vraag|1.0
p:jij zelf|afleiden|-0.89
p:jij zit|jij-boodschap|1.19
p:jij zit|samenvatting|-0.63
p:jij zit|bekritiseren|0.41
p:jij zoekt|bekritiseren|-0.16
p:joep de|ik-boodschap|-0.99
p:joep en|jij-boodschap|1.56
p:joep en|waarschuwen|0.97
p:joep en|bekritiseren|1.12
p:joh dat|afleiden|-0.67
p:joh een|moraliseren|-0.96
p:joh een|afleiden|0.96
p:joh iedereen|open-vraag|-0.93
p:joh iedereen|afleiden|0.71
p:joh over|geruststellen|0.91
p:joh wat|jij-boodschap|-0.91
p:joh wat|afleiden|0.91
p:jongen als|prijzen|0.94
p:jongen bram|adviseren|-1.0
p:jongen bram|etiketteren|-1.0
p:jongens achterin|samenvatting|-0.96
p:jongens van|argumenteren|-0.95
p:jou ?|jij-boodschap|0.91
p:jou ?|samenvatting|-0.91
p:jou ?|open-vraag|-0.87
p:jou ?|bekritiseren|0.91
p:jou echt|gevoelsreflectie|1.0
p:jou echt|geruststellen|-0.83
p:jou en|vervolgafspraak|0.96
p:jou helpen|adviseren|-0.98
p:jou thuis|ik-boodschap|0.81
p:jou uit|jij-boodschap|-1.0
p:jou uit|gevoelsreflectie|-1.0
p:jou uit|open-vraag|1.0
p:jou uit|aanmoediging|-1.0
p:jou uit|argumenteren|-1.0
p:jou uit|bekritiseren|-1.0
p:jou wacht|bevelen|-0.91
p:jouw plaats|adviseren|0.94
p:juf daan|parafrase|0.99
p:jullie bemoeien|bekritiseren|0.97
p:jullie beter|jij-boodschap|-0.9
p:jullie daar|ik-boodschap|-0.92
p:jullie daar|open-vraag|-0.59
p:jullie de|ik-boodschap|0.94
p:jullie de|waarschuwen|-0.94
p:jullie denken|prijzen|0.96
p:jullie hadden|etiketteren|-0.97
p:jullie hebben|jij-boodschap|0.29
p:jullie hebben|adviseren|-0.93
p:jullie hebben|bekritiseren|0.87
p:jullie het|prijzen|0.96
p:jullie hier|geruststellen|0.95
p:jullie houden|bekritiseren|0.97
p:jullie in|ik-boodschap|0.98
p:jullie is|jij-boodschap|-0.72
p:jullie kijken|interpreteren|-0.99
p:jullie laten|jij-boodschap|0.9
p:jullie laten|bekritiseren|0.9
p:jullie moeten|bevelen|0.84
p:jullie moeten|bekritiseren|-0.84
p:jullie reageren|jij-boodschap|1.8
p:jullie reageren|bekritiseren|1.59
p:jullie thuis|open-vraag|0.98
p:jullie veel|ik-boodschap|-0.93
p:jullie veel|jij-boodschap|0.93
p:jullie vinden|bekritiseren|0.99
p:jullie zijn|jij-boodschap|-0.98
p:jullie zijn|aanmoediging|-0.96
p:jullie zijn|bevelen|-1.0
p:jullie zijn|bekritiseren|-1.86
p:jullie zijn|etiketteren|0.98
p:jullie zijn|vervolgafspraak|-1.0
p:jullie zorgen|bekritiseren|-0.97
p:kader in|adviseren|-0.94
p:kamer ?|parafrase|-0.99
p:kamer ?|adviseren|-0.88
p:kamer leggen|ik-boodschap|0.96
p:kamer leggen|samenvatting|-0.96
p:kamer leggen|adviseren|0.96
p:kamp ?|afleiden|0.95
p:kamp hè|gevoelsreflectie|0.98
p:kamp hè|open-vraag|-0.98
p:kamp hè|ondervragen|-0.98
p:kampweek en|parafrase|-0.99
p:kampweek en|samenvatting|0.87
p:kan afronden|ik-boodschap|0.91
p:kan concentreren|ik-boodschap|0.89
p:kan dat|prijzen|0.97
p:kan dit|jij-boodschap|-0.97
p:kan dit|prijzen|0.97
p:kan doen|open-vraag|0.98
p:kan echt|jij-boodschap|0.92
p:kan echt|bekritiseren|1.84
p:kan echt|prijzen|-0.97
p:kan er|ik-boodschap|0.98
p:kan geven|bekritiseren|-0.96
p:kan hem|waarschuwen|0.91
p:kan hem|bekritiseren|-0.91
p:kan het|jij-boodschap|0.91
p:kan het|prijzen|1.0
p:kan hij|vervolgafspraak|0.97
p:kan ik|ik-boodschap|1.03
p:kan ik|parafrase|-0.95
p:kan ik|gevoelsreflectie|-0.8
p:kan ik|open-vraag|-0.95
p:kan ik|bevelen|-1.9
p:kan ik|waarschuwen|-0.23
p:kan ik|moraliseren|-1.0
p:kan ik|adviseren|-0.98
p:kan ik|geruststellen|-1.0
p:kan ik|afleiden|-0.91
p:kan ik|afronding-aankondigen|1.0
p:kan ik|vervolgafspraak|-1.31
p:kan ik|bedanken|-0.94
p:kan je|open-vraag|-1.0
p:kan leren|interpreteren|-0.91
p:kan leren|geruststellen|-0.98
p:kan me|ik-boodschap|-1.83
p:kan me|gevoelsreflectie|2.86
p:kan me|bekritiseren|-1.0
p:kan missen|parafrase|0.96
p:kan schelen|parafrase|-0.99
p:kan schelen|gevoelsreflectie|-0.99
p:kan schelen|interpreteren|0.99
p:kan toch|prijzen|0.94
p:kan uw|ik-boodschap|0.6
p:kan ze|ik-boodschap|0.97
p:kan ze|jij-boodschap|-0.82
p:kan ze|parafrase|-0.96
p:kan ze|bekritiseren|-0.92
p:kans om|ik-boodschap|0.92
p:kans om|bevelen|0.65
p:kantine zit|gevoelsreflectie|-0.97
p:kast zetten|afleiden|-0.96
p:keer afgaat|bevelen|-0.62
p:keer afgaat|vervolgafspraak|-0.94
p:keer afgezegd|jij-boodschap|1.8
p:keer afgezegd|bekritiseren|1.79
p:keer apart|samenvatting|-0.91
p:keer bedankt|waarschuwen|-0.96
p:keer beter|bevelen|-0.55
p:keer een|argumenteren|-0.97
p:keer een|etiketteren|-0.63
p:keer een|vervolgafspraak|0.97
p:keer en|waarschuwen|0.99
p:keer gebeurt|waarschuwen|0.64
p:keer gemaild|jij-boodschap|-1.0
p:keer gemaild|bekritiseren|0.91
p:keer gemaild|interpreteren|-1.0
p:keer heb|jij-boodschap|0.9
p:keer is|ik-boodschap|0.77
p:keer je|ik-boodschap|0.62
p:keer je|gevoelsreflectie|-0.76
p:keer je|open-vraag|1.0
p:keer je|adviseren|-0.94
p:keer je|afronding-aankondigen|-1.0
p:keer kort|samenvatting|0.92
p:keer kort|waarschuwen|-0.92
p:keer nodig|prijzen|-0.9
p:keer nodig|afronding-aankondigen|-0.9
p:keer opstaat|bevelen|0.63
p:keer pakt|waarschuwen|0.98
p:keer schuift|jij-boodschap|-0.96
p:keer schuift|bekritiseren|-0.96
p:keer schuift|vervolgafspraak|1.51
p:keer spijbelen|waarschuwen|0.94
p:keer spijbelt|ik-boodschap|-0.99
p:keer te|ik-boodschap|-0.96
p:keer te|waarschuwen|0.99
p:keer te|argumenteren|1.0
p:keer te|bekritiseren|-0.96
p:keer te|vervolgafspraak|-0.99
p:keer tijdens|ik-boodschap|0.98
p:keer vecht|argumenteren|-0.99
p:keer volgt|moraliseren|-0.98
p:keer volgt|etiketteren|-0.98
p:keer zie|bevelen|0.91
p:keer ziek|jij-boodschap|-0.78
p:keer ziek|bekritiseren|-0.94
p:keer zijn|ik-boodschap|-0.92
p:kennelijk prima|bekritiseren|0.99
p:kent hem|jij-boodschap|-0.94
p:kerst vanzelf|geruststellen|0.98
p:kerst zo|samenvatting|-1.0
p:kerstdiner te|prijzen|0.91
p:kerstdiner te|bedanken|-0.74
p:keuze voor|samenvatting|-0.93
p:keuzevak ?|open-vraag|-0.96
p:kevin vorige|ik-boodschap|0.95
p:kijk donderdag|samenvatting|-0.62
p:kijk donderdag|vervolgafspraak|0.99
p:kijk een|parafrase|-1.0
p:kijk een|adviseren|-0.98
p:kijk een|argumenteren|1.98
p:kijk eens|afleiden|0.93
p:kijk het|argumenteren|0.97
p:kijk je|ik-boodschap|0.62
p:kijk maar|adviseren|0.81
p:kijk maar|argumenteren|-0.92
p:kijk maar|bekritiseren|-0.92
p:kijk me|ik-boodschap|-0.95
p:kijk me|bevelen|0.95
p:kijk met|jij-boodschap|-0.95
p:kijk met|argumenteren|0.71
p:kijk met|bekritiseren|-0.71
p:kijk zo|afleiden|-0.91
p:kijken gewoon|interpreteren|-0.99
p:kijken hoe|vervolgafspraak|0.64
p:kijken hoe|bedanken|-0.94
p:kijken samen|jij-boodschap|-1.0
p:kijken samen|bekritiseren|-1.0
p:kijken wat|open-vraag|-0.91
p:kijken we|ik-boodschap|-0.71
p:kijken we|parafrase|-0.78
p:kijken we|samenvatting|0.67
p:kijken we|geruststellen|-0.81
p:kijken we|afronding-aankondigen|-0.93
p:kijken we|vervolgafspraak|0.94
p:kijkt de|gevoelsreflectie|0.9
p:kijkt een|gevoelsreflectie|0.92
p:kijkt en|parafrase|0.91
p:kijkt er|gevoelsreflectie|1.69
p:kijkt toch|moraliseren|0.99
p:kijkt u|ik-boodschap|-0.89
p:kijkt u|jij-boodschap|-0.91
p:kijkt u|samenvatting|-0.89
p:kijkt u|open-vraag|0.63
p:kijkt u|argumenteren|0.98
p:kijkt u|bekritiseren|-0.91
p:kijkt u|ondervragen|-1.0
p:kijkt u|vervolgafspraak|-0.89
p:kijkt zondag|samenvatting|1.0
p:kijkt zondag|vervolgafspraak|1.0
p:kind moet|moraliseren|0.99
p:kind regelt|afleiden|-1.0
p:kind te|jij-boodschap|-0.97
p:kind te|moraliseren|0.91
p:kind te|bekritiseren|-1.53
p:kind thuis|gevoelsreflectie|0.8
p:kind van|parafrase|0.96
p:kind van|prijzen|-0.89
p:kinderen gaat|jij-boodschap|0.91
p:kinderen gaat|prijzen|-0.91
p:kinderen gaat|etiketteren|0.91
p:kinderen gaat|geruststellen|-0.91
p:kinderen hebben|bevelen|-0.89
p:kinderen hebben|geruststellen|0.99
p:kinderen hebben|afleiden|-0.83
p:kinderen kunnen|bekritiseren|-1.0
p:kinderen kunnen|ondervragen|-1.0
p:kinderen van|geruststellen|0.93
p:kinderen van|afleiden|-0.93
p:klaagt hoe|gevoelsreflectie|-0.92
p:klaar mee|parafrase|-1.0
p:klaar mee|gevoelsreflectie|0.99
p:klaar mee|moraliseren|-0.99
p:klaar mee|geruststellen|-1.0
p:klaarstaat dus|prijzen|0.91
p:klaarstaat dus|bedanken|-0.74
p:klaarzetten en|ik-boodschap|1.0
p:klaarzetten en|open-vraag|-0.85
p:klaarzetten en|bevelen|-1.0
p:klaarzetten en|waarschuwen|-1.0
p:klaarzetten en|moraliseren|-1.0
p:klaarzetten en|geruststellen|-1.0
p:klaarzetten en|vervolgafspraak|-1.0
p:klap is|geruststellen|0.98
p:klas ?|moraliseren|-0.99
p:klas bij|ik-boodschap|0.99
p:klas dat|waarschuwen|-0.8
p:klas dat|geruststellen|0.99
p:klas dat|afleiden|-0.83
p:klas dus|adviseren|-0.85
p:klas dus|etiketteren|-0.7
p:klas en|ik-boodschap|-1.57
p:klas en|jij-boodschap|-1.0
p:klas en|gevoelsreflectie|-0.96
p:klas en|samenvatting|1.0
p:klas en|open-vraag|-0.85
p:klas en|bekritiseren|-0.15
p:klas gelijk|jij-boodschap|-0.39
p:klas gelijk|argumenteren|0.93
p:klas haalde|argumenteren|0.95
p:klas had|parafrase|-0.88
p:klas had|argumenteren|1.0
p:klas hoe|ik-boodschap|0.95
p:klas hè|bekritiseren|-1.81
p:klas hè|etiketteren|0.85
p:klas is|samenvatting|0.85
p:klas is|bevelen|0.82
p:klas joep|jij-boodschap|1.56
p:klas joep|waarschuwen|0.97
p:klas joep|bekritiseren|1.12
p:klas krijgt|parafrase|0.9
p:klas mila|jij-boodschap|-0.91
p:klas mila|prijzen|0.91
p:klas mila|etiketteren|-0.91
p:klas naast|ik-boodschap|-0.96
p:klas roept|ik-boodschap|0.96
p:klas roept|parafrase|-0.99
p:klas te|bevelen|-0.7
p:klas te|waarschuwen|-0.9
p:klas te|vervolgafspraak|-0.95
p:klas uitgelachen|parafrase|1.0
p:klas wat|parafrase|0.96
p:klasgenoot hielp|ik-boodschap|0.95
p:klasgenoot uitscheldt|ik-boodschap|1.72
p:klasgenoot uitscheldt|jij-boodschap|-0.92
p:klasgenoot uitscheldt|bekritiseren|-0.31
p:klasgenoten die|jij-boodschap|-1.59
p:klasgenoten die|moraliseren|0.91
p:klasgenoten die|bekritiseren|-1.72
p:klasgenoten praten|afleiden|-0.72
p:kleren en|parafrase|0.71
p:kleren en|gevoelsreflectie|0.85
p:kleren en|samenvatting|-0.85
p:kleuter luuk|jij-boodschap|0.89
p:kleuter luuk|etiketteren|0.89
p:kleuterachtig gedoe|bekritiseren|-0.97
p:kleuterachtig gedoe|etiketteren|1.66
p:kleuterachtig joh|etiketteren|0.9
p:klimaatverandering was|bekritiseren|-0.87
p:klinkt als|jij-boodschap|1.82
p:klinkt als|gevoelsreflectie|0.21
p:klinkt als|etiketteren|0.98
p:klinkt alsof|jij-boodschap|-0.92
p:klinkt alsof|gevoelsreflectie|2.87
p:klinkt alsof|open-vraag|-0.94
p:klinkt alsof|moraliseren|-0.99
p:klinkt alsof|bekritiseren|-0.68
p:klinkt boos|parafrase|-1.0
p:klinkt boos|gevoelsreflectie|1.0
p:klinkt boos|aanmoediging|-1.0
p:klinkt echt|geruststellen|-1.0
p:klinkt erg|samenvatting|-0.93
p:klinkt ongerust|samenvatting|-0.99
p:klinkt teleurgesteld|parafrase|-2.25
p:klinkt zorgelijk|gevoelsreflectie|0.72
p:klinkt zorgelijk|open-vraag|0.95
p:klopt dat|samenvatting|0.85
p:klopt gewoon|argumenteren|1.99
p:klopt gewoon|interpreteren|-0.99
p:klopt het|jij-boodschap|-0.93
p:klopt het|open-vraag|-0.68
p:klopt het|ondervragen|-0.99
p:klopt met|parafrase|1.0
p:klopt met|gevoelsreflectie|1.0
p:klopt met|open-vraag|-1.0
p:klopt met|aanmoediging|-1.0
p:klopt met|argumenteren|-0.93
p:klopt niet|ik-boodschap|-0.81
p:klopt niet|afleiden|-0.96
p:knap dat|prijzen|0.98
p:knap dat|geruststellen|-0.98
p:knap hoor|prijzen|0.97
p:koelkast kunnen|bevelen|-0.99
p:koelkast te|adviseren|1.0
p:koelkast te|geruststellen|-1.0
p:kom je|ik-boodschap|0.92
p:kom je|jij-boodschap|-0.95
p:kom je|moraliseren|-0.92
p:kom je|argumenteren|0.71
p:kom je|bekritiseren|-0.71
p:kom je|interpreteren|-0.92
p:kom we|afleiden|0.86
p:komen ?|bekritiseren|-0.86
p:komen dat|interpreteren|-0.96
p:komen de|parafrase|0.97
p:komen huiswerk|jij-boodschap|-0.85
p:komen melden|ik-boodschap|-0.96
p:komen melden|bekritiseren|-0.96
p:komen met|samenvatting|-0.85
p:komen ook|bekritiseren|-0.45
p:komen steeds|samenvatting|0.92
p:komen we|jij-boodschap|1.8
p:komen we|bekritiseren|1.79
p:komst ik|afronding-aankondigen|-1.0
p:komst we|vervolgafspraak|-0.94
p:komt ?|gevoelsreflectie|0.92
p:komt alleen|jij-boodschap|1.0
p:komt alleen|bekritiseren|1.89
p:komt allemaal|jij-boodschap|-1.0
p:komt allemaal|waarschuwen|-0.99
p:komt allemaal|geruststellen|1.92
p:komt altijd|bevelen|-0.91
p:komt ben|ik-boodschap|0.82
p:komt daan|bevelen|-0.74
p:komt dan|parafrase|0.98
p:komt dan|adviseren|0.98
p:komt dat|open-vraag|0.92
p:komt doordat|parafrase|-0.97
p:komt doordat|geruststellen|-0.96
p:komt echt|adviseren|-0.98
p:komt echt|geruststellen|1.0
p:komt er|ik-boodschap|-0.96
p:komt er|gevoelsreflectie|0.96
p:komt er|argumenteren|-0.98
p:komt er|geruststellen|1.93
p:komt er|afleiden|-0.96
p:komt geen|argumenteren|-0.97
p:komt gewoon|interpreteren|1.0
p:komt gewoon|geruststellen|-0.71
p:komt goed|gevoelsreflectie|0.85
p:komt goed|open-vraag|0.68
p:komt goed|adviseren|0.93
p:komt goed|interpreteren|-0.93
p:komt goed|afleiden|-0.71
p:komt helemaal|jij-boodschap|-0.98
p:komt helemaal|bekritiseren|-0.98
p:komt het|samenvatting|-0.94
p:komt het|prijzen|-0.87
p:komt het|geruststellen|0.72
p:komt het|vervolgafspraak|-0.96
p:komt hij|parafrase|0.99
p:komt hij|open-vraag|-1.0
p:komt hij|bekritiseren|-1.71
p:komt hij|ondervragen|0.98
p:komt kan|open-vraag|0.85
p:komt later|open-vraag|-0.93
p:komt later|afleiden|0.93
p:komt mist|vervolgafspraak|0.99
p:komt moet|ik-boodschap|-0.96
p:komt moet|bekritiseren|-0.96
p:komt na|bevelen|0.9
p:komt na|geruststellen|-0.89
p:komt natuurlijk|moraliseren|-0.99
p:komt noah|ik-boodschap|0.89
p:komt omar|waarschuwen|0.99
p:komt opdagen|jij-boodschap|1.78
p:komt opdagen|gevoelsreflectie|-0.91
p:komt opdagen|bekritiseren|1.67
p:komt u|ondervragen|-0.99
p:komt uit|geruststellen|-0.95
p:komt vanzelf|afleiden|-0.67
p:komt vast|interpreteren|0.91
p:komt volgende|vervolgafspraak|-1.44
p:komt wat|parafrase|-0.91
p:komt wel|geruststellen|0.91
p:komt wel|afleiden|-0.9
p:komt zo|bevelen|-1.62
p:komt zo|bekritiseren|-0.75
p:komt zo|etiketteren|-0.98
p:kon ik|ik-boodschap|0.96
p:kon ik|gevoelsreflectie|-0.96
p:kon komen|jij-boodschap|-0.6
p:kon maken|gevoelsreflectie|-0.76
p:kon maken|open-vraag|0.22
p:kon maken|adviseren|0.91
p:kon maken|afronding-aankondigen|-1.0
p:kon uploaden|open-vraag|-1.0
p:kon uploaden|argumenteren|-1.0
p:kort ayoub|samenvatting|0.92
p:kort ayoub|waarschuwen|-0.92
p:kort samengevat|bekritiseren|-0.1
p:kort samengevat|bedanken|-0.98
p:kort te|samenvatting|0.99
p:kortom het|ik-boodschap|-0.93
p:kortom het|jij-boodschap|-0.85
p:kortom het|bekritiseren|-0.15
p:kortom hij|samenvatting|1.0
p:kortom hij|open-vraag|0.9
p:kortom hij|interpreteren|-0.95
p:kortom hij|vervolgafspraak|1.0
p:kortom jij|jij-boodschap|2.11
p:kortom jij|samenvatting|-1.54
p:kortom jij|open-vraag|-0.87
p:kortom jij|bevelen|-0.93
p:kortom jij|bekritiseren|2.29
p:kortom meer|bedanken|0.98
p:kortom thuis|samenvatting|0.99
p:kortom u|gevoelsreflectie|-1.0
p:kortom u|vervolgafspraak|-1.0
p:kortom volgens|open-vraag|-0.92
p:kortom we|ik-boodschap|-0.86
p:kortom we|samenvatting|1.74
p:kortom we|afronding-aankondigen|0.99
p:kortom ze|aanmoediging|-0.97
p:kreeg geen|gevoelsreflectie|0.8
p:kreeg geen|vervolgafspraak|0.89
p:krijg je|ik-boodschap|-0.99
p:krijgt bijles|samenvatting|0.92
p:krijgt bijles|vervolgafspraak|0.92
p:krijgt bijles|bedanken|0.92
p:krijgt een|samenvatting|1.0
p:krijgt een|vervolgafspraak|1.0
p:krijgt geen|argumenteren|0.94
p:krijgt hij|parafrase|0.91
p:krijgt hij|prijzen|-0.99
p:krijgt hij|ondervragen|-0.99
p:krijgt ze|waarschuwen|0.92
p:kringetjes blijven|ik-boodschap|0.98
p:kritiek op|jij-boodschap|0.99
p:kritiek op|samenvatting|-0.84
p:kritiek op|open-vraag|-0.99
p:kritiek op|bekritiseren|1.72
p:kun je|ik-boodschap|0.99
p:kun je|moraliseren|-0.99
p:kunnen checken|geruststellen|-0.85
p:kunnen dan|bekritiseren|-1.0
p:kunnen dan|ondervragen|-1.0
p:kunnen de|ik-boodschap|0.96
p:kunnen halen|prijzen|0.89
p:kunnen hangen|bevelen|-0.99
p:kunnen lezen|ik-boodschap|-0.96
p:kunnen lezen|parafrase|0.96
p:kunnen voorkomen|bekritiseren|0.62
p:kunnen we|afronding-aankondigen|0.96
p:kunnen weten|argumenteren|0.92
p:kunt best|adviseren|-0.85
p:kunt best|etiketteren|-0.7
p:kunt beter|adviseren|0.9
p:kunt de|jij-boodschap|-0.85
p:kunt doen|adviseren|0.95
p:kunt eens|geruststellen|0.72
p:kunt er|bekritiseren|-0.73
p:kunt hem|adviseren|0.93
p:kunt hem|prijzen|-0.99
p:kunt hem|interpreteren|-0.93
p:kunt hulp|adviseren|0.98
p:kunt inhalen|waarschuwen|-0.97
p:kunt inhalen|geruststellen|-0.97
p:kunt maken|interpreteren|-0.99
p:kunt op|prijzen|0.8
p:kunt slapen|adviseren|-0.91
p:kunt u|ik-boodschap|0.95
p:kunt u|open-vraag|-0.78
p:kunt u|aanmoediging|-0.98
p:kunt u|adviseren|0.98
p:kunt u|afleiden|-0.71
p:kunt u|vervolgafspraak|-0.98
p:kwaad bent|aanmoediging|-0.96
p:kwaad bent|bevelen|0.96
p:kwaad maar|gevoelsreflectie|0.89
p:kwam dat|open-vraag|0.97
p:kwam het|gevoelsreflectie|-1.69
p:kwart over|bevelen|0.94
p:kwart over|interpreteren|-0.91
p:kwartier eerder|gevoelsreflectie|-0.67
p:kwartier voor|afronding-aankondigen|-0.75
p:kwetst me|ik-boodschap|0.99
p:kwijt te|interpreteren|0.99
p:kwijt te|bedanken|-0.99
p:kán wel|parafrase|-0.88
p:kán wel|argumenteren|1.0
p:laag maar|jij-boodschap|-0.39
p:laag maar|argumenteren|0.93
p:laat ?|samenvatting|-1.0
p:laat ?|waarschuwen|0.99
p:laat ?|bekritiseren|-0.72
p:laat ?|interpreteren|-1.0
p:laat ?|ondervragen|0.98
p:laat alles|jij-boodschap|0.96
p:laat alles|bekritiseren|0.96
p:laat binnenkomt|open-vraag|0.92
p:laat dit|moraliseren|-0.96
p:laat gaat|parafrase|-0.99
p:laat gaat|adviseren|-0.88
p:laat hem|jij-boodschap|1.0
p:laat hem|bevelen|-0.99
p:laat hem|moraliseren|1.0
p:laat hem|adviseren|0.97
p:laat hem|afleiden|-0.9
p:laat het|samenvatting|-0.62
p:laat het|bevelen|0.97
p:laat het|bekritiseren|0.97
p:laat het|vervolgafspraak|0.99
p:laat iemand|moraliseren|0.93
p:laat ik|waarschuwen|1.65
p:laat in|bekritiseren|-0.9
p:laat is|gevoelsreflectie|-0.89
p:laat is|samenvatting|0.89
p:laat is|vervolgafspraak|-0.99
p:laat je|jij-boodschap|1.0
p:laat je|bevelen|-0.87
p:laat je|bekritiseren|1.0
p:laat kan|jij-boodschap|-0.82
p:laat kan|bekritiseren|-0.92
p:laat komen|jij-boodschap|-0.85
p:laat komt|ik-boodschap|-0.96
p:laat komt|open-vraag|-1.0
p:laat komt|vervolgafspraak|0.99
p:laat liggen|parafrase|-0.95
p:laat liggen|open-vraag|-1.0
p:laat maar|bekritiseren|-0.92
p:laat me|jij-boodschap|-0.78
p:laat me|prijzen|0.99
p:laat mij|bevelen|1.0
p:laat mij|moraliseren|-1.0
p:laat naar|interpreteren|0.91
p:laat op|waarschuwen|-0.64
p:laat op|etiketteren|-0.96
p:laat op|ondervragen|-0.99
p:laat u|jij-boodschap|-0.99
p:laat u|waarschuwen|-0.64
p:laat u|adviseren|-0.99
p:laat u|bekritiseren|-0.99
p:laat u|etiketteren|-0.96
p:laat u|vervolgafspraak|0.84
p:laat uw|jij-boodschap|0.82
p:laat uw|bekritiseren|0.94
p:laat uw|prijzen|-0.94
p:laat volgt|argumenteren|1.0
p:laat waardoor|vervolgafspraak|-0.64
p:laat weten|ik-boodschap|1.0
p:laat weten|open-vraag|-0.85
p:laat weten|bevelen|-1.0
p:laat weten|waarschuwen|-1.0
p:laat weten|moraliseren|-1.0
p:laat weten|geruststellen|-1.0
p:laat weten|vervolgafspraak|-1.0
p:laat ze|waarschuwen|-0.92
p:laat zien|samenvatting|0.63
p:laatste drie|open-vraag|-0.78
p:laatste drie|adviseren|0.91
p:laatste het|ik-boodschap|-0.99
p:laatste opgaven|open-vraag|-0.97
p:laatste tijd|ik-boodschap|-0.82
p:laatste tijd|open-vraag|0.98
p:laatste twee|ik-boodschap|0.12
p:laatste twee|argumenteren|-0.98
p:laatste uur|geruststellen|-0.85
p:laatste weken|gevoelsreflectie|-0.97
p:laatste weken|etiketteren|-0.97
p:lachen jullie|geruststellen|0.95
p:lag ?|ondervragen|1.0
p:lage cijfers|samenvatting|0.92
p:lage cijfers|waarschuwen|-0.92
p:lager scoren|geruststellen|-0.99
p:laks met|bevelen|-1.0
p:laks met|vervolgafspraak|-1.0
p:laks zijn|ik-boodschap|-0.93
p:laks zijn|jij-boodschap|0.93
p:lang gamen|jij-boodschap|-0.99
p:lang gamen|adviseren|-0.99
p:lang gamen|bekritiseren|-0.99
p:lang gamen|ondervragen|0.82
p:langs te|jij-boodschap|-0.98
p:langs te|bekritiseren|-0.9
p:langs te|bedanken|0.74
p:langst dat|moraliseren|0.98
p:lapt alle|jij-boodschap|0.83
p:lapt alle|bekritiseren|0.96
p:laptop dichtklapt|ik-boodschap|0.98
p:laptop dichtklapt|samenvatting|-0.98
p:laptop dichtklapt|open-vraag|0.98
p:laptop niet|ik-boodschap|0.99
p:laptop steeds|jij-boodschap|-0.82
p:laptop steeds|bekritiseren|-0.92
p:laptop vaak|interpreteren|-0.99
p:laptop van|etiketteren|-0.96
p:laptop van|ondervragen|-0.83
p:lars dat|afleiden|0.89
p:lastig is|gevoelsreflectie|-0.88
p:lastig is|bekritiseren|0.12
p:lastig mee|gevoelsreflectie|0.9
p:lastig vond|interpreteren|-0.9
p:lastig voor|parafrase|-0.9
p:lastige situatie|argumenteren|-1.0
p:lastpak thijs|jij-boodschap|1.0
p:lastpak thijs|etiketteren|1.0
p:lastpak thijs|afleiden|-1.0
p:lastpak thijs|vervolgafspraak|-1.0
p:laten dank|vervolgafspraak|-0.73
p:laten dank|bedanken|0.98
p:laten denk|interpreteren|0.93
p:laten en|afronding-aankondigen|0.93
p:laten en|vervolgafspraak|0.93
p:laten gaan|adviseren|0.99
p:laten gamen|moraliseren|-0.99
p:laten gamen|prijzen|-0.99
p:laten hem|jij-boodschap|0.9
p:laten hem|bekritiseren|0.9
p:laten ik|afronding-aankondigen|0.99
p:laten ik|bedanken|-0.99
p:laten liggen|parafrase|0.98
p:laten liggen|adviseren|0.98
p:laten nemen|moraliseren|-0.98
p:laten nemen|interpreteren|-0.98
p:laten plannen|adviseren|0.93
p:laten plannen|interpreteren|-0.93
p:laten rusten|afleiden|0.93
p:laten schieten|adviseren|-0.93
p:laten voor|afleiden|-1.95
p:laten voor|afronding-aankondigen|0.75
p:laten we|ik-boodschap|1.85
p:laten we|samenvatting|-0.86
p:laten we|waarschuwen|-0.96
p:laten we|geruststellen|-0.96
p:laten we|afleiden|1.8
p:laten we|afronding-aankondigen|0.98
p:laten we|vervolgafspraak|-0.9
p:laten weten|ondervragen|-0.95
p:laten weten|bedanken|-0.92
p:laten worden|jij-boodschap|0.91
p:laten worden|bekritiseren|0.91
p:laten zien|parafrase|-0.99
p:laten zien|gevoelsreflectie|-0.99
p:laten zien|interpreteren|0.99
p:later binnenkomt|prijzen|-1.0
p:later wel|open-vraag|-0.93
p:later wel|afleiden|1.92
p:leeftijd allemaal|geruststellen|-0.93
p:leeftijd allemaal|afleiden|0.93
p:leeftijd zijn|argumenteren|-0.95
p:leeg is|interpreteren|-0.99
p:leek het|jij-boodschap|0.83
p:leek het|bekritiseren|0.96
p:leerling als|moraliseren|-0.96
p:leerling die|jij-boodschap|1.83
p:leerling die|etiketteren|1.61
p:leerling die|geruststellen|-0.98
p:leerling heb|moraliseren|0.95
p:leerling heb|etiketteren|-0.53
p:leerling hoor|adviseren|-0.96
p:leerling hoort|waarschuwen|0.54
p:leerling in|waarschuwen|-1.0
p:leerling in|moraliseren|1.0
p:leerling jij|jij-boodschap|-0.78
p:leerling jij|prijzen|0.99
p:leerling met|argumenteren|0.97
p:leerling mila|moraliseren|0.99
p:leerlingen die|jij-boodschap|-0.96
p:leerlingen die|geruststellen|-0.99
p:leerlingen hebben|etiketteren|-0.96
p:leerlingen met|adviseren|-0.99
p:leerlingen van|jij-boodschap|-0.91
p:leerlingen van|prijzen|0.91
p:leerlingen van|etiketteren|-0.91
p:leerplichtambtenaar in|waarschuwen|0.99
p:leert en|ik-boodschap|0.84
p:leert en|vervolgafspraak|0.92
p:leert haalt|argumenteren|0.97
p:leg die|bevelen|0.91
p:leg die|adviseren|-0.98
p:lekker behulpzaam|bekritiseren|0.97
p:lekker behulpzaam|etiketteren|-0.86
p:lekker bezig|bekritiseren|0.82
p:lekker dat|ik-boodschap|0.98
p:lekker hoe|open-vraag|0.92
p:leraar zei|moraliseren|0.94
p:leren dat|moraliseren|0.99
p:leren en|parafrase|0.97
p:leren je|bevelen|-0.84
p:leren klaar|bevelen|0.99
p:leren niet|afleiden|-0.98
p:leren omdat|interpreteren|-0.91
p:leren omdat|geruststellen|-0.98
p:leren precies|parafrase|0.97
p:les bij|bevelen|0.9
p:les de|bekritiseren|-1.0
p:les de|ondervragen|-1.0
p:les door|parafrase|-0.99
p:les en|jij-boodschap|0.98
p:les en|argumenteren|-0.96
p:les en|bekritiseren|0.98
p:les gewoon|moraliseren|-0.91
p:les je|ik-boodschap|-0.91
p:les met|samenvatting|-1.0
p:les met|bekritiseren|1.0
p:les mist|open-vraag|0.92
p:les op|open-vraag|0.78
p:les op|bevelen|-0.91
p:les opnieuw|ik-boodschap|0.96
p:les steeds|ik-boodschap|-0.8
p:les verlies|jij-boodschap|-1.0
p:les voorbij|ik-boodschap|-0.6
p:les wegzakt|ik-boodschap|0.95
p:les wegzakt|interpreteren|-0.95
p:lessen geef|bekritiseren|0.95
p:let maar|jij-boodschap|-0.82
p:let maar|bevelen|-0.82
p:let maar|bekritiseren|-1.0
p:let maar|geruststellen|1.95
p:let op|waarschuwen|0.97
p:let thuis|samenvatting|0.85
p:let thuis|bedanken|-0.92
p:leuk dat|jij-boodschap|-0.82
p:leukere dingen|afleiden|0.98
p:leukste leerlingen|jij-boodschap|-0.91
p:leukste leerlingen|prijzen|0.91
p:leukste leerlingen|etiketteren|-0.91
p:lever dat|bevelen|0.9
p:lever je|waarschuwen|0.98
p:levert in|argumenteren|0.97
p:lieg je|jij-boodschap|1.86
p:lieg je|gevoelsreflectie|-1.0
p:lieg je|open-vraag|-1.0
p:lieg je|bekritiseren|2.13
p:lieg je|ondervragen|-0.86
p:liegen niet|moraliseren|0.96
p:liegen niet|argumenteren|-0.96
p:lieke tijdens|ik-boodschap|0.98
p:lieke tijdens|samenvatting|-0.98
p:lieke tijdens|open-vraag|0.98
p:liever niet|afleiden|0.95
p:lig je|jij-boodschap|1.56
p:lig je|waarschuwen|0.97
p:lig je|bekritiseren|1.12
p:liggen dat|prijzen|-0.89
p:liggen en|ik-boodschap|0.98
p:liggen en|samenvatting|-0.98
p:liggen en|open-vraag|0.98
p:liggen waardoor|open-vraag|-1.0
p:liggen weet|parafrase|-0.95
p:ligt echt|argumenteren|0.98
p:ligt echt|bekritiseren|-0.85
p:ligt gewoon|interpreteren|1.0
p:ligt het|open-vraag|-0.92
p:ligt maar|ik-boodschap|-0.96
p:ligt maar|gevoelsreflectie|0.96
p:ligt maar|geruststellen|0.96
p:lijkt me|parafrase|-0.9
p:lijkt me|gevoelsreflectie|0.88
p:lijkt me|adviseren|0.99
p:lijkt me|bekritiseren|-0.99
p:lijst bij|ondervragen|1.0
p:lijst bij|afleiden|-1.0
p:lina haar|jij-boodschap|-0.82
p:lina haar|bekritiseren|-0.92
p:logisch dat|argumenteren|0.97
p:logisch dat|prijzen|-0.96
p:lokaal 14|vervolgafspraak|0.98
p:lokaal 2|vervolgafspraak|-0.98
p:lokaal gaan|ik-boodschap|0.98
p:lokaal uitliep|ik-boodschap|0.78
p:lokaal verlaat|ik-boodschap|-0.99
p:loop je|ik-boodschap|0.84
p:loop je|waarschuwen|-0.83
p:loop je|bekritiseren|-0.99
p:loop je|prijzen|-0.91
p:loop je|vervolgafspraak|1.92
p:loopt dus|ik-boodschap|-0.98
p:loopt dus|parafrase|0.98
p:loopt haar|ik-boodschap|0.98
p:loopt haar|samenvatting|-0.98
p:loopt haar|open-vraag|0.98
p:los te|adviseren|-0.81
p:los te|interpreteren|1.92
p:losse blaadjes|etiketteren|-0.99
p:lotte haar|ik-boodschap|0.97
p:lotte jij|bekritiseren|-2.3
p:lotte jij|etiketteren|0.91
p:lucas zijn|waarschuwen|0.93
p:luchtig houden|afleiden|0.96
p:lui bent|ik-boodschap|-0.62
p:lui bent|geruststellen|1.1
p:lui is|etiketteren|0.97
p:lui om|bekritiseren|1.59
p:lui om|etiketteren|0.94
p:luiste leerling|jij-boodschap|1.83
p:luiste leerling|etiketteren|1.61
p:luiste leerling|geruststellen|-0.98
p:luister nou|adviseren|-0.96
p:luisterd nooit|waarschuwen|-1.0
p:luisteren en|afronding-aankondigen|1.0
p:luistert gewoon|bekritiseren|0.79
p:luistert u|bevelen|1.0
p:luistert u|moraliseren|-1.0
p:lukt dit|prijzen|0.98
p:lukt dit|geruststellen|-0.98
p:lukt en|vervolgafspraak|-0.96
p:lukt hem|interpreteren|-0.95
p:lukt leren|afleiden|-0.98
p:lukt u|jij-boodschap|-0.99
p:lukt u|prijzen|0.99
p:luuk bij|ik-boodschap|-0.77
p:luuk bij|argumenteren|-0.98
p:luuk zijn|geruststellen|-0.96
p:maak ik|argumenteren|0.97
p:maak je|adviseren|-0.97
p:maak je|geruststellen|0.98
p:maak me|ik-boodschap|-0.99
p:maak me|gevoelsreflectie|-0.94
p:maak me|samenvatting|-0.96
p:maak me|bekritiseren|-0.99
p:maak me|interpreteren|-0.95
p:maak me|geruststellen|-0.95
p:maak me|vervolgafspraak|-0.99
p:maak u|adviseren|0.97
p:maakt ?|open-vraag|0.9
p:maakt een|samenvatting|0.91
p:maakt een|vervolgafspraak|0.91
p:maakt en|ik-boodschap|0.81
p:maakt er|moraliseren|-1.0
p:maakt er|prijzen|-1.0
p:maakt het|jij-boodschap|1.36
p:maakt het|samenvatting|0.99
p:maakt het|bekritiseren|0.89
p:maakt het|geruststellen|-0.94
p:maakt het|afleiden|0.91
p:maakt je|parafrase|0.71
p:maakt je|gevoelsreflectie|0.85
p:maakt je|samenvatting|-0.85
p:maakt kan|vervolgafspraak|0.64
p:maakt kan|bedanken|-0.94
p:maakt maar|adviseren|0.92
p:maakt me|adviseren|-0.91
p:maakt om|interpreteren|0.92
p:maakt steeds|bekritiseren|-0.23
p:maakt u|jij-boodschap|-1.0
p:maakt u|parafrase|0.21
p:maakt u|gevoelsreflectie|0.86
p:maakt u|open-vraag|1.61
p:maakt u|bekritiseren|-0.88
p:maakt u|geruststellen|1.97
p:maakt waardoor|open-vraag|-0.78
p:maakt waardoor|etiketteren|-0.99
p:maakt waardoor|geruststellen|-0.96
p:maakt wat|gevoelsreflectie|0.85
p:maakt wat|open-vraag|0.68
p:maakt zich|parafrase|-0.99
p:maakt zich|gevoelsreflectie|0.95
p:maakt zich|open-vraag|-0.65
p:maakt zich|adviseren|-0.86
p:maakt zich|interpreteren|-0.99
p:maakt zijn|jij-boodschap|-0.97
p:maakte hem|parafrase|0.96
p:maand een|afronding-aankondigen|-1.0
p:maand een|vervolgafspraak|1.0
p:maand een|bedanken|-1.0
p:maand het|bekritiseren|-0.93
p:maandag de|afronding-aankondigen|0.99
p:maandag de|bedanken|-0.99
p:maandag een|afronding-aankondigen|0.93
p:maandag een|vervolgafspraak|0.93
p:maandag het|ik-boodschap|0.84
p:maandag het|vervolgafspraak|1.9
p:maandag in|bevelen|0.9
p:maandag loop|vervolgafspraak|0.99
p:maandag na|bedanken|-0.96
p:maandag niet|ik-boodschap|0.86
p:maandag niet|vervolgafspraak|-0.95
p:maandag om|adviseren|-0.99
p:maandag om|bekritiseren|-0.93
p:maandag om|afronding-aankondigen|-0.99
p:maandag stuur|bedanken|0.96
p:maandag terug|vervolgafspraak|0.99
p:maandagochtend komt|moraliseren|-0.99
p:maanden is|argumenteren|-0.98
p:maandje ben|geruststellen|0.91
p:maar ach|gevoelsreflectie|0.98
p:maar ach|afleiden|1.67
p:maar beginnen|etiketteren|-0.98
p:maar beginnen|afleiden|-0.76
p:maar bij|afleiden|-0.98
p:maar bij|afronding-aankondigen|0.75
p:maar dat|parafrase|0.99
p:maar dat|open-vraag|-1.0
p:maar dat|argumenteren|-1.0
p:maar dat|bekritiseren|-0.94
p:maar dat|geruststellen|0.85
p:maar de|jij-boodschap|-0.39
p:maar de|parafrase|-0.88
p:maar de|argumenteren|2.88
p:maar door|parafrase|-0.68
p:maar door|gevoelsreflectie|-1.0
p:maar door|aanmoediging|0.98
p:maar door|bevelen|-1.0
p:maar door|waarschuwen|-1.0
p:maar door|geruststellen|-1.0
p:maar een|parafrase|0.96
p:maar een|argumenteren|0.82
p:maar een|afleiden|-0.93
p:maar eens|adviseren|0.81
p:maar eens|argumenteren|-0.92
p:maar eens|bekritiseren|-0.92
p:maar geen|jij-boodschap|-1.0
p:maar geen|adviseren|-0.97
p:maar genoeg|open-vraag|-0.97
p:maar goed|open-vraag|-0.96
p:maar goed|moraliseren|-0.99
p:maar goed|geruststellen|-1.95
p:maar goed|afleiden|1.92
p:maar half|ik-boodschap|0.81
p:maar half|geruststellen|-0.96
p:maar het|samenvatting|0.85
p:maar het|argumenteren|-1.9
p:maar het|interpreteren|-0.95
p:maar het|geruststellen|1.0
p:maar hij|jij-boodschap|0.83
p:maar hij|bekritiseren|0.96
p:maar hoe|open-vraag|-1.65
p:maar hoe|geruststellen|-0.91
p:maar hoe|afleiden|1.66
p:maar horen|bekritiseren|-0.92
p:maar huiswerk|moraliseren|0.95
p:maar ik|gevoelsreflectie|0.89
p:maar ik|vervolgafspraak|-0.99
p:maar je|ik-boodschap|-0.96
p:maar je|gevoelsreflectie|0.8
p:maar je|bevelen|0.84
p:maar je|geruststellen|1.88
p:maar joh|moraliseren|-0.96
p:maar joh|afleiden|0.96
p:maar loop|prijzen|-0.91
p:maar maakt|gevoelsreflectie|0.85
p:maar maakt|open-vraag|0.68
p:maar misschien|gevoelsreflectie|0.68
p:maar misschien|adviseren|0.92
p:maar naar|jij-boodschap|1.0
p:maar naar|bekritiseren|1.89
p:maar niet|parafrase|0.95
p:maar niet|gevoelsreflectie|-0.91
p:maar niet|bekritiseren|-0.88
p:maar niet|afleiden|-0.93
p:maar op|jij-boodschap|0.14
p:maar op|samenvatting|-0.99
p:maar op|open-vraag|0.9
p:maar op|bevelen|-0.82
p:maar op|moraliseren|-0.91
p:maar op|prijzen|-0.99
p:maar op|geruststellen|1.95
p:maar over|geruststellen|0.98
p:maar school|afleiden|0.93
p:maar sterk|bekritiseren|-0.91
p:maar thuis|parafrase|0.98
p:maar thuis|open-vraag|0.97
p:maar u|gevoelsreflectie|-0.88
p:maar u|aanmoediging|-0.96
p:maar u|bevelen|0.96
p:maar u|bekritiseren|0.12
p:maar volgens|parafrase|-0.99
p:maar volgens|gevoelsreflectie|-0.99
p:maar volgens|interpreteren|0.99
p:maar waarom|gevoelsreflectie|0.92
p:maar waarom|ondervragen|0.96
p:maar ze|afleiden|-0.96
p:maar zelf|jij-boodschap|0.99
p:maar zelf|samenvatting|-0.84
p:maar zelf|open-vraag|-0.99
p:maar zelf|bekritiseren|1.72
p:maar zijn|bevelen|-0.99
p:maart bespreken|samenvatting|0.91
p:maart bespreken|vervolgafspraak|0.91
p:maart verstuurd|bevelen|-1.0
p:maart verstuurd|waarschuwen|-1.0
p:maart verstuurd|adviseren|-1.0
p:maart verstuurd|argumenteren|1.0
p:machteloos voelen|gevoelsreflectie|1.75
p:mag hij|waarschuwen|0.93
p:mag je|waarschuwen|-1.0
p:mag je|moraliseren|1.0
p:mag op|gevoelsreflectie|0.98
p:mag op|open-vraag|-0.98
p:mag op|ondervragen|-0.98
p:mag rustig|aanmoediging|0.97
p:magister dus|argumenteren|0.92
p:magister gekregen|bekritiseren|-0.99
p:magister heeft|ik-boodschap|0.93
p:magister heeft|jij-boodschap|-0.93
p:magister heeft|bekritiseren|-0.7
p:magister stonden|bekritiseren|-0.9
p:magister zien|jij-boodschap|-0.85
p:mail aan|vervolgafspraak|-0.72
p:mail die|jij-boodschap|-0.46
p:mail en|adviseren|-0.99
p:mail en|afronding-aankondigen|-0.99
p:mail gelezen|gevoelsreflectie|-0.88
p:mail gelezen|bekritiseren|0.12
p:mail gestuurd|jij-boodschap|1.55
p:mail gestuurd|bekritiseren|1.68
p:mail ik|samenvatting|0.85
p:mail ik|bedanken|-0.92
p:mail is|bevelen|-1.0
p:mail is|waarschuwen|-1.0
p:mail is|adviseren|-1.0
p:mail is|argumenteren|1.0
p:mail met|afronding-aankondigen|0.93
p:mail met|vervolgafspraak|0.93
p:mail met|bedanken|0.96
p:mail stuur|argumenteren|-0.97
p:mail u|bedanken|-0.99
p:mail van|jij-boodschap|-0.97
p:mail van|ondervragen|0.94
p:mails dank|bedanken|1.0
p:mails sturen|bekritiseren|1.13
p:maken ?|ik-boodschap|0.84
p:maken ?|adviseren|-0.98
p:maken ?|vervolgafspraak|1.92
p:maken als|waarschuwen|0.54
p:maken dat|jij-boodschap|1.0
p:maken dat|gevoelsreflectie|-0.76
p:maken dat|open-vraag|0.22
p:maken dat|bevelen|-0.87
p:maken dat|adviseren|0.91
p:maken dat|bekritiseren|1.0
p:maken dat|afronding-aankondigen|-1.0
p:maken en|vervolgafspraak|0.97
p:maken hoe|afleiden|0.97
p:maken meer|samenvatting|0.99
p:maken ons|vervolgafspraak|-0.84
p:maken op|interpreteren|0.95
p:maken want|interpreteren|-0.93
p:maken we|afleiden|0.99
p:makkelijk door|jij-boodschap|0.96
p:makkelijk een|prijzen|1.83
p:makkelijk is|adviseren|0.96
p:makkelijk is|interpreteren|0.96
p:makkelijk zo|jij-boodschap|1.31
p:makkelijk zo|bekritiseren|1.76
p:makkelijk zo|geruststellen|-0.94
p:man de|ik-boodschap|0.6
p:manier om|adviseren|-0.96
p:manier om|etiketteren|-0.35
p:manier van|bekritiseren|0.96
p:manier waarop|parafrase|0.74
p:me 'ouwe'|ik-boodschap|0.99
p:me aan|ik-boodschap|-0.95
p:me aan|bevelen|0.95
p:me bent|bekritiseren|-0.87
p:me best|gevoelsreflectie|0.88
p:me daar|ik-boodschap|-0.95
p:me daar|geruststellen|-0.95
p:me dat|ik-boodschap|1.0
p:me dat|jij-boodschap|1.0
p:me dat|parafrase|-0.96
p:me dat|bekritiseren|1.8
p:me de|ik-boodschap|0.78
p:me deelt|gevoelsreflectie|-0.98
p:me echt|ik-boodschap|-0.98
p:me eerst|bevelen|0.65
p:me eraan|bekritiseren|0.52
p:me geen|gevoelsreflectie|-0.94
p:me geraakt|ik-boodschap|0.91
p:me goed|gevoelsreflectie|0.2
p:me goed|bekritiseren|-1.0
p:me heel|parafrase|-0.9
p:me langs|vervolgafspraak|0.99
p:me laten|ik-boodschap|0.98
p:me mevrouw|ik-boodschap|-0.98
p:me minder|ik-boodschap|0.99
p:me niet|ik-boodschap|2.6
p:me niet|bevelen|-1.0
p:me niet|waarschuwen|-1.0
p:me niet|moraliseren|-1.0
p:me niet|prijzen|-1.0
p:me niet|geruststellen|-1.0
p:me niet|vervolgafspraak|-1.0
p:me onrustig|adviseren|-0.91
p:me op|ik-boodschap|-0.88
p:me op|afleiden|-0.74
p:me op|vervolgafspraak|0.92
p:me opgevallen|ik-boodschap|-0.99
p:me pijn|argumenteren|-0.98
p:me toch|jij-boodschap|-0.78
p:me toch|prijzen|0.99
p:me toe|ik-boodschap|0.96
p:me uit|ik-boodschap|0.96
p:me verantwoordelijk|ik-boodschap|0.98
p:me verstandig|adviseren|0.99
p:me verstandig|bekritiseren|-0.99
p:me voorstellen|ik-boodschap|-0.83
p:me voorstellen|gevoelsreflectie|1.87
p:me zorgen|ik-boodschap|0.94
p:me zorgen|samenvatting|-0.96
p:me zorgen|bekritiseren|-0.99
p:me zorgen|interpreteren|-0.95
p:me zorgen|vervolgafspraak|-0.99
p:mede verantwoordelijk|jij-boodschap|1.66
p:mede verantwoordelijk|bekritiseren|1.8
p:mede verantwoordelijk|etiketteren|-0.88
p:mediatheek om|samenvatting|0.96
p:mediatheek om|vervolgafspraak|-0.96
p:medicijnen regelmatig|open-vraag|-0.91
p:mee akkoord|prijzen|0.76
p:mee akkoord|etiketteren|-0.97
p:mee bent|parafrase|-1.0
p:mee bent|gevoelsreflectie|0.99
p:mee bent|moraliseren|-0.99
p:mee bent|geruststellen|-1.0
p:mee bezig|interpreteren|0.99
p:mee dan|prijzen|0.96
p:mee doet|jij-boodschap|0.9
p:mee donderdag|afronding-aankondigen|0.98
p:mee donderdag|vervolgafspraak|0.98
p:mee geholpen|jij-boodschap|-0.99
p:mee geholpen|bekritiseren|-0.8
p:mee heeft|gevoelsreflectie|0.9
p:mee hoe|gevoelsreflectie|0.92
p:mee in|ik-boodschap|-0.97
p:mee instemt|adviseren|-0.98
p:mee kan|open-vraag|0.98
p:mee kunt|prijzen|0.8
p:mee laat|bevelen|0.97
p:mee laat|bekritiseren|0.97
p:mee laten|adviseren|0.99
p:mee mag|gevoelsreflectie|0.98
p:mee mag|open-vraag|-0.98
p:mee mag|ondervragen|-0.98
p:mee met|bevelen|-0.89
p:mee naar|bevelen|-0.82
p:mee op|ik-boodschap|0.87
p:mee op|bevelen|1.42
p:mee op|waarschuwen|0.12
p:mee op|moraliseren|0.91
p:mee samen|jij-boodschap|-0.7
p:mee samen|prijzen|0.97
p:mee te|gevoelsreflectie|-0.76
p:mee te|open-vraag|1.0
p:mee te|interpreteren|-0.93
p:mee te|afronding-aankondigen|-1.0
p:mee wegkomt|bekritiseren|0.91
p:mee wilde|bekritiseren|-0.45
p:meedenkend dus|waarschuwen|-0.91
p:meedenkt dan|etiketteren|-0.97
p:meedoen met|ik-boodschap|1.96
p:meedoen met|open-vraag|0.85
p:meekrijgen vind|ik-boodschap|-0.87
p:meekrijgen vind|moraliseren|0.98
p:meer ?|prijzen|-0.97
p:meer aan|ik-boodschap|0.92
p:meer aan|moraliseren|-0.92
p:meer aan|interpreteren|-0.92
p:meer dat|jij-boodschap|-0.98
p:meer dat|bekritiseren|-0.98
p:meer horen|bevelen|0.52
p:meer horen|waarschuwen|-0.81
p:meer informatie|gevoelsreflectie|-1.0
p:meer informatie|bekritiseren|-0.1
p:meer informatie|vervolgafspraak|-1.0
p:meer informatie|bedanken|-0.98
p:meer inlevert|ik-boodschap|-0.82
p:meer kan|ik-boodschap|0.89
p:meer laten|prijzen|-0.99
p:meer loslaten|gevoelsreflectie|-0.99
p:meer loslaten|adviseren|0.99
p:meer loslaten|prijzen|0.99
p:meer naar|ik-boodschap|0.98
p:meer op|ik-boodschap|-0.89
p:meer op|samenvatting|-0.89
p:meer op|argumenteren|0.98
p:meer op|vervolgafspraak|-0.89
p:meer over|interpreteren|0.93
p:meer structuur|parafrase|-0.94
p:meer structuur|bedanken|0.98
p:meer te|afleiden|0.86
p:meer terugvindt|etiketteren|-0.99
p:meer toezicht|samenvatting|0.99
p:meer verantwoordelijkheid|adviseren|0.97
p:meer vertellen|adviseren|-0.92
p:meer vertelt|gevoelsreflectie|0.8
p:meer verwachten|waarschuwen|-1.0
p:meer verwachten|moraliseren|1.0
p:meer voor|waarschuwen|0.91
p:meer vrijheid|bevelen|-0.92
p:meer zegt|ik-boodschap|-0.81
p:meer zelf|adviseren|0.93
p:meer zelf|interpreteren|-0.93
p:meer zijn|adviseren|-0.92
p:meest zorgen|open-vraag|0.92
p:meestal bij|samenvatting|-0.96
p:meeste zorgen|gevoelsreflectie|-0.92
p:meewerkt schakel|waarschuwen|0.99
p:mei gemaild|argumenteren|0.92
p:meid dus|waarschuwen|-0.97
p:meid dus|geruststellen|-0.97
p:meid jij|jij-boodschap|-0.97
p:meid jij|prijzen|0.97
p:meisjes ook|moraliseren|0.91
p:meisjes uit|ik-boodschap|-1.0
p:meisjes uit|samenvatting|1.0
p:meld ik|ik-boodschap|-0.92
p:melden bij|ik-boodschap|0.94
p:melden dat|jij-boodschap|0.92
p:melden dat|bekritiseren|0.87
p:melden dus|ik-boodschap|-0.87
p:melden naar|ik-boodschap|0.99
p:melden naar|samenvatting|-0.99
p:meneer bakker|afleiden|-0.69
p:meneer dat|jij-boodschap|0.44
p:meneer dat|etiketteren|-0.58
p:meneer jansen|vervolgafspraak|1.0
p:meneer peters|gevoelsreflectie|-1.0
p:meneer visser|ik-boodschap|-0.95
p:meneer visser|gevoelsreflectie|-0.93
p:meneer weet|aanmoediging|-0.96
p:meneer weet|etiketteren|0.96
p:mentor en|bevelen|-0.98
p:mentor erbij|vervolgafspraak|0.72
p:mentor gebeld|jij-boodschap|-0.98
p:mentor gemeld|gevoelsreflectie|0.92
p:mentor op|samenvatting|0.94
p:mentor op|bedanken|0.94
p:mentor te|open-vraag|0.78
p:mentor van|ik-boodschap|-0.95
p:mentor vertelde|gevoelsreflectie|-0.85
p:mentor voor|adviseren|-0.99
p:mentorgesprek vertelde|ik-boodschap|1.0
p:mentorgroep tot|waarschuwen|-0.94
p:mentorlessen ontevreden|gevoelsreflectie|-0.72
p:mentorlessen ontevreden|samenvatting|0.95
p:mentorlessen zijn|vervolgafspraak|-0.98
p:merk dat|ik-boodschap|-0.88
p:merk dat|gevoelsreflectie|1.74
p:merk dat|open-vraag|0.15
p:merk dat|aanmoediging|0.99
p:merk dat|adviseren|0.91
p:merk dat|prijzen|-1.0
p:merk dat|geruststellen|-0.96
p:merk ik|ik-boodschap|0.93
p:merk ik|jij-boodschap|0.9
p:merk ik|aanmoediging|-0.99
p:merk ik|bekritiseren|0.9
p:merk jij|gevoelsreflectie|-1.0
p:merk jij|open-vraag|1.0
p:merk jij|etiketteren|-1.0
p:merken ?|ik-boodschap|-0.92
p:merken ?|open-vraag|-0.59
p:merken dat|geruststellen|-0.96
p:merkt dus|parafrase|0.98
p:merkt dus|adviseren|0.98
p:merkt u|ik-boodschap|0.95
p:met andere|parafrase|0.95
p:met andere|gevoelsreflectie|-0.93
p:met andere|samenvatting|-0.99
p:met andere|afleiden|-0.98
p:met daan|bekritiseren|-0.93
p:met daan|prijzen|-0.89
p:met dat|bevelen|0.11
p:met dat|geruststellen|-0.99
p:met de|ik-boodschap|-0.89
p:met de|parafrase|-0.96
p:met de|gevoelsreflectie|0.8
p:met de|samenvatting|-0.85
p:met de|bevelen|-1.0
p:met de|waarschuwen|-1.8
p:met de|adviseren|-0.85
p:met de|argumenteren|-0.97
p:met de|bekritiseren|1.62
p:met de|geruststellen|-0.91
p:met de|afleiden|0.78
p:met de|vervolgafspraak|0.93
p:met de|bedanken|-1.0
p:met die|ik-boodschap|-0.96
p:met die|jij-boodschap|-0.75
p:met die|gevoelsreflectie|0.92
p:met die|bekritiseren|0.27
p:met die|prijzen|0.99
p:met die|interpreteren|0.91
p:met dit|prijzen|0.99
p:met dit|geruststellen|0.98
p:met dit|vervolgafspraak|-0.99
p:met een|ik-boodschap|0.91
p:met een|jij-boodschap|-0.95
p:met een|gevoelsreflectie|-0.98
p:met een|samenvatting|1.0
p:met een|argumenteren|0.71
p:met een|bekritiseren|-0.71
p:met een|afronding-aankondigen|0.93
p:met een|bedanken|0.96
p:met elkaar|moraliseren|0.89
p:met excuses|vervolgafspraak|-0.72
p:met fleur|bevelen|-0.99
p:met frans|ik-boodschap|-0.98
p:met gym|ik-boodschap|0.97
p:met haar|ik-boodschap|1.92
p:met haar|open-vraag|0.96
p:met haar|interpreteren|-0.95
p:met haar|geruststellen|0.72
p:met hem|ik-boodschap|0.86
p:met hem|gevoelsreflectie|0.97
p:met hem|samenvatting|1.31
p:met hem|adviseren|1.88
p:met hem|bekritiseren|0.89
p:met hem|interpreteren|-0.93
p:met hem|ondervragen|-0.99
p:met hem|bedanken|0.94
p:met het|samenvatting|-0.76
p:met het|adviseren|-0.97
p:met het|prijzen|1.0
p:met het|interpreteren|-1.0
p:met het|afleiden|-0.97
p:met hockey|afleiden|0.98
p:met hoe|bekritiseren|0.95
p:met je|ik-boodschap|-0.71
p:met je|parafrase|0.16
p:met je|samenvatting|0.67
p:met je|bevelen|0.89
p:met je|vervolgafspraak|0.72
p:met jesse|adviseren|0.95
p:met jou|vervolgafspraak|0.96
p:met lars|afleiden|0.89
p:met me|gevoelsreflectie|-0.98
p:met meneer|vervolgafspraak|1.0
p:met mij|bevelen|-0.7
p:met mij|waarschuwen|-0.9
p:met mij|bekritiseren|-1.75
p:met mij|prijzen|-0.97
p:met mij|bedanken|0.97
p:met noor|samenvatting|0.92
p:met onveilig|parafrase|-0.98
p:met plezier|jij-boodschap|-0.93
p:met plezier|samenvatting|0.82
p:met praten|bevelen|0.98
p:met pubers|jij-boodschap|-0.26
p:met pubers|bevelen|-0.96
p:met pubers|bekritiseren|-0.74
p:met school|argumenteren|-0.99
p:met schreeuwen|bevelen|1.0
p:met schreeuwen|bekritiseren|-1.0
p:met spullen|ik-boodschap|0.82
p:met sven|adviseren|0.94
p:met twee|geruststellen|0.97
p:met u|bekritiseren|-0.93
p:met u|prijzen|-0.89
p:met u|vervolgafspraak|-0.99
p:met uw|prijzen|1.91
p:met vijf|argumenteren|0.94
p:met voetbal|prijzen|-0.99
p:met voetbal|afleiden|0.99
p:met vuur|waarschuwen|0.91
p:met wat|ik-boodschap|-0.96
p:met wat|parafrase|1.0
p:met wat|gevoelsreflectie|1.0
p:met wat|open-vraag|-1.0
p:met wat|aanmoediging|-1.0
p:met wat|argumenteren|-0.93
p:met wie|ik-boodschap|-0.97
p:met wie|bekritiseren|0.61
p:met wie|ondervragen|1.0
p:met wie|afleiden|-1.0
p:met zijn|jij-boodschap|0.93
p:met zijn|samenvatting|-1.0
p:met zijn|open-vraag|-0.97
p:met zijn|bekritiseren|1.0
p:met zijn|prijzen|-0.98
p:met zijn|afleiden|0.31
p:met zo'n|prijzen|1.0
p:met zoveel|adviseren|-0.99
p:met zoveel|argumenteren|0.97
p:meteen de|bekritiseren|-1.81
p:meteen de|etiketteren|0.85
p:meteen gebeld|ondervragen|0.95
p:meteen in|prijzen|1.91
p:meteen met|bekritiseren|0.82
p:meteen na|parafrase|0.98
p:meteen tegen|ondervragen|0.96
p:mevrouw bakker|etiketteren|-0.97
p:mevrouw bakker|vervolgafspraak|0.96
p:mevrouw dan|adviseren|-0.97
p:mevrouw de|bevelen|0.97
p:mevrouw de|etiketteren|0.89
p:mevrouw ik|bekritiseren|0.95
p:mevrouw jansen|jij-boodschap|-0.67
p:mevrouw smit|bevelen|1.45
p:mevrouw smit|moraliseren|-0.89
p:mevrouw smit|interpreteren|-0.9
p:mevrouw yilmaz|vervolgafspraak|-0.72
p:middag ?|open-vraag|0.92
p:middag bij|ik-boodschap|0.81
p:middag na|jij-boodschap|-1.0
p:middag na|gevoelsreflectie|-1.0
p:middag na|open-vraag|1.0
p:middag na|aanmoediging|-1.0
p:middag na|argumenteren|-1.0
p:middag na|bekritiseren|-1.0
p:middag ruzie|parafrase|0.95
p:middag ruzie|samenvatting|-0.95
p:middelpunt staat|ik-boodschap|-0.94
p:middelpunt staat|jij-boodschap|-0.72
p:middernacht gamen|jij-boodschap|1.9
p:middernacht gamen|moraliseren|1.0
p:middernacht gamen|bekritiseren|1.9
p:middernacht op|jij-boodschap|0.82
p:middernacht op|bekritiseren|0.94
p:middernacht op|prijzen|-0.94
p:mij ?|open-vraag|0.96
p:mij als|jij-boodschap|1.0
p:mij als|bekritiseren|1.89
p:mij deelt|bekritiseren|-0.79
p:mij deelt|prijzen|-0.97
p:mij gewoon|jij-boodschap|-0.98
p:mij gewoon|argumenteren|-0.87
p:mij gewoon|prijzen|-0.98
p:mij gezegd|ondervragen|0.96
p:mij helemaal|interpreteren|0.91
p:mij in|waarschuwen|-0.94
p:mij in|vervolgafspraak|0.98
p:mij is|afleiden|-0.95
p:mij luisteren|aanmoediging|-0.96
p:mij luisteren|bevelen|0.96
p:mij luisteren|interpreteren|-0.97
p:mij nooit|bevelen|1.0
p:mij nooit|moraliseren|-1.0
p:mij ooit|jij-boodschap|0.93
p:mij ooit|bekritiseren|1.55
p:mij op|vervolgafspraak|0.96
p:mij op|bedanken|-0.96
p:mij praten|bevelen|-0.7
p:mij praten|waarschuwen|-0.9
p:mij reageert|bevelen|-1.0
p:mij reageert|bekritiseren|-1.0
p:mij reageert|interpreteren|1.0
p:mij spijbelt|etiketteren|-0.93
p:mij teleur|jij-boodschap|0.97
p:mij teleur|bekritiseren|0.97
p:mij uit|waarschuwen|0.64
p:mij vooral|bevelen|-0.89
p:mij vóór|jij-boodschap|-0.94
p:mij vóór|bevelen|0.94
p:mij weten|vervolgafspraak|0.84
p:mij wil|parafrase|-0.99
p:mij wil|gevoelsreflectie|-0.99
p:mij wil|interpreteren|0.99
p:mij wilde|bekritiseren|-0.97
p:mij wilde|bedanken|0.97
p:mij zit|ik-boodschap|-0.96
p:mij zit|interpreteren|0.99
p:mij zoekt|moraliseren|-0.99
p:mijn advies|moraliseren|-0.99
p:mijn berichten|bekritiseren|-0.69
p:mijn beste|jij-boodschap|-0.78
p:mijn beste|prijzen|0.99
p:mijn bureau|bevelen|0.93
p:mijn collega|bekritiseren|-0.75
p:mijn collega|etiketteren|-0.98
p:mijn collega|vervolgafspraak|0.97
p:mijn les|moraliseren|-0.91
p:mijn lessen|bekritiseren|0.95
p:mijn maag|ik-boodschap|-0.97
p:mijn mails|bedanken|1.0
p:mijn tijd|moraliseren|0.94
p:mijn tip|adviseren|0.99
p:mijn tip|prijzen|-0.98
p:mijn uitleg|parafrase|-0.99
p:mijn volgende|vervolgafspraak|-0.99
p:mijn woorden|etiketteren|-0.94
p:mila ?|moraliseren|0.99
p:mila dus|jij-boodschap|-0.91
p:mila dus|prijzen|0.91
p:mila dus|etiketteren|-0.91
p:mila zonder|open-vraag|0.85
p:milan daarop|samenvatting|-0.96
p:milan de|ik-boodschap|0.93
p:milan de|jij-boodschap|-0.93
p:milan de|bekritiseren|-0.7
p:milan drie|open-vraag|-1.0
p:milan een|ik-boodschap|1.72
p:milan een|jij-boodschap|-0.92
p:milan een|bekritiseren|-0.31
p:milan vond|moraliseren|-0.92
p:milan vond|bekritiseren|-0.92
p:minder scherm|parafrase|-0.94
p:minder serieus|ik-boodschap|0.99
p:minder te|moraliseren|-0.99
p:minuten al|ik-boodschap|-0.77
p:minuten al|argumenteren|-0.98
p:minuten begint|vervolgafspraak|-0.99
p:minuten bezig|ik-boodschap|0.82
p:minuten stopt|open-vraag|-0.97
p:mis in|ik-boodschap|-0.98
p:mis in|parafrase|0.98
p:mis je|waarschuwen|-0.8
p:misschien is|adviseren|0.98
p:misschien is|geruststellen|-1.0
p:misschien kunt|ik-boodschap|0.95
p:misschien kunt|gevoelsreflectie|0.93
p:misschien kunt|open-vraag|-0.78
p:misschien kunt|adviseren|3.82
p:misschien kunt|vervolgafspraak|-0.98
p:misschien moet|ik-boodschap|0.96
p:misschien moet|samenvatting|-0.96
p:misschien moet|bevelen|-0.92
p:misschien moet|waarschuwen|-0.75
p:misschien moet|adviseren|0.96
p:missen maar|parafrase|0.96
p:missen vaker|jij-boodschap|-0.96
p:mist dat|vervolgafspraak|-0.64
p:mist en|open-vraag|0.92
p:mist haar|aanmoediging|-0.97
p:mist haar|vervolgafspraak|-0.95
p:mist iris|waarschuwen|-0.99
p:mist je|ik-boodschap|-0.99
p:mist je|samenvatting|0.86
p:mist levert|argumenteren|0.97
p:mist thijs|ik-boodschap|0.92
p:mist ze|samenvatting|-0.91
p:mist ze|vervolgafspraak|0.99
p:mist zonder|argumenteren|0.94
p:mm mm|samenvatting|-0.99
p:mo al|ik-boodschap|0.94
p:mo al|waarschuwen|-0.94
p:mobiel nog|waarschuwen|0.98
p:moe hij|samenvatting|0.92
p:moe hij|waarschuwen|-0.92
p:moe is|jij-boodschap|-0.97
p:moe is|prijzen|-0.96
p:moe is|interpreteren|-0.98
p:moe is|afleiden|-0.74
p:moe van|ik-boodschap|0.87
p:moeder bent|jij-boodschap|-0.93
p:moeder daar|jij-boodschap|1.0
p:moeder daar|moraliseren|1.0
p:moeder daar|bekritiseren|1.0
p:moeder dan|parafrase|-0.96
p:moeder dank|bevelen|-0.99
p:moeder dank|prijzen|-0.76
p:moeder die|jij-boodschap|1.75
p:moeder die|bekritiseren|-0.94
p:moeder die|afleiden|-0.63
p:moeder dus|ik-boodschap|-1.0
p:moeder dus|gevoelsreflectie|-1.0
p:moeder dus|argumenteren|-1.0
p:moeder dus|prijzen|0.76
p:moeder en|vervolgafspraak|1.0
p:moeder erbij|gevoelsreflectie|0.88
p:moeder heeft|bekritiseren|0.96
p:moeder hoort|waarschuwen|-0.92
p:moeder moest|parafrase|1.87
p:moeder moet|jij-boodschap|-0.84
p:moeder u|adviseren|0.82
p:moeder u|bekritiseren|-0.95
p:moeder u|prijzen|0.98
p:moeilijk beoordelen|bevelen|-0.9
p:moeilijk gesprek|etiketteren|-0.98
p:moeilijk hebt|interpreteren|0.91
p:moeilijk hij|gevoelsreflectie|0.8
p:moeilijk hij|vervolgafspraak|0.89
p:moeilijk mee|gevoelsreflectie|0.92
p:moeilijk om|bekritiseren|-0.86
p:moeilijk om|interpreteren|0.93
p:moeilijk thuis|parafrase|-0.96
p:moeilijk volgens|parafrase|0.96
p:moeilijk was|argumenteren|1.95
p:moeite genomen|bekritiseren|0.91
p:moeite heeft|ik-boodschap|-0.98
p:moeite nam|bekritiseren|-0.9
p:moeite nam|bedanken|0.74
p:moest horen|parafrase|1.87
p:moet blijven|geruststellen|0.99
p:moet daardoor|ik-boodschap|0.96
p:moet dat|gevoelsreflectie|0.97
p:moet doen|adviseren|-0.92
p:moet een|gevoelsreflectie|0.47
p:moet gewoon|bevelen|1.83
p:moet heel|gevoelsreflectie|1.75
p:moet hem|jij-boodschap|-1.0
p:moet hem|parafrase|-1.0
p:moet hem|bevelen|1.0
p:moet hem|ondervragen|-1.0
p:moet het|samenvatting|-0.92
p:moet het|waarschuwen|0.94
p:moet het|afronding-aankondigen|0.98
p:moet het|vervolgafspraak|-0.92
p:moet hier|vervolgafspraak|-0.99
p:moet hij|waarschuwen|0.99
p:moet hij|prijzen|0.89
p:moet ik|parafrase|-0.99
p:moet ik|samenvatting|-0.91
p:moet je|ik-boodschap|-0.87
p:moet je|open-vraag|-0.99
p:moet je|bevelen|-0.65
p:moet je|moraliseren|0.98
p:moet je|adviseren|0.96
p:moet je|bekritiseren|-0.96
p:moet leren|bevelen|-0.84
p:moet leren|moraliseren|0.99
p:moet meekijken|open-vraag|-1.0
p:moet melden|gevoelsreflectie|-0.92
p:moet morgen|bevelen|-0.93
p:moet nu|aanmoediging|-0.96
p:moet nu|bevelen|0.96
p:moet nu|etiketteren|-0.98
p:moet sem|ik-boodschap|0.91
p:moet u|jij-boodschap|-0.84
p:moet u|bevelen|-0.92
p:moet u|waarschuwen|-0.75
p:moet voor|gevoelsreflectie|1.0
p:moet voor|geruststellen|-0.83
p:moet ze|afleiden|-0.98
p:moet zich|bevelen|0.51
p:moet zich|waarschuwen|0.76
p:moeten afronden|moraliseren|-0.87
p:moeten afsluiten|vervolgafspraak|-0.92
p:moeten bellen|bekritiseren|-2.41
p:moeten dit|samenvatting|-0.97
p:moeten dit|vervolgafspraak|-0.97
p:moeten dit|bedanken|-0.97
p:moeten doen|bekritiseren|0.83
p:moeten geven|moraliseren|0.99
p:moeten geven|adviseren|-0.99
p:moeten hem|bevelen|0.84
p:moeten hem|bekritiseren|-0.84
p:moeten laten|afleiden|-0.98
p:moeten laten|afronding-aankondigen|0.75
p:moeten melden|ik-boodschap|0.94
p:moeten melden|waarschuwen|-0.94
p:moeten melden|bekritiseren|0.9
p:moeten nu|afronding-aankondigen|1.0
p:moeten nu|bedanken|1.0
p:moeten opletten|jij-boodschap|-0.9
p:moeten opletten|bekritiseren|-0.9
p:moeten opnemen|etiketteren|-0.97
p:moeten sturen|bekritiseren|0.83
p:moeten weten|jij-boodschap|0.92
p:moeten weten|moraliseren|0.98
p:moeten wij|ik-boodschap|-0.87
p:moeten zijn|parafrase|-0.97
p:mogelijk dat|ik-boodschap|-0.92
p:mogelijk dat|open-vraag|-0.59
p:mohammed is|jij-boodschap|1.64
p:mohammed is|bekritiseren|1.76
p:moment een|argumenteren|-0.82
p:mooi cijfer|afleiden|0.93
p:mooi geweest|bedanken|-0.96
p:mooi om|ik-boodschap|0.95
p:mooi vandaag|adviseren|-0.92
p:moois van|prijzen|-1.0
p:morgen de|bevelen|-0.98
p:morgen een|bekritiseren|-0.94
p:morgen even|bevelen|-0.94
p:morgen gewoon|parafrase|-1.0
p:morgen gewoon|bevelen|1.0
p:morgen gewoon|argumenteren|-1.0
p:morgen in|bevelen|-0.88
p:morgen na|samenvatting|-0.94
p:morgen na|vervolgafspraak|0.98
p:morgen naar|bevelen|0.52
p:morgen naar|moraliseren|-0.89
p:morgen om|bevelen|1.0
p:morgen om|vervolgafspraak|0.97
p:morgen op|bevelen|0.98
p:morgen thuis|bevelen|0.96
p:morgen thuis|vervolgafspraak|-0.96
p:morgen thuisblijft|jij-boodschap|-1.0
p:morgen thuisblijft|ondervragen|-1.0
p:morgen weer|ik-boodschap|-1.0
p:morgen weer|bevelen|-0.74
p:morgen wil|bevelen|0.94
p:morgen zelf|jij-boodschap|-0.86
p:morgen zelf|bevelen|1.73
p:morgen zelf|vervolgafspraak|-0.98
p:morgen zelf|bedanken|-0.98
p:muur wordt|ik-boodschap|0.83
p:na de|parafrase|-0.12
p:na de|bevelen|0.9
p:na de|prijzen|-1.0
p:na drie|argumenteren|1.0
p:na het|parafrase|0.98
p:na het|geruststellen|-0.85
p:na het|vervolgafspraak|0.98
p:na school|jij-boodschap|-1.0
p:na school|gevoelsreflectie|-1.0
p:na school|samenvatting|-0.94
p:na school|open-vraag|1.0
p:na school|aanmoediging|-1.0
p:na school|argumenteren|-1.0
p:na school|bekritiseren|-1.0
p:na schooltijd|bedanken|-0.96
p:na tien|ik-boodschap|-0.77
p:na tien|argumenteren|-0.98
p:na twintig|open-vraag|-0.97
p:naar ?|ondervragen|-1.0
p:naar bed|parafrase|-0.99
p:naar bed|bevelen|-1.0
p:naar bed|moraliseren|1.0
p:naar bed|adviseren|-0.88
p:naar bed|bekritiseren|0.83
p:naar bed|interpreteren|0.91
p:naar buiten|ik-boodschap|-0.8
p:naar buiten|waarschuwen|1.65
p:naar dat|ik-boodschap|0.71
p:naar dat|gevoelsreflectie|0.83
p:naar dat|samenvatting|-1.0
p:naar de|ik-boodschap|-0.93
p:naar de|jij-boodschap|0.83
p:naar de|parafrase|-0.78
p:naar de|gevoelsreflectie|0.89
p:naar de|samenvatting|1.73
p:naar de|open-vraag|-1.98
p:naar de|aanmoediging|-1.0
p:naar de|bevelen|0.26
p:naar de|waarschuwen|0.4
p:naar de|moraliseren|-1.0
p:naar de|adviseren|0.99
p:naar de|bekritiseren|1.92
p:naar de|prijzen|-1.0
p:naar de|interpreteren|-0.95
p:naar de|geruststellen|0.72
p:naar de|vervolgafspraak|-0.89
p:naar gym|samenvatting|-0.99
p:naar haar|interpreteren|0.98
p:naar het|jij-boodschap|-0.26
p:naar het|bevelen|-0.96
p:naar het|bekritiseren|-0.74
p:naar huis|ik-boodschap|0.99
p:naar huis|gevoelsreflectie|-0.99
p:naar huis|samenvatting|-0.99
p:naar huis|etiketteren|-0.98
p:naar je|jij-boodschap|-1.0
p:naar je|moraliseren|0.94
p:naar je|argumenteren|-0.73
p:naar je|bekritiseren|-1.0
p:naar me|ik-boodschap|0.96
p:naar me|adviseren|-0.96
p:naar mevrouw|bevelen|1.45
p:naar mevrouw|moraliseren|-0.89
p:naar mij|jij-boodschap|1.0
p:naar mij|aanmoediging|-0.96
p:naar mij|bevelen|0.96
p:naar mij|bekritiseren|1.89
p:naar mij|interpreteren|-0.97
p:naar sara|parafrase|0.91
p:naar school|ik-boodschap|0.98
p:naar school|parafrase|-1.0
p:naar school|samenvatting|0.82
p:naar school|bevelen|0.26
p:naar school|argumenteren|-1.0
p:naar school|bekritiseren|-0.86
p:naar u|gevoelsreflectie|-0.85
p:naar uw|open-vraag|0.98
p:naar want|ik-boodschap|0.81
p:naar want|jij-boodschap|-0.91
p:naar want|bekritiseren|-0.91
p:naar wat|waarschuwen|-1.0
p:naar wat|bekritiseren|0.79
p:naar zei|moraliseren|-0.92
p:naar zei|bekritiseren|-0.92
p:naar zijn|samenvatting|-0.62
p:naar zijn|vervolgafspraak|0.99
p:naast bram|ik-boodschap|0.92
p:naast bram|moraliseren|-0.92
p:naast bram|interpreteren|-0.92
p:naast finn|ik-boodschap|-0.96
p:naast hem|parafrase|0.95
p:naast iemand|bevelen|-0.7
p:naast iemand|waarschuwen|-0.9
p:naast noor|bekritiseren|-0.96
p:naast rik|ik-boodschap|0.93
p:naast tim|bekritiseren|-0.61
p:nabespreking niet|open-vraag|0.98
p:nablijven u|argumenteren|1.0
p:nachts nog|jij-boodschap|0.69
p:nachts nog|bekritiseren|0.91
p:nadenken hoor|aanmoediging|0.97
p:nam om|bekritiseren|-0.9
p:nam om|bedanken|0.74
p:natuurkunde kom|jij-boodschap|-0.95
p:natuurkunde kom|argumenteren|0.71
p:natuurkunde kom|bekritiseren|-0.71
p:natuurlijk gewoon|adviseren|-0.96
p:natuurlijk gewoon|etiketteren|-0.35
p:natuurlijk het|jij-boodschap|-0.94
p:natuurlijk meteen|prijzen|1.91
p:natuurlijk voort|moraliseren|-0.99
p:nauwelijks heeft|bekritiseren|1.74
p:nauwelijks interesse|bekritiseren|0.89
p:nauwelijks nog|ik-boodschap|0.93
p:nederland gaan|moraliseren|0.91
p:nee hoor|aanmoediging|-0.93
p:neem gerust|gevoelsreflectie|0.75
p:neem gerust|samenvatting|-0.91
p:neem gerust|aanmoediging|0.99
p:neem ik|bevelen|0.29
p:neem ik|vervolgafspraak|-0.94
p:neem je|jij-boodschap|-1.0
p:neem je|aanmoediging|1.0
p:neem je|bevelen|-0.98
p:neem je|bekritiseren|-1.0
p:neem rustig|gevoelsreflectie|-0.97
p:neem u|gevoelsreflectie|-0.72
p:neem u|samenvatting|0.95
p:neemt het|jij-boodschap|0.77
p:neemt u|parafrase|-0.99
p:neemt uw|moraliseren|-0.91
p:neer dat|samenvatting|-0.94
p:negen bij|bevelen|1.0
p:negen binnenkomt|samenvatting|-0.91
p:negen binnenkwam|interpreteren|-0.91
p:negen ik|samenvatting|0.92
p:negen ik|vervolgafspraak|0.92
p:negen ik|bedanken|0.92
p:negen naar|samenvatting|-1.0
p:negen naar|waarschuwen|-1.0
p:negen naar|argumenteren|-1.0
p:negen uur|parafrase|0.98
p:negen uur|adviseren|0.98
p:negen uur|argumenteren|0.97
p:nemen ?|gevoelsreflectie|-0.76
p:nemen ?|adviseren|0.86
p:nemen ?|afronding-aankondigen|-1.0
p:nemen de|ik-boodschap|0.99
p:nemen zo|bevelen|-0.84
p:nergens iets|samenvatting|-0.94
p:nergens iets|geruststellen|-1.0
p:nergens op|jij-boodschap|-0.82
p:nergens op|argumenteren|0.98
p:nergens schuld|jij-boodschap|0.91
p:nergens schuld|samenvatting|-0.91
p:nergens schuld|open-vraag|-0.87
p:nergens schuld|bekritiseren|0.91
p:net een|jij-boodschap|0.89
p:net een|etiketteren|0.89
p:netjes en|aanmoediging|-0.73
p:netjes en|bekritiseren|-0.97
p:netjes om|jij-boodschap|-0.92
p:netjes om|argumenteren|-0.81
p:nette opmerking|bekritiseren|0.99
p:niemand hier|parafrase|0.91
p:niemand iets|gevoelsreflectie|1.87
p:niemand ingreep|parafrase|0.99
p:niemand naar|gevoelsreflectie|-0.85
p:niemand u|parafrase|0.68
p:niemand u|gevoelsreflectie|0.93
p:niemand van|jij-boodschap|-0.99
p:niemand zegt|geruststellen|1.87
p:niet ?|vervolgafspraak|-0.96
p:niet aan|jij-boodschap|-0.74
p:niet aan|open-vraag|0.63
p:niet aan|bevelen|-0.52
p:niet aan|argumenteren|0.82
p:niet aan|bekritiseren|-1.83
p:niet aan|afleiden|0.9
p:niet af|ik-boodschap|-0.62
p:niet af|jij-boodschap|0.91
p:niet af|bekritiseren|-0.23
p:niet af|geruststellen|-0.77
p:niet afgemeld|ik-boodschap|-0.97
p:niet afheeft|open-vraag|0.98
p:niet afmaakt|geruststellen|-0.92
p:niet alleen|moraliseren|0.93
p:niet alleen|argumenteren|0.98
p:niet alleen|bekritiseren|-0.85
p:niet alleen|interpreteren|-0.95
p:niet anders|ik-boodschap|-1.0
p:niet anders|gevoelsreflectie|-1.0
p:niet anders|argumenteren|-1.0
p:niet anders|prijzen|1.0
p:niet andersom|jij-boodschap|1.64
p:niet andersom|bekritiseren|1.76
p:niet bereiken|open-vraag|0.78
p:niet bevorderen|waarschuwen|1.0
p:niet bij|ik-boodschap|-0.9
p:niet bij|geruststellen|-0.91
p:niet bij|vervolgafspraak|0.97
p:niet bijwerkt|ik-boodschap|0.86
p:niet bijwerkt|vervolgafspraak|-0.95
p:niet boos|geruststellen|0.96
p:niet boos|afleiden|-0.96
p:niet dat|ik-boodschap|-1.6
p:niet dat|moraliseren|0.87
p:niet dat|bekritiseren|-0.81
p:niet dat|geruststellen|0.89
p:niet de|argumenteren|1.0
p:niet de|etiketteren|-0.85
p:niet de|geruststellen|1.81
p:niet doet|waarschuwen|0.54
p:niet dom|etiketteren|-0.87
p:niet druk|gevoelsreflectie|-0.91
p:niet druk|bekritiseren|-0.88
p:niet druk|geruststellen|1.96
p:niet eens|jij-boodschap|-0.98
p:niet eens|adviseren|0.99
p:niet eens|bekritiseren|-0.98
p:niet eens|ondervragen|-0.99
p:niet eerder|gevoelsreflectie|0.92
p:niet eerder|bekritiseren|-0.95
p:niet eerder|prijzen|-0.97
p:niet eerlijk|gevoelsreflectie|-0.98
p:niet en|ik-boodschap|0.62
p:niet en|samenvatting|0.96
p:niet en|vervolgafspraak|-0.96
p:niet erg|prijzen|0.91
p:niet erg|bedanken|-0.74
p:niet gaat|gevoelsreflectie|-0.52
p:niet gebeld|bekritiseren|0.95
p:niet gebeuren|moraliseren|-0.96
p:niet gebeuren|geruststellen|1.84
p:niet gehad|ik-boodschap|0.62
p:niet gekomen|parafrase|0.95
p:niet gekomen|samenvatting|-0.95
p:niet geloof|ik-boodschap|-0.97
p:niet gemotiveerd|jij-boodschap|0.44
p:niet gemotiveerd|etiketteren|-0.58
p:niet genoeg|waarschuwen|-0.99
p:niet gepast|bekritiseren|1.13
p:niet gerust|ik-boodschap|-0.98
p:niet gesteund|gevoelsreflectie|0.97
p:niet gevallen|bekritiseren|0.95
p:niet gewoon|bekritiseren|0.83
p:niet gezien|samenvatting|-0.87
p:niet goed|parafrase|-1.87
p:niet goed|open-vraag|-0.98
p:niet goed|afronding-aankondigen|1.0
p:niet had|ik-boodschap|-0.92
p:niet hebben|afleiden|0.95
p:niet helpen|vervolgafspraak|0.64
p:niet helpen|bedanken|-0.94
p:niet het|ik-boodschap|-0.81
p:niet het|gevoelsreflectie|0.98
p:niet het|afleiden|0.71
p:niet hoe|parafrase|0.97
p:niet hoe|gevoelsreflectie|-0.89
p:niet hoe|samenvatting|0.89
p:niet hoort|moraliseren|0.96
p:niet hoort|argumenteren|-0.96
p:niet in|jij-boodschap|-0.78
p:niet in|prijzen|0.99
p:niet ingelicht|ondervragen|0.83
p:niet inlevert|waarschuwen|0.92
p:niet kan|ik-boodschap|0.91
p:niet kan|interpreteren|-0.91
p:niet kan|geruststellen|-0.98
p:niet klaar|bevelen|0.93
p:niet klopt|parafrase|1.0
p:niet klopt|gevoelsreflectie|1.0
p:niet klopt|open-vraag|-1.0
p:niet klopt|aanmoediging|-1.0
p:niet klopt|argumenteren|-0.93
p:niet kon|gevoelsreflectie|-0.76
p:niet kon|open-vraag|-0.78
p:niet kon|adviseren|0.91
p:niet kon|argumenteren|-1.0
p:niet kon|afronding-aankondigen|-1.0
p:niet kunnen|ik-boodschap|-0.96
p:niet kunnen|parafrase|0.96
p:niet kunt|adviseren|-0.91
p:niet kunt|interpreteren|-0.99
p:niet laat|ik-boodschap|1.0
p:niet laat|open-vraag|-0.85
p:niet laat|bevelen|-1.0
p:niet laat|waarschuwen|-1.0
p:niet laat|moraliseren|-1.0
p:niet laat|geruststellen|-1.0
p:niet laat|vervolgafspraak|-1.0
p:niet laten|parafrase|-0.99
p:niet laten|gevoelsreflectie|-0.99
p:niet laten|interpreteren|0.99
p:niet laten|ondervragen|0.99
p:niet leert|ik-boodschap|0.84
p:niet leert|argumenteren|0.97
p:niet leert|vervolgafspraak|0.92
p:niet lekker|ik-boodschap|1.6
p:niet lekker|open-vraag|0.92
p:niet lekker|prijzen|-1.0
p:niet lukt|argumenteren|-0.94
p:niet maakt|open-vraag|-1.74
p:niet maakt|vervolgafspraak|0.64
p:niet maakt|bedanken|-0.94
p:niet mag|gevoelsreflectie|-1.0
p:niet maken|vervolgafspraak|0.97
p:niet mee|gevoelsreflectie|0.98
p:niet mee|waarschuwen|0.93
p:niet mee|prijzen|0.8
p:niet mee|ondervragen|-0.98
p:niet meedoen|ik-boodschap|1.96
p:niet meedoen|open-vraag|0.85
p:niet meer|ik-boodschap|1.07
p:niet meer|samenvatting|-0.9
p:niet meer|bevelen|0.52
p:niet meer|waarschuwen|-0.81
p:niet meer|moraliseren|-0.92
p:niet meer|argumenteren|0.98
p:niet meer|prijzen|-0.99
p:niet meer|etiketteren|-0.99
p:niet meer|interpreteren|-0.92
p:niet meer|vervolgafspraak|-0.89
p:niet meewerkt|waarschuwen|0.99
p:niet met|ik-boodschap|0.86
p:niet met|moraliseren|0.89
p:niet met|vervolgafspraak|-0.95
p:niet meteen|ondervragen|1.91
p:niet naar|moraliseren|0.94
p:niet naar|argumenteren|-0.73
p:niet naar|bekritiseren|0.79
p:niet naar|ondervragen|0.99
p:niet naast|parafrase|0.95
p:niet netjes|jij-boodschap|-0.92
p:niet netjes|argumenteren|-0.81
p:niet nodig|bekritiseren|0.93
p:niet oefent|argumenteren|1.67
p:niet of|geruststellen|-0.93
p:niet om|parafrase|0.99
p:niet om|ondervragen|-0.96
p:niet omdat|afleiden|-0.98
p:niet onderbreken|bevelen|0.93
p:niet ongerust|moraliseren|-0.99
p:niet op|bevelen|-0.85
p:niet op|afleiden|-0.94
p:niet oplaadt|ik-boodschap|0.99
p:niet over|jij-boodschap|-0.95
p:niet over|adviseren|-0.92
p:niet over|argumenteren|0.71
p:niet over|bekritiseren|-0.71
p:niet over|interpreteren|0.91
p:niet over|geruststellen|-1.96
p:niet over|afleiden|-0.93
p:niet piekeren|bevelen|-0.55
p:niet plannen|argumenteren|-0.97
p:niet redt|parafrase|-0.86
p:niet serieus|jij-boodschap|0.77
p:niet serieus|interpreteren|-0.99
p:niet snapt|interpreteren|0.92
p:niet star|argumenteren|-0.93
p:niet stellen|ik-boodschap|0.96
p:niet toegeven|interpreteren|0.99
p:niet tot|parafrase|0.98
p:niet tot|adviseren|0.98
p:niet van|afronding-aankondigen|-1.0
p:niet verantwoord|argumenteren|0.94
p:niet verder|ik-boodschap|0.96
p:niet verder|gevoelsreflectie|-0.96
p:niet verder|afronding-aankondigen|0.96
p:niet verstaan|waarschuwen|-0.22
p:niet verwerkt|interpreteren|0.99
p:niet volgen|ik-boodschap|0.6
p:niet waar|ik-boodschap|0.99
p:niet waar|samenvatting|-0.99
p:niet waar|moraliseren|-0.95
p:niet waar|argumenteren|0.92
p:niet wakker|afleiden|-0.57
p:niet wat|samenvatting|0.99
p:niet wat|open-vraag|0.9
p:niet wat|argumenteren|0.99
p:niet wat|interpreteren|-0.99
p:niet wat|ondervragen|-0.79
p:niet wat|afronding-aankondigen|-0.98
p:niet wat|vervolgafspraak|-0.98
p:niet wegstopt|ik-boodschap|-0.81
p:niet wegstopt|waarschuwen|0.81
p:niet welke|parafrase|-0.95
p:niet werken|bekritiseren|-1.0
p:niet werken|ondervragen|-1.0
p:niet ziek|etiketteren|-0.98
p:niet zien|waarschuwen|-0.92
p:niet zo|ik-boodschap|-1.93
p:niet zo|jij-boodschap|-2.72
p:niet zo|bevelen|1.55
p:niet zo|waarschuwen|-1.0
p:niet zo|moraliseren|-0.94
p:niet zo|argumenteren|-1.87
p:niet zo|etiketteren|2.89
p:niet zo|geruststellen|0.97
p:niet zo|afleiden|0.87
p:niet zo'n|bevelen|-0.99
p:niet zo'n|etiketteren|0.51
p:niet zomaar|moraliseren|0.94
p:niet zomaar|argumenteren|-0.73
p:niets aan|jij-boodschap|0.98
p:niets aan|geruststellen|-0.74
p:niets afspreken|ik-boodschap|0.98
p:niets doet|gevoelsreflectie|-0.77
p:niets hoort|bekritiseren|-1.87
p:niets mee|interpreteren|-0.93
p:niets meer|gevoelsreflectie|0.8
p:niets meer|waarschuwen|0.91
p:niets van|bekritiseren|0.71
p:niets van|ondervragen|0.91
p:niets verkeerd|jij-boodschap|-0.94
p:niets verkeerd|geruststellen|1.7
p:niets vertelt|parafrase|0.99
p:niets vertelt|open-vraag|-0.89
p:nieuw gesprek|vervolgafspraak|1.0
p:nieuw gesprek|bedanken|-1.0
p:nieuw tijdstip|afronding-aankondigen|0.93
p:nieuw tijdstip|vervolgafspraak|0.93
p:nieuwe afdeling|open-vraag|0.91
p:nieuwe datum|bedanken|0.96
p:nieuwe gebouw|afleiden|0.96
p:nieuwe huis|open-vraag|-1.65
p:nieuwe huis|afleiden|0.88
p:nieuwe schoolgids|ondervragen|-0.92
p:nieuwe stof|ik-boodschap|0.62
p:niks ?|jij-boodschap|0.99
p:niks ?|samenvatting|-0.84
p:niks ?|open-vraag|-0.99
p:niks ?|bekritiseren|1.72
p:niks aan|adviseren|-0.98
p:niks aan|argumenteren|0.98
p:niks aan|afleiden|-0.91
p:niks gezegd|bevelen|-0.98
p:niks ik|jij-boodschap|-1.0
p:niks ik|interpreteren|-1.0
p:niks kan|parafrase|-0.99
p:niks kan|gevoelsreflectie|-0.99
p:niks kan|interpreteren|0.99
p:niks mee|ik-boodschap|0.87
p:niks mee|jij-boodschap|0.9
p:niks meer|ik-boodschap|-0.81
p:niks van|ik-boodschap|-0.92
p:niks van|open-vraag|-0.59
p:niks voor|moraliseren|-0.96
p:niks voor|afleiden|1.94
p:niks ze|moraliseren|-0.91
p:nina in|ik-boodschap|-0.95
p:noah al|adviseren|-0.98
p:noah de|open-vraag|-0.78
p:noah de|adviseren|0.91
p:noah zonder|ik-boodschap|0.89
p:nodig ?|gevoelsreflectie|0.53
p:nodig hebt|jij-boodschap|1.0
p:nodig hebt|bekritiseren|1.89
p:nodig heeft|prijzen|0.95
p:nodig ik|prijzen|-0.9
p:nodig ik|afronding-aankondigen|-0.9
p:nodig om|bekritiseren|0.93
p:noemt waar|ik-boodschap|0.99
p:nog aan|ik-boodschap|0.93
p:nog aan|samenvatting|0.86
p:nog aan|open-vraag|0.99
p:nog een|samenvatting|-0.95
p:nog een|bevelen|0.29
p:nog een|waarschuwen|1.02
p:nog een|adviseren|-0.94
p:nog een|vervolgafspraak|-0.94
p:nog eens|bevelen|-1.81
p:nog eens|interpreteren|-1.0
p:nog even|afleiden|-0.99
p:nog laten|jij-boodschap|-1.0
p:nog laten|ondervragen|-1.0
p:nog mee|interpreteren|0.99
p:nog meer|prijzen|-0.97
p:nog meer|afleiden|0.86
p:nog niet|ik-boodschap|0.91
p:nog niet|samenvatting|0.96
p:nog niet|bevelen|0.93
p:nog niet|vervolgafspraak|-0.96
p:nog steeds|jij-boodschap|0.12
p:nog sturen|vervolgafspraak|-0.72
p:nog van|waarschuwen|-0.98
p:nog wel|prijzen|0.97
p:nog zit|jij-boodschap|0.69
p:nog zit|bekritiseren|0.91
p:nog zo|waarschuwen|-0.64
p:nog zo|etiketteren|-0.96
p:nog zo'n|samenvatting|-0.86
p:nog zo'n|waarschuwen|1.43
p:nog één|ik-boodschap|-1.94
p:nog één|bevelen|0.13
p:nog één|waarschuwen|1.63
p:nog één|argumenteren|-0.99
p:nog één|bekritiseren|-0.96
p:nogal een|bekritiseren|-1.0
p:nogal onverschillig|jij-boodschap|0.98
p:nogal onverschillig|bekritiseren|0.87
p:nooit aan|jij-boodschap|1.91
p:nooit aan|parafrase|0.99
p:nooit aan|aanmoediging|-1.0
p:nooit aan|argumenteren|-1.0
p:nooit aan|bekritiseren|0.98
p:nooit aan|prijzen|-1.0
p:nooit aan|afronding-aankondigen|-1.0
p:nooit af|jij-boodschap|-0.97
p:nooit als|jij-boodschap|-1.79
p:nooit als|bekritiseren|-1.45
p:nooit als|ondervragen|0.93
p:nooit de|bekritiseren|0.91
p:nooit iets|jij-boodschap|-1.0
p:nooit iets|interpreteren|-1.0
p:nooit is|bekritiseren|-0.94
p:nooit je|jij-boodschap|0.61
p:nooit laten|jij-boodschap|0.95
p:nooit laten|ondervragen|-0.95
p:nooit naar|waarschuwen|-1.0
p:nooit naar|bekritiseren|0.96
p:nooit op|bekritiseren|1.0
p:nooit uitpraten|bevelen|1.0
p:nooit uitpraten|moraliseren|-1.0
p:nooit wat|jij-boodschap|0.97
p:nooit zo|aanmoediging|-0.91
p:noor dat|afronding-aankondigen|0.98
p:noor dat|bedanken|0.98
p:noor deze|ik-boodschap|0.77
p:noor dus|jij-boodschap|-0.93
p:noor en|samenvatting|0.92
p:noor in|bekritiseren|-0.96
p:noor te|vervolgafspraak|0.99
p:nooti op|jij-boodschap|1.8
p:nooti op|bekritiseren|1.59
p:normaal bij|geruststellen|0.93
p:normaal bij|afleiden|-0.93
p:normaal dat|geruststellen|-0.96
p:normaal dat|afleiden|0.96
p:normaal fatsoen|interpreteren|-0.96
p:normaal om|jij-boodschap|0.99
p:normaal om|bekritiseren|0.99
p:normaal op|argumenteren|-0.97
p:normering is|jij-boodschap|-0.39
p:normering is|argumenteren|0.93
p:nou als|open-vraag|-0.98
p:nou als|adviseren|1.85
p:nou eenmaal|jij-boodschap|1.78
p:nou eenmaal|bevelen|-0.96
p:nou eenmaal|moraliseren|0.96
p:nou eenmaal|adviseren|-0.99
p:nou eenmaal|argumenteren|-1.05
p:nou eenmaal|bekritiseren|-0.74
p:nou eenmaal|etiketteren|0.19
p:nou eenmaal|afleiden|-0.72
p:nou eens|adviseren|-0.96
p:nou fijn|bekritiseren|1.79
p:nou fijn|bedanken|-0.97
p:nou heel|bekritiseren|0.95
p:nou heel|bedanken|-1.76
p:nou ja|jij-boodschap|-0.26
p:nou ja|bevelen|-0.96
p:nou ja|bekritiseren|-0.74
p:nou jij|jij-boodschap|0.91
p:nou jij|prijzen|-0.91
p:nou jij|etiketteren|0.91
p:nou jij|geruststellen|-0.91
p:nou kijk|ik-boodschap|0.62
p:nou lekker|bekritiseren|1.79
p:nou lekker|etiketteren|-0.86
p:nou maar|gevoelsreflectie|-0.91
p:nou maar|bekritiseren|-0.88
p:nou mee|bevelen|0.52
p:nou mee|waarschuwen|-0.81
p:nou mevrouw|etiketteren|0.89
p:nou niet|jij-boodschap|-1.72
p:nou nooit|jij-boodschap|0.97
p:nou nou|etiketteren|0.89
p:nou wat|samenvatting|0.96
p:nou wat|vervolgafspraak|-0.96
p:nu aan|bevelen|1.49
p:nu aan|waarschuwen|0.76
p:nu aan|bekritiseren|0.97
p:nu afronden|samenvatting|-0.92
p:nu afronden|afronding-aankondigen|1.0
p:nu al|waarschuwen|-0.8
p:nu besproken|ik-boodschap|-0.98
p:nu beëindigen|vervolgafspraak|0.99
p:nu door|gevoelsreflectie|-0.7
p:nu drie|parafrase|-1.0
p:nu drie|gevoelsreflectie|-1.0
p:nu drie|argumenteren|-1.0
p:nu echt|samenvatting|-0.97
p:nu echt|etiketteren|-0.98
p:nu echt|afronding-aankondigen|1.0
p:nu echt|vervolgafspraak|-1.96
p:nu een|jij-boodschap|-0.99
p:nu eenmaal|parafrase|-1.0
p:nu eenmaal|bevelen|-0.89
p:nu eenmaal|moraliseren|0.92
p:nu eenmaal|argumenteren|0.19
p:nu eenmaal|afleiden|1.65
p:nu eens|bevelen|1.0
p:nu eens|moraliseren|-1.0
p:nu eerst|bevelen|0.84
p:nu eerst|interpreteren|-0.97
p:nu eerst|geruststellen|-0.91
p:nu er|ik-boodschap|0.91
p:nu even|aanmoediging|-0.96
p:nu even|bevelen|1.02
p:nu even|prijzen|0.8
p:nu even|afleiden|0.99
p:nu gaan|vervolgafspraak|-0.99
p:nu gehad|jij-boodschap|-0.98
p:nu gehad|samenvatting|0.98
p:nu gehad|moraliseren|-0.97
p:nu gehad|bekritiseren|-0.96
p:nu inzetten|prijzen|1.0
p:nu mee|bevelen|0.89
p:nu mee|afronding-aankondigen|0.98
p:nu mee|vervolgafspraak|0.98
p:nu met|ik-boodschap|0.96
p:nu met|gevoelsreflectie|0.97
p:nu met|open-vraag|0.96
p:nu meteen|afleiden|-0.99
p:nu naar|samenvatting|0.99
p:nu naar|open-vraag|-0.99
p:nu naar|bevelen|-0.65
p:nu naar|waarschuwen|-0.56
p:nu niet|bevelen|-0.52
p:nu niet|adviseren|-0.92
p:nu niet|ondervragen|-0.92
p:nu over|afleiden|-0.75
p:nu stoppen|vervolgafspraak|0.72
p:nu stopt|bevelen|0.98
p:nu toe|samenvatting|0.86
p:nu zitten|bevelen|0.63
p:och dat|afleiden|1.53
p:ochtend te|ik-boodschap|0.96
p:ochtend te|samenvatting|-0.96
p:ochtend te|adviseren|0.96
p:ochtends ?|gevoelsreflectie|-0.92
p:ochtends bij|vervolgafspraak|-0.64
p:ochtends in|ondervragen|1.0
p:ochtends naar|bekritiseren|-0.86
p:ochtends pas|samenvatting|-0.91
p:oefenen haalt|waarschuwen|-0.9
p:oefeningen niet|gevoelsreflectie|-0.76
p:oefeningen niet|open-vraag|1.0
p:oefeningen niet|afronding-aankondigen|-1.0
p:oefent haalt|argumenteren|1.67
p:oefent maar|argumenteren|-0.94
p:of dat|geruststellen|-0.93
p:of hij|prijzen|1.0
p:of ik|parafrase|0.9
p:of ik|aanmoediging|-1.0
p:of ik|bevelen|1.0
p:of ik|waarschuwen|1.52
p:of ik|moraliseren|-1.0
p:of ik|prijzen|-1.0
p:ogen te|bevelen|0.89
p:oke dus|vervolgafspraak|-0.95
p:oke ik|afleiden|-0.98
p:oke ik|afronding-aankondigen|0.75
p:oké ?|open-vraag|-0.99
p:oké ?|aanmoediging|-0.99
p:oké en|aanmoediging|0.97
p:oké ik|ik-boodschap|-0.98
p:oké ik|parafrase|-0.9
p:olivier in|ik-boodschap|1.0
p:om 's|bekritiseren|-0.86
p:om acht|ik-boodschap|-0.96
p:om acht|bekritiseren|-0.96
p:om af|argumenteren|-0.97
p:om bijles|adviseren|0.86
p:om dat|geruststellen|0.98
p:om de|ik-boodschap|-0.93
p:om de|parafrase|0.74
p:om de|samenvatting|0.74
p:om de|open-vraag|1.98
p:om de|bekritiseren|-0.15
p:om dit|gevoelsreflectie|1.88
p:om dit|open-vraag|1.0
p:om drie|jij-boodschap|-0.17
p:om drie|open-vraag|-0.85
p:om een|adviseren|0.99
p:om een|argumenteren|-0.81
p:om een|bekritiseren|-0.99
p:om elf|ondervragen|1.0
p:om elke|open-vraag|-0.94
p:om elke|adviseren|0.82
p:om elke|prijzen|0.98
p:om even|jij-boodschap|-0.98
p:om haar|ik-boodschap|0.78
p:om half|bevelen|1.0
p:om half|adviseren|-0.99
p:om half|vervolgafspraak|0.98
p:om hem|gevoelsreflectie|-0.76
p:om hem|open-vraag|1.0
p:om hem|bevelen|-1.0
p:om hem|moraliseren|-0.97
p:om hem|adviseren|-0.81
p:om hem|interpreteren|0.94
p:om hem|afronding-aankondigen|-1.0
p:om het|ik-boodschap|-1.0
p:om het|jij-boodschap|-1.0
p:om het|parafrase|-1.0
p:om het|gevoelsreflectie|-1.0
p:om het|open-vraag|-1.0
p:om het|aanmoediging|-1.0
p:om het|bevelen|-0.35
p:om het|waarschuwen|-1.0
p:om het|moraliseren|-1.0
p:om het|adviseren|-1.0
p:om het|argumenteren|-1.0
p:om het|bekritiseren|-1.0
p:om het|prijzen|-1.98
p:om het|etiketteren|-1.0
p:om het|interpreteren|-1.0
p:om het|geruststellen|-1.0
p:om het|ondervragen|-1.0
p:om het|afleiden|-1.0
p:om het|afronding-aankondigen|-1.0
p:om het|bedanken|-1.0
p:om hun|moraliseren|0.91
p:om je|jij-boodschap|0.91
p:om je|parafrase|0.71
p:om je|gevoelsreflectie|0.85
p:om je|samenvatting|-0.85
p:om je|adviseren|-0.98
p:om je|prijzen|-0.91
p:om je|etiketteren|0.91
p:om je|interpreteren|-0.9
p:om je|geruststellen|-0.91
p:om kwart|bevelen|0.94
p:om kwart|interpreteren|-0.91
p:om langs|bekritiseren|-0.9
p:om langs|bedanken|0.74
p:om mee|jij-boodschap|-0.7
p:om mee|prijzen|0.97
p:om mees|ik-boodschap|-0.97
p:om met|gevoelsreflectie|-0.98
p:om met|vervolgafspraak|-0.99
p:om naar|gevoelsreflectie|0.91
p:om negen|parafrase|0.98
p:om negen|adviseren|0.98
p:om onder|adviseren|-0.96
p:om onder|etiketteren|-0.35
p:om ook|prijzen|0.91
p:om ook|bedanken|-0.74
p:om op|bekritiseren|0.93
p:om samen|parafrase|-0.99
p:om samen|adviseren|1.0
p:om samen|geruststellen|-1.0
p:om school|jij-boodschap|0.98
p:om school|bekritiseren|0.87
p:om sorry|moraliseren|-0.87
p:om stoer|interpreteren|0.95
p:om tafel|vervolgafspraak|0.92
p:om tafel|bedanken|0.92
p:om te|ik-boodschap|2.77
p:om te|parafrase|-0.93
p:om te|gevoelsreflectie|-1.0
p:om te|samenvatting|1.05
p:om te|open-vraag|-1.78
p:om te|bevelen|-0.1
p:om te|moraliseren|0.9
p:om te|argumenteren|-0.98
p:om te|bekritiseren|0.82
p:om te|interpreteren|0.92
p:om tien|ik-boodschap|0.94
p:om tien|parafrase|0.96
p:om tien|samenvatting|-0.91
p:om tien|waarschuwen|-0.94
p:om tien|prijzen|-0.89
p:om tien|ondervragen|-0.96
p:om van|samenvatting|0.92
p:om wie|parafrase|0.99
p:om zijn|samenvatting|0.86
p:om zijn|open-vraag|0.99
p:om zo|bekritiseren|0.99
p:omar heeft|vervolgafspraak|-0.97
p:omar nog|waarschuwen|0.99
p:omar uitschold|ik-boodschap|0.93
p:omar uitschold|gevoelsreflectie|-0.83
p:omdat het|adviseren|0.96
p:omdat het|geruststellen|-0.98
p:omdat het|afleiden|-0.98
p:omdat hij|waarschuwen|-0.99
p:omdat hij|etiketteren|-0.93
p:omdat hij|interpreteren|0.99
p:omdat je|jij-boodschap|-0.96
p:omdat je|interpreteren|0.91
p:omdat je|ondervragen|-0.94
p:omdat lina|jij-boodschap|-0.82
p:omdat lina|bekritiseren|-0.92
p:omdat niemand|parafrase|0.68
p:omdat noah|adviseren|-0.98
p:omdat sem|vervolgafspraak|-0.99
p:omdat tess|open-vraag|-0.91
p:omdat u|parafrase|1.87
p:omdat u|bevelen|-1.0
p:omdat u|bekritiseren|-1.63
p:omdat u|interpreteren|2.96
p:omdat u|bedanken|-0.99
p:omdat ze|jij-boodschap|-0.72
p:omgaat ?|bekritiseren|0.61
p:onacceptabel gedrag|geruststellen|-0.91
p:onbeleefd gedraagt|jij-boodschap|0.97
p:onbeleefd gedraagt|bekritiseren|0.57
p:onbetrouwbare jongen|bekritiseren|-1.65
p:onbetrouwbare jongen|etiketteren|0.66
p:onder de|waarschuwen|-0.99
p:onder de|adviseren|-0.96
p:onder de|bekritiseren|0.99
p:onder de|etiketteren|-0.35
p:onderbreken en|parafrase|-0.99
p:onderbreken ik|bevelen|0.93
p:onderbreken kan|afronding-aankondigen|1.0
p:onderschat dit|waarschuwen|0.99
p:onderwijs ziet|prijzen|0.96
p:onderzoek blijkt|argumenteren|0.99
p:oneerlijk over|gevoelsreflectie|-1.69
p:oneerlijk over|bekritiseren|0.96
p:oneerlijk tegenover|jij-boodschap|-1.59
p:oneerlijk tegenover|moraliseren|0.91
p:oneerlijk tegenover|bekritiseren|-1.72
p:ongeldig verklaard|waarschuwen|1.0
p:ongeldig verklaard|ondervragen|-0.99
p:ongepaste vraag|bekritiseren|0.65
p:ongerust bent|geruststellen|1.96
p:ongerust bent|afleiden|-0.96
p:ongerust hoor|gevoelsreflectie|0.92
p:ongerust over|gevoelsreflectie|0.91
p:ongerust over|interpreteren|-0.99
p:ongerust te|moraliseren|-0.99
p:ongerust wat|samenvatting|-0.99
p:ongeïnteresseerd dat|jij-boodschap|1.0
p:onhandig geweest|bekritiseren|0.95
p:onmogelijk want|argumenteren|0.93
p:onredelijk opstelt|bekritiseren|0.92
p:onrustig dat|adviseren|-0.91
p:onrustig en|parafrase|-0.96
p:ons allebei|vervolgafspraak|-0.84
p:ons gesprek|afleiden|-0.96
p:ons later|afleiden|0.99
p:ons niet|ondervragen|1.94
p:ons nooit|jij-boodschap|0.95
p:ons nooit|ondervragen|-0.95
p:ons op|waarschuwen|-0.96
p:ons overal|prijzen|-1.0
p:ons overal|afronding-aankondigen|-1.0
p:ontbijt op|ik-boodschap|0.89
p:ontbreekt moet|afleiden|-0.98
p:ontevreden over|gevoelsreflectie|-0.72
p:ontevreden over|samenvatting|0.95
p:ontzettend brutaal|etiketteren|-0.97
p:ontzettende zeur|jij-boodschap|0.86
p:onveilig ?|parafrase|-0.98
p:onverschillig als|jij-boodschap|0.98
p:onverschillig als|bekritiseren|0.87
p:onvoldoende en|bevelen|-0.5
p:onvoldoende haal|bevelen|-0.9
p:onvoldoende haal|geruststellen|0.98
p:onvoldoende haalt|argumenteren|-0.97
p:onvoldoende in|gevoelsreflectie|0.98
p:onvoldoende in|afleiden|1.67
p:onvoldoende op|prijzen|-0.99
p:onvoldoende zo|parafrase|-1.0
p:onvoldoende zo|argumenteren|1.0
p:onvoldoendes heeft|argumenteren|0.99
p:onvoldoendes heeft|bekritiseren|-0.99
p:onvoldoendes op|ik-boodschap|0.91
p:onvoldoendes op|open-vraag|-1.0
p:onvoldoendes staan|ik-boodschap|0.97
p:onze beste|moraliseren|0.99
p:onze tijd|samenvatting|-0.92
p:onze tijd|afronding-aankondigen|0.99
p:onze tijd|vervolgafspraak|-0.92
p:onzeker bent|ondervragen|-0.94
p:onzeker is|geruststellen|-0.96
p:onzeker over|samenvatting|-0.93
p:onzeker voelt|bevelen|-1.0
p:onzeker voelt|bekritiseren|-1.0
p:onzeker voelt|interpreteren|1.0
p:onzin als|bekritiseren|0.98
p:onzinnige klacht|etiketteren|-0.99
p:oog binnenkwam|ik-boodschap|0.91
p:ooit gereageerd|jij-boodschap|0.93
p:ooit gereageerd|bekritiseren|1.55
p:ook ?|argumenteren|0.94
p:ook akkoord|adviseren|-0.97
p:ook al|bekritiseren|-0.45
p:ook altijd|bekritiseren|-0.26
p:ook altijd|etiketteren|1.11
p:ook bent|interpreteren|0.97
p:ook bij|jij-boodschap|-0.82
p:ook bij|prijzen|-0.99
p:ook bij|vervolgafspraak|0.88
p:ook dat|moraliseren|0.96
p:ook dat|argumenteren|-0.96
p:ook de|jij-boodschap|-0.96
p:ook de|bekritiseren|-0.96
p:ook de|vervolgafspraak|1.51
p:ook dit|geruststellen|0.93
p:ook een|ik-boodschap|-0.94
p:ook een|jij-boodschap|-0.72
p:ook een|adviseren|0.82
p:ook een|prijzen|0.98
p:ook een|etiketteren|-0.96
p:ook eens|jij-boodschap|1.78
p:ook eens|gevoelsreflectie|-0.91
p:ook eens|bekritiseren|1.67
p:ook even|jij-boodschap|-0.7
p:ook even|bekritiseren|-0.75
p:ook even|prijzen|0.97
p:ook even|etiketteren|-0.98
p:ook gewoon|moraliseren|0.91
p:ook het|prijzen|0.91
p:ook het|bedanken|-0.74
p:ook in|jij-boodschap|-0.85
p:ook karin|ik-boodschap|-0.98
p:ook lastig|gevoelsreflectie|0.9
p:ook lastig|interpreteren|-0.9
p:ook mee|adviseren|-0.98
p:ook mee|etiketteren|-0.97
p:ook meekwam|afronding-aankondigen|0.98
p:ook meekwam|bedanken|0.98
p:ook naar|ik-boodschap|0.71
p:ook naar|gevoelsreflectie|0.83
p:ook naar|moraliseren|-0.92
p:ook naar|bekritiseren|-0.92
p:ook niet|moraliseren|0.94
p:ook niet|argumenteren|-0.73
p:ook niet|geruststellen|0.91
p:ook niks|afleiden|-0.91
p:ook nog|prijzen|0.97
p:ook slecht|bekritiseren|-0.63
p:ook spannend|open-vraag|-0.94
p:ook steeds|jij-boodschap|0.77
p:ook steeds|bekritiseren|0.94
p:ook tot|jij-boodschap|0.82
p:ook tot|bekritiseren|0.94
p:ook tot|prijzen|-0.94
p:ook uit|prijzen|-0.9
p:ook uit|afronding-aankondigen|-0.9
p:ook wel|jij-boodschap|-0.99
p:ook wel|moraliseren|-0.99
p:ook wel|prijzen|1.97
p:ook wel|geruststellen|-0.98
p:ook zo|moraliseren|0.99
p:op 12|argumenteren|0.92
p:op 14|samenvatting|0.91
p:op 14|vervolgafspraak|0.91
p:op 3|bevelen|-1.0
p:op 3|waarschuwen|-1.0
p:op 3|adviseren|-1.0
p:op 3|argumenteren|1.0
p:op afspraken|ondervragen|-0.99
p:op dat|ik-boodschap|-0.88
p:op dat|afleiden|-0.74
p:op dat|vervolgafspraak|0.92
p:op de|ik-boodschap|-0.95
p:op de|jij-boodschap|0.82
p:op de|samenvatting|0.93
p:op de|open-vraag|0.91
p:op de|bevelen|-0.99
p:op de|waarschuwen|1.38
p:op de|moraliseren|-0.94
p:op de|adviseren|0.82
p:op de|argumenteren|-1.83
p:op de|bekritiseren|1.25
p:op de|geruststellen|-1.0
p:op de|ondervragen|1.0
p:op de|afleiden|-1.0
p:op de|afronding-aankondigen|-0.99
p:op deze|jij-boodschap|-0.93
p:op deze|samenvatting|-1.0
p:op deze|waarschuwen|-0.52
p:op deze|argumenteren|-0.97
p:op deze|bekritiseren|-0.8
p:op deze|geruststellen|0.91
p:op die|geruststellen|-1.87
p:op die|afleiden|2.5
p:op dit|ik-boodschap|0.97
p:op dit|argumenteren|-0.82
p:op een|gevoelsreflectie|-0.97
p:op een|open-vraag|-0.11
p:op een|etiketteren|0.34
p:op een|vervolgafspraak|-0.92
p:op excursie|prijzen|0.8
p:op haar|jij-boodschap|0.82
p:op haar|moraliseren|-0.91
p:op haar|bekritiseren|0.94
p:op haar|prijzen|-0.94
p:op haar|interpreteren|0.89
p:op haar|ondervragen|0.96
p:op het|ik-boodschap|0.91
p:op het|argumenteren|-0.99
p:op het|afleiden|0.95
p:op ik|bevelen|0.52
p:op ik|waarschuwen|-0.81
p:op in|bevelen|-0.85
p:op in|adviseren|0.98
p:op in|ondervragen|-0.92
p:op in|afleiden|0.99
p:op internet|jij-boodschap|-0.84
p:op je|jij-boodschap|-0.91
p:op je|waarschuwen|0.97
p:op je|prijzen|0.91
p:op je|etiketteren|-0.91
p:op je|interpreteren|0.95
p:op je|afleiden|-0.98
p:op jou|bevelen|-0.91
p:op jullie|jij-boodschap|-0.72
p:op kamp|gevoelsreflectie|0.98
p:op kamp|open-vraag|-0.98
p:op kamp|waarschuwen|0.93
p:op kamp|ondervragen|-0.98
p:op kantoor|vervolgafspraak|0.96
p:op kantoor|bedanken|-0.96
p:op laten|ik-boodschap|0.87
p:op losse|etiketteren|-0.99
p:op maandag|afleiden|-0.74
p:op maandagochtend|moraliseren|-0.99
p:op maar|jij-boodschap|0.99
p:op maar|samenvatting|-0.84
p:op maar|open-vraag|-0.99
p:op maar|bekritiseren|1.72
p:op met|bevelen|0.99
p:op met|geruststellen|-0.99
p:op mijn|bevelen|0.93
p:op mijn|bekritiseren|-0.69
p:op mijn|bedanken|1.0
p:op orde|bekritiseren|1.0
p:op rij|open-vraag|-1.0
p:op school|parafrase|-0.91
p:op school|samenvatting|1.0
p:op school|open-vraag|0.9
p:op school|bekritiseren|-1.56
p:op school|afleiden|-1.65
p:op schoolkamp|moraliseren|0.91
p:op straat|waarschuwen|-0.64
p:op straat|etiketteren|-0.96
p:op tijd|parafrase|-1.0
p:op tijd|aanmoediging|-0.73
p:op tijd|bevelen|0.99
p:op tijd|moraliseren|1.95
p:op tijd|argumenteren|-0.98
p:op tijd|bekritiseren|-0.99
p:op tijd|interpreteren|-0.96
p:op uw|prijzen|0.95
p:op vakantie|ondervragen|0.99
p:op wit|argumenteren|0.95
p:op wit|ondervragen|1.0
p:op woensdag|samenvatting|0.65
p:op zijn|jij-boodschap|0.96
p:op zijn|parafrase|-0.99
p:op zijn|open-vraag|0.78
p:op zijn|adviseren|-0.88
p:op zijn|bekritiseren|0.96
p:op zijn|prijzen|-0.99
p:op zijn|geruststellen|0.93
p:op zo|geruststellen|-0.85
p:op zondag|adviseren|0.92
p:opdracht doe|jij-boodschap|-0.93
p:opdracht doen|adviseren|-0.85
p:opdracht doen|etiketteren|-0.7
p:opdracht in|ik-boodschap|0.93
p:opdracht in|jij-boodschap|-0.93
p:opdracht in|bekritiseren|-0.7
p:opdracht staat|argumenteren|0.98
p:opdracht wel|open-vraag|-1.0
p:opdracht wel|argumenteren|-1.0
p:opdracht wel|bekritiseren|-0.94
p:opdrachten en|open-vraag|0.85
p:opdrachten steeds|open-vraag|-1.0
p:opdrachten toe|ik-boodschap|0.92
p:opdrachten toe|moraliseren|-0.92
p:opdrachten toe|interpreteren|-0.92
p:opdrachten toekomt|ik-boodschap|0.93
p:opdrachten wel|geruststellen|-0.92
p:open bent|gevoelsreflectie|-0.99
p:open bent|bedanken|0.99
p:open was|interpreteren|-0.97
p:opgaven niet|open-vraag|-0.97
p:opgaven niet|vervolgafspraak|0.97
p:opgelet was|bekritiseren|0.95
p:opgevallen dat|ik-boodschap|-0.99
p:ophalen en|samenvatting|0.99
p:ophalen en|open-vraag|-0.99
p:ophalen en|bevelen|-0.65
p:ophalen en|waarschuwen|-0.56
p:oplaadt kun|ik-boodschap|0.99
p:oplossen ?|open-vraag|0.85
p:oplossing en|adviseren|-0.97
p:oplossing is|prijzen|0.96
p:opmerking en|samenvatting|-0.86
p:opmerking en|waarschuwen|1.43
p:opmerking is|bekritiseren|0.95
p:opmerking over|jij-boodschap|0.95
p:opmerking over|bekritiseren|0.95
p:opmerking van|bekritiseren|0.99
p:opneemt hoe|open-vraag|0.78
p:opnieuw afspreken|afronding-aankondigen|-0.98
p:opnieuw beginnen|ik-boodschap|0.96
p:opnieuw bij|samenvatting|-0.85
p:oprecht jammer|jij-boodschap|-0.82
p:oprecht jammer|bekritiseren|-0.92
p:opruimen nu|afleiden|-0.99
p:opschrijft dus|ik-boodschap|0.97
p:opstaat ga|bevelen|0.63
p:opvoeden doe|argumenteren|-0.99
p:opvoeder als|prijzen|1.0
p:orde nog|bekritiseren|1.0
p:orthopedagoog gewoon|adviseren|-0.93
p:oude school|ik-boodschap|-0.99
p:oude school|samenvatting|0.86
p:oude school|open-vraag|0.99
p:oude school|interpreteren|0.98
p:oude vriendinnen|aanmoediging|-0.97
p:ouder bent|prijzen|0.95
p:ouder bent|geruststellen|1.66
p:ouder die|gevoelsreflectie|-0.89
p:ouder die|prijzen|-0.96
p:ouder die|etiketteren|0.96
p:ouder dus|parafrase|-0.97
p:ouder heeft|ik-boodschap|-1.0
p:ouder heeft|jij-boodschap|-1.0
p:ouder heeft|parafrase|-1.0
p:ouder heeft|gevoelsreflectie|-1.0
p:ouder heeft|samenvatting|-1.0
p:ouder heeft|open-vraag|-1.0
p:ouder heeft|aanmoediging|-1.0
p:ouder heeft|bevelen|-1.0
p:ouder heeft|waarschuwen|-1.0
p:ouder heeft|moraliseren|-0.1
p:ouder heeft|adviseren|-1.0
p:ouder heeft|argumenteren|-1.0
p:ouder heeft|bekritiseren|-1.0
p:ouder heeft|prijzen|-1.0
p:ouder heeft|etiketteren|-1.0
p:ouder heeft|interpreteren|-1.0
p:ouder heeft|geruststellen|-1.0
p:ouder heeft|ondervragen|-1.0
p:ouder heeft|afleiden|-1.0
p:ouder heeft|afronding-aankondigen|-1.0
p:ouder heeft|vervolgafspraak|-1.0
p:ouder heeft|bedanken|-1.0
p:ouder hoort|argumenteren|0.96
p:ouder hoort|bekritiseren|0.98
p:ouder kijkt|moraliseren|0.99
p:ouder om|jij-boodschap|-0.7
p:ouder om|prijzen|0.97
p:ouder zich|afleiden|-0.94
p:ouderavond gekomen|ondervragen|0.99
p:ouderavond is|argumenteren|-1.0
p:ouderavond stond|argumenteren|0.94
p:ouderavonden komt|bekritiseren|0.96
p:ouders hebben|moraliseren|0.91
p:ouders horen|moraliseren|0.95
p:ouders horen|argumenteren|-0.95
p:ouders staan|ik-boodschap|-0.93
p:ouders wachten|samenvatting|-0.97
p:ouders wachten|vervolgafspraak|-0.97
p:ouders wachten|bedanken|-0.97
p:ouders wat|adviseren|0.97
p:over ?|jij-boodschap|1.86
p:over ?|gevoelsreflectie|-1.0
p:over ?|bekritiseren|2.13
p:over ?|ondervragen|-0.86
p:over aandacht|interpreteren|0.91
p:over acht|bevelen|0.94
p:over bent|geruststellen|-0.88
p:over buikpijn|gevoelsreflectie|-0.92
p:over dat|afleiden|0.95
p:over de|ik-boodschap|-0.96
p:over de|jij-boodschap|-0.18
p:over de|gevoelsreflectie|0.21
p:over de|samenvatting|-0.85
p:over de|open-vraag|0.87
p:over de|bekritiseren|-0.26
p:over de|etiketteren|-0.98
p:over de|interpreteren|1.84
p:over de|ondervragen|0.83
p:over de|afleiden|-0.86
p:over de|afronding-aankondigen|0.89
p:over de|vervolgafspraak|-0.9
p:over de|bedanken|0.96
p:over die|open-vraag|0.92
p:over die|adviseren|-0.92
p:over drie|samenvatting|0.92
p:over drie|afleiden|-0.75
p:over drie|vervolgafspraak|1.86
p:over drie|bedanken|0.92
p:over echt|interpreteren|-0.89
p:over een|argumenteren|-0.98
p:over een|geruststellen|3.83
p:over een|afronding-aankondigen|-1.0
p:over een|vervolgafspraak|1.0
p:over een|bedanken|-1.0
p:over haar|parafrase|-0.99
p:over half|samenvatting|-0.91
p:over hebben|adviseren|-0.92
p:over hebben|geruststellen|-0.96
p:over het|gevoelsreflectie|-0.72
p:over het|samenvatting|0.95
p:over het|geruststellen|-1.0
p:over het|afleiden|1.0
p:over hetzelfde|ik-boodschap|0.87
p:over hoe|vervolgafspraak|-0.84
p:over iets|afleiden|0.96
p:over iets|afronding-aankondigen|-0.99
p:over in|afleiden|-0.93
p:over je|ik-boodschap|0.96
p:over je|jij-boodschap|-0.98
p:over je|moraliseren|-2.92
p:over je|adviseren|0.96
p:over je|bekritiseren|-0.96
p:over je|afleiden|0.92
p:over klimaatverandering|bekritiseren|-0.87
p:over let|bekritiseren|-1.0
p:over let|geruststellen|1.0
p:over leukere|afleiden|0.98
p:over naar|jij-boodschap|-0.26
p:over naar|bevelen|-0.96
p:over naar|bekritiseren|-0.74
p:over negen|interpreteren|-0.91
p:over onze|samenvatting|-0.92
p:over onze|vervolgafspraak|-0.92
p:over school|parafrase|0.99
p:over school|open-vraag|-0.89
p:over twee|parafrase|-0.78
p:over twee|samenvatting|-0.21
p:over twee|open-vraag|-0.78
p:over twee|adviseren|0.91
p:over twee|geruststellen|-0.81
p:over twee|afleiden|-0.88
p:over twee|afronding-aankondigen|-1.91
p:over twee|vervolgafspraak|0.64
p:over twee|bedanken|-0.94
p:over u|interpreteren|0.93
p:over uw|geruststellen|-1.0
p:over vijf|vervolgafspraak|-0.99
p:over voelt|gevoelsreflectie|0.53
p:over wat|gevoelsreflectie|-1.69
p:over wat|bekritiseren|0.96
p:over zestien|ik-boodschap|-0.87
p:over zijn|jij-boodschap|0.95
p:over zijn|gevoelsreflectie|0.95
p:over zijn|samenvatting|0.94
p:over zijn|open-vraag|-1.3
p:over zijn|etiketteren|-0.98
p:over zijn|afleiden|-0.94
p:over zijn|vervolgafspraak|-0.84
p:over zijn|bedanken|0.94
p:over zullen|afleiden|0.89
p:overal aan|prijzen|-1.0
p:overal aan|afronding-aankondigen|-1.0
p:overal een|jij-boodschap|1.77
p:overal een|gevoelsreflectie|-0.89
p:overal een|bekritiseren|-0.94
p:overal een|prijzen|-0.96
p:overal een|etiketteren|0.96
p:overal een|afleiden|-0.63
p:overal kritiek|jij-boodschap|0.99
p:overal kritiek|samenvatting|-0.84
p:overal kritiek|open-vraag|-0.99
p:overal kritiek|bekritiseren|1.72
p:overal mee|jij-boodschap|-0.99
p:overal mee|gevoelsreflectie|-0.88
p:overal mee|bekritiseren|1.2
p:overgang de|open-vraag|0.87
p:overgangsnormen daar|afleiden|-0.91
p:overkomt de|interpreteren|-0.95
p:overkomt de|geruststellen|0.75
p:overkomt iedereen|geruststellen|-1.69
p:overkomt zoveel|geruststellen|-0.96
p:overkomt zoveel|afleiden|0.96
p:overleg met|samenvatting|0.91
p:overleg met|vervolgafspraak|0.91
p:paar maanden|argumenteren|-0.98
p:paar weken|open-vraag|0.92
p:paar weken|prijzen|-0.95
p:paar weken|geruststellen|1.77
p:pak ik|ik-boodschap|-0.81
p:pak ik|waarschuwen|0.81
p:pakt lever|waarschuwen|0.98
p:pakt sem|adviseren|-0.94
p:pakt ze|parafrase|0.97
p:paniek dit|geruststellen|0.84
p:pas in|ik-boodschap|0.81
p:pas na|parafrase|0.87
p:pas om|ik-boodschap|0.94
p:pas om|samenvatting|-0.91
p:pas om|waarschuwen|-0.94
p:pas om|interpreteren|-0.91
p:pas op|geruststellen|-0.85
p:pas toestaat|gevoelsreflectie|-0.93
p:pauze alleen|ik-boodschap|-0.95
p:pauze hebt|ik-boodschap|0.99
p:pauze hebt|gevoelsreflectie|-0.99
p:pauze maakt|ik-boodschap|0.81
p:pauze nog|afleiden|-0.99
p:pauze steeds|argumenteren|-0.98
p:pauze steeds|prijzen|-1.0
p:pauze vaak|ik-boodschap|0.95
p:pauze zomaar|open-vraag|0.93
p:pauzes vaak|ik-boodschap|-0.93
p:pen komt|ik-boodschap|0.82
p:periode 1|jij-boodschap|-1.0
p:periode 1|bekritiseren|-1.0
p:periode al|bekritiseren|-0.99
p:periode bij|vervolgafspraak|-0.96
p:periode even|ik-boodschap|-0.83
p:pest niet|jij-boodschap|1.64
p:pest niet|bekritiseren|1.76
p:pesten stopt|bekritiseren|-0.1
p:pesten stopt|bedanken|-0.98
p:pesterijen over|afronding-aankondigen|0.88
p:pesterijen stoppen|gevoelsreflectie|-1.0
p:pesterijen stoppen|vervolgafspraak|-1.0
p:peter dat|jij-boodschap|0.9
p:peter dat|bekritiseren|0.9
p:peters je|gevoelsreflectie|-1.0
p:piekeren jesse|bevelen|-0.55
p:pijn doet|parafrase|-0.99
p:pijn doet|gevoelsreflectie|-0.99
p:pijn doet|interpreteren|0.99
p:pijn hebt|jij-boodschap|-1.0
p:pijn hebt|moraliseren|1.0
p:pijn hebt|adviseren|-1.0
p:pijn hebt|etiketteren|-1.0
p:pijn om|argumenteren|-0.98
p:pitbull als|jij-boodschap|0.91
p:pitbull als|prijzen|-0.91
p:pitbull als|etiketteren|0.91
p:pitbull als|geruststellen|-0.91
p:plaats gewoon|adviseren|0.94
p:plaats van|adviseren|-0.94
p:plaats van|afleiden|1.0
p:plaats zou|afleiden|-0.96
p:plagen hoort|geruststellen|-0.94
p:plagen hoort|afleiden|1.57
p:plan dat|gevoelsreflectie|0.8
p:plan dat|vervolgafspraak|0.89
p:plan maken|adviseren|-0.98
p:plan maken|vervolgafspraak|0.99
p:plan over|afronding-aankondigen|-1.0
p:plan over|vervolgafspraak|1.0
p:plan over|bedanken|-1.0
p:plannen ?|jij-boodschap|-1.79
p:plannen ?|bekritiseren|-1.45
p:plannen ?|ondervragen|0.13
p:plannen daan|bevelen|0.84
p:plannen een|afronding-aankondigen|0.96
p:plannen en|argumenteren|-0.97
p:plannen en|afleiden|-0.75
p:plannen voor|jij-boodschap|-0.98
p:plannen voor|samenvatting|0.98
p:planner bijhoudt|ik-boodschap|-0.71
p:planner bijhoudt|samenvatting|0.97
p:planner geen|ik-boodschap|0.97
p:planner in|ik-boodschap|0.86
p:planner in|vervolgafspraak|-0.95
p:planner laat|samenvatting|0.63
p:planner thuis|parafrase|-0.95
p:planner van|ik-boodschap|-0.83
p:planning bijhoudt|vervolgafspraak|0.94
p:planning de|ik-boodschap|-0.93
p:planning de|bekritiseren|-0.15
p:planning die|samenvatting|0.92
p:planning en|jij-boodschap|0.83
p:planning en|samenvatting|0.31
p:planning en|bekritiseren|0.96
p:planning en|vervolgafspraak|0.99
p:planning en|bedanken|0.94
p:planning loopt|gevoelsreflectie|-0.72
p:planning loopt|samenvatting|0.95
p:planning maken|ik-boodschap|0.84
p:planning maken|vervolgafspraak|0.92
p:planning voor|samenvatting|-0.86
p:planning voor|afleiden|-0.86
p:planning voor|vervolgafspraak|-0.9
p:planningsmaatje u|samenvatting|1.0
p:planningsmaatje u|vervolgafspraak|1.0
p:playstation doordeweeks|afleiden|-0.96
p:playstation uit|adviseren|0.99
p:playstation zo|moraliseren|0.95
p:plein wordt|argumenteren|-0.99
p:plek in|samenvatting|0.96
p:plek in|vervolgafspraak|-0.96
p:plek op|waarschuwen|0.91
p:plek op|bekritiseren|-0.91
p:plezier naar|samenvatting|0.82
p:plicht om|samenvatting|-0.99
p:plicht om|moraliseren|1.82
p:pootjes terecht|geruststellen|0.93
p:positiefs hebben|afronding-aankondigen|-0.99
p:positieve dingen|waarschuwen|-0.96
p:praat en|vervolgafspraak|0.94
p:praat kan|waarschuwen|-0.22
p:praat merk|aanmoediging|-0.99
p:praat met|parafrase|-0.78
p:praat met|samenvatting|0.65
p:praat thuis|samenvatting|0.94
p:praat thuis|bedanken|0.94
p:praat veel|bekritiseren|-1.0
p:praat veel|ondervragen|-1.0
p:praat volgende|ik-boodschap|-0.71
p:praat volgende|samenvatting|0.97
p:praten ?|jij-boodschap|0.99
p:praten ?|bekritiseren|0.99
p:praten beëindig|jij-boodschap|-0.93
p:praten dat|afleiden|-0.72
p:praten kan|ik-boodschap|0.6
p:praten maar|vervolgafspraak|-0.99
p:praten versta|afronding-aankondigen|-0.98
p:praten versta|vervolgafspraak|-0.98
p:praten waardoor|ik-boodschap|0.98
p:praten want|ik-boodschap|0.87
p:praten we|bekritiseren|-0.93
p:praten we|vervolgafspraak|0.72
p:precies aan|parafrase|0.97
p:precies hetzelfde|argumenteren|0.98
p:precies hetzelfde|bekritiseren|-0.85
p:precies met|parafrase|-0.98
p:precies verteld|open-vraag|0.92
p:presentatie ?|jij-boodschap|-0.78
p:presentatie ?|prijzen|0.99
p:presentatie over|bekritiseren|-0.87
p:prikkelbaar en|parafrase|-0.99
p:prima dat|jij-boodschap|0.69
p:prima dat|bekritiseren|1.89
p:prima doen|geruststellen|0.92
p:prima maar|open-vraag|0.9
p:prima zo|bekritiseren|-0.9
p:prinses die|etiketteren|0.34
p:probeer haar|ik-boodschap|-0.92
p:probeert gewoon|bekritiseren|-0.98
p:proberen met|adviseren|1.0
p:probleem dat|prijzen|0.96
p:probleem in|interpreteren|0.99
p:probleem is|samenvatting|-0.87
p:probleem is|interpreteren|0.99
p:probleem klopt|samenvatting|0.85
p:probleem van|jij-boodschap|0.12
p:probleem van|bekritiseren|-0.94
p:probleem van|prijzen|-0.96
p:probleem van|etiketteren|0.96
p:probleem van|afleiden|-0.63
p:profiel heeft|open-vraag|-0.95
p:profiel te|samenvatting|0.92
p:programma van|afleiden|-0.95
p:project in|bekritiseren|0.92
p:project werken|jij-boodschap|-0.82
p:project werken|bekritiseren|-0.92
p:protocol schrijft|argumenteren|0.88
p:protocol staat|moraliseren|-0.94
p:protocol staat|argumenteren|-0.94
p:pta en|ik-boodschap|-0.81
p:pta en|afleiden|-0.96
p:pta wie|argumenteren|0.97
p:puber heeft|geruststellen|0.81
p:puber heeft|afleiden|-0.81
p:puber wel|afleiden|1.53
p:pubers he|etiketteren|-0.51
p:pubers he|interpreteren|-1.0
p:pubers he|geruststellen|-0.91
p:pubers he|afleiden|1.77
p:pubers over|jij-boodschap|-0.26
p:pubers over|bevelen|-0.96
p:pubers over|bekritiseren|-0.74
p:puberteit daar|moraliseren|-0.94
p:puberteit daar|afleiden|1.65
p:puberteit zit|interpreteren|1.0
p:puberteit zit|geruststellen|-0.71
p:punt achter|vervolgafspraak|-0.99
p:punt blijven|ik-boodschap|0.87
p:put me|ik-boodschap|0.96
p:raakt me|parafrase|-0.96
p:raakt me|gevoelsreflectie|-0.97
p:raakt neem|gevoelsreflectie|0.75
p:raakt neem|aanmoediging|0.99
p:raakt u|samenvatting|-0.91
p:raakt wat|gevoelsreflectie|0.99
p:radeloos dat|gevoelsreflectie|0.93
p:raken en|ik-boodschap|0.98
p:rapport goed|jij-boodschap|-0.98
p:rapport reken|prijzen|-0.99
p:rapport staan|ik-boodschap|0.91
p:rapport staat|bevelen|-0.88
p:rapport van|jij-boodschap|-1.0
p:rapport van|bekritiseren|-1.0
p:rapport vier|ik-boodschap|0.97
p:rare opmerking|bekritiseren|0.99
p:ravi deze|ik-boodschap|-0.92
p:ravi zo|interpreteren|0.99
p:rayan heeft|gevoelsreflectie|0.92
p:reactie in|bekritiseren|1.02
p:reageerde hij|aanmoediging|-0.61
p:reageert echt|etiketteren|0.97
p:reageert hij|gevoelsreflectie|0.92
p:reageert milan|samenvatting|-0.96
p:reageert snel|bedanken|1.0
p:reageert u|bevelen|-1.0
p:reageert u|bekritiseren|-1.0
p:reageert u|interpreteren|1.0
p:reageert zo|interpreteren|0.99
p:reageert zo|bedanken|-0.99
p:reageren kan|waarschuwen|0.91
p:reageren nooti|jij-boodschap|1.8
p:reageren nooti|bekritiseren|1.59
p:recht om|ik-boodschap|-1.0
p:recht om|jij-boodschap|-1.0
p:recht om|parafrase|-1.0
p:recht om|gevoelsreflectie|-1.0
p:recht om|samenvatting|-1.0
p:recht om|open-vraag|-1.0
p:recht om|aanmoediging|-1.0
p:recht om|bevelen|-1.0
p:recht om|waarschuwen|-1.0
p:recht om|moraliseren|-1.0
p:recht om|adviseren|-1.0
p:recht om|argumenteren|-1.0
p:recht om|bekritiseren|-1.0
p:recht om|prijzen|-1.0
p:recht om|etiketteren|-1.0
p:recht om|interpreteren|-1.0
p:recht om|geruststellen|-1.0
p:recht om|ondervragen|-1.0
p:recht om|afleiden|-1.0
p:recht om|afronding-aankondigen|-1.0
p:recht om|vervolgafspraak|-1.0
p:recht om|bedanken|-1.0
p:rechtop zitten|ik-boodschap|-0.95
p:rechtop zitten|bevelen|0.95
p:rechts van|parafrase|-0.96
p:rechtszaak van|jij-boodschap|1.65
p:rechtszaak van|gevoelsreflectie|-0.89
p:redelijk dus|adviseren|-0.98
p:redelijk dus|prijzen|1.0
p:redelijk dus|interpreteren|-1.0
p:redelijk dus|vervolgafspraak|-0.89
p:redelijk op|parafrase|-0.91
p:regel geldt|argumenteren|0.99
p:regel voor|vervolgafspraak|0.97
p:regelen we|afleiden|-0.93
p:regelmatig vergeet|open-vraag|-0.91
p:regels gelden|argumenteren|1.0
p:regels houden|bevelen|0.51
p:regels houden|waarschuwen|0.76
p:regels nodig|bevelen|-0.89
p:regels van|moraliseren|0.95
p:regels van|argumenteren|-0.95
p:regels zijn|argumenteren|0.96
p:regelt dan|prijzen|0.97
p:reglement is|argumenteren|1.97
p:reken daar|prijzen|-0.99
p:reken op|jij-boodschap|-0.91
p:reken op|prijzen|1.86
p:reken op|etiketteren|-0.91
p:rekenen daar|adviseren|-0.98
p:rekenen daar|argumenteren|0.98
p:rekenmachine niet|vervolgafspraak|0.97
p:rekenmachine vergeten|gevoelsreflectie|-0.76
p:rekenmachine vergeten|open-vraag|1.0
p:rekenmachine vergeten|afronding-aankondigen|-1.0
p:respect voor|ik-boodschap|-0.87
p:respect voor|jij-boodschap|0.93
p:respect voor|moraliseren|1.97
p:rest van|ik-boodschap|0.78
p:rest van|open-vraag|-0.91
p:rest van|waarschuwen|-0.16
p:rest van|argumenteren|0.95
p:rij de|vervolgafspraak|-0.92
p:rij had|open-vraag|-1.0
p:rij je|open-vraag|-0.98
p:rij zet|gevoelsreflectie|-0.97
p:rijtje het|open-vraag|0.87
p:rik zit|ik-boodschap|0.93
p:roept kunnen|ik-boodschap|0.96
p:roept moet|parafrase|-0.99
p:rollen bram|bevelen|0.89
p:rommeltje van|jij-boodschap|0.91
p:rommeltje van|bekritiseren|0.91
p:ronden af|afronding-aankondigen|1.9
p:ronden we|samenvatting|-0.96
p:ronduit onbeschoft|jij-boodschap|-0.46
p:rookt ze|jij-boodschap|-0.98
p:rookt ze|waarschuwen|-0.98
p:rooster dit|parafrase|0.99
p:rooster en|gevoelsreflectie|-0.72
p:rooster en|samenvatting|0.95
p:rooster op|adviseren|0.81
p:rooster op|argumenteren|-0.92
p:rooster op|bekritiseren|-0.92
p:rooster staat|argumenteren|0.93
p:rooster verkeerd|parafrase|0.95
p:rooster voor|parafrase|-0.99
p:rooster voor|vervolgafspraak|-0.96
p:rot over|gevoelsreflectie|0.53
p:rot voor|ik-boodschap|-0.9
p:rot voor|gevoelsreflectie|-0.71
p:rot voor|open-vraag|-0.99
p:rotmoment zijn|gevoelsreflectie|1.0
p:rotmoment zijn|geruststellen|-0.83
p:rust komt|parafrase|0.98
p:rust komt|adviseren|0.98
p:rusten kijk|afleiden|0.93
p:rustig aan|aanmoediging|0.94
p:rustig aan|bevelen|0.91
p:rustig de|parafrase|-0.99
p:rustig even|aanmoediging|0.97
p:rustig uw|gevoelsreflectie|-0.97
p:rustiger zijn|vervolgafspraak|0.99
p:ruzie begon|parafrase|0.98
p:ruzie begon|samenvatting|-0.86
p:ruzie in|samenvatting|0.86
p:ruzie in|open-vraag|0.99
p:ruzie met|parafrase|0.95
p:ruzie met|samenvatting|0.97
p:ruzie met|adviseren|-1.0
p:ruzie met|afleiden|0.89
p:ruzie op|jij-boodschap|0.77
p:ruzie op|bekritiseren|0.94
p:ruzietjes hebben|geruststellen|-0.93
p:ruzietjes hebben|afleiden|0.93
p:ruzietjes in|afleiden|0.93
p:ruzietjes zijn|afleiden|0.97
p:s avonds|waarschuwen|-0.75
p:saboteert de|samenvatting|-1.0
p:saboteert de|bekritiseren|1.0
p:samen de|open-vraag|-0.94
p:samen een|ik-boodschap|0.84
p:samen een|adviseren|-0.98
p:samen een|argumenteren|0.98
p:samen een|vervolgafspraak|1.92
p:samen evalueren|afleiden|-0.88
p:samen gekeken|jij-boodschap|0.83
p:samen gekeken|bekritiseren|0.96
p:samen haar|adviseren|0.82
p:samen haar|prijzen|0.98
p:samen hard|jij-boodschap|-0.9
p:samen hoe|ik-boodschap|-0.71
p:samen hoe|samenvatting|0.66
p:samen hoe|vervolgafspraak|0.94
p:samen kijken|vervolgafspraak|0.64
p:samen kijken|bedanken|-0.94
p:samen met|samenvatting|-0.62
p:samen met|open-vraag|-0.91
p:samen met|adviseren|0.94
p:samen met|argumenteren|-0.99
p:samen met|geruststellen|-1.0
p:samen met|vervolgafspraak|1.0
p:samen met|bedanken|-1.0
p:samen naar|jij-boodschap|-1.0
p:samen naar|bekritiseren|-1.0
p:samen oplossen|open-vraag|0.85
p:samen te|jij-boodschap|-0.7
p:samen te|parafrase|-0.99
p:samen wat|samenvatting|0.91
p:samen wat|vervolgafspraak|0.91
p:samengevat de|gevoelsreflectie|0.8
p:samengevat de|samenvatting|1.0
p:samengevat de|adviseren|-1.0
p:samengevat de|vervolgafspraak|0.89
p:samengevat gaat|open-vraag|-0.85
p:samengevat het|ik-boodschap|-1.0
p:samengevat het|samenvatting|1.0
p:samengevat komt|samenvatting|-0.94
p:samengevat meer|parafrase|-0.94
p:samengevat spreken|samenvatting|0.63
p:samengevat u|jij-boodschap|0.99
p:samengevat u|samenvatting|-0.84
p:samengevat u|open-vraag|-0.99
p:samengevat u|bekritiseren|1.62
p:samengevat u|bedanken|-0.98
p:samenvat je|gevoelsreflectie|-0.89
p:samenvat je|samenvatting|1.88
p:samenvat je|open-vraag|-0.99
p:samenvat je|bevelen|-0.65
p:samenvat je|waarschuwen|-0.56
p:samenvat wat|parafrase|0.99
p:samenvat wat|samenvatting|-0.87
p:samenvat wil|samenvatting|0.99
p:samenvatten je|parafrase|-0.96
p:samenvatten u|samenvatting|0.94
p:samenvatten u|bedanken|0.94
p:samenvatten ze|vervolgafspraak|-0.95
p:samenvattend de|samenvatting|0.85
p:samenvattend de|argumenteren|-0.96
p:samenvattend je|bevelen|-0.7
p:samenvattend je|waarschuwen|-0.9
p:samenvattend u|gevoelsreflectie|0.95
p:samenvattend u|open-vraag|-0.65
p:samenwerken thuis|ik-boodschap|0.98
p:samenwerken thuis|samenvatting|-0.98
p:samenwerken thuis|open-vraag|0.98
p:sandra je|jij-boodschap|0.96
p:sandra over|geruststellen|0.95
p:sanne dit|ik-boodschap|-0.95
p:sanne ik|ik-boodschap|-0.91
p:sanne ik|samenvatting|-0.91
p:sanne ik|adviseren|-0.91
p:sara kijkt|parafrase|0.91
p:schaamt je|parafrase|-1.0
p:schaamt je|samenvatting|-1.0
p:schaamt voor|interpreteren|1.0
p:schakel ik|waarschuwen|0.99
p:scheiding daar|interpreteren|0.99
p:scheikunde een|waarschuwen|-0.83
p:schelen maar|parafrase|-0.99
p:schelen maar|gevoelsreflectie|-0.99
p:schelen maar|interpreteren|0.99
p:scherm en|parafrase|-0.94
p:schieten we|ik-boodschap|0.87
p:school ?|parafrase|0.99
p:school ?|bevelen|-0.74
p:school ?|ondervragen|-0.83
p:school ?|afleiden|-0.93
p:school brengen|parafrase|-1.0
p:school brengen|bevelen|1.0
p:school brengen|argumenteren|-1.0
p:school dat|argumenteren|-0.99
p:school dat|interpreteren|0.98
p:school en|ik-boodschap|-0.1
p:school en|gevoelsreflectie|-1.0
p:school en|samenvatting|0.86
p:school en|open-vraag|0.99
p:school en|vervolgafspraak|-1.0
p:school er|jij-boodschap|-1.0
p:school er|gevoelsreflectie|-1.0
p:school er|open-vraag|1.0
p:school er|aanmoediging|-1.0
p:school er|argumenteren|-1.0
p:school er|bekritiseren|-1.0
p:school er|afleiden|0.93
p:school even|samenvatting|-0.94
p:school gaat|jij-boodschap|0.98
p:school gaat|samenvatting|0.82
p:school gaat|bekritiseren|0.87
p:school gestuurd|waarschuwen|1.0
p:school gestuurd|moraliseren|-0.95
p:school gewoon|moraliseren|0.95
p:school gewoon|argumenteren|-0.95
p:school ging|gevoelsreflectie|-0.85
p:school ik|bedanken|0.98
p:school is|jij-boodschap|0.86
p:school is|moraliseren|0.94
p:school is|argumenteren|-0.73
p:school klaarstaat|prijzen|0.91
p:school klaarstaat|bedanken|-0.74
p:school niet|open-vraag|0.9
p:school niet|ondervragen|0.83
p:school op|samenvatting|-0.99
p:school over|bevelen|0.97
p:school over|bekritiseren|0.97
p:school te|bekritiseren|0.12
p:school thuis|jij-boodschap|-0.97
p:school thuis|bekritiseren|-1.53
p:school trekt|parafrase|-0.91
p:school u|jij-boodschap|-0.99
p:school verwijderd|bevelen|-1.0
p:school verwijderd|interpreteren|-1.0
p:school wil|ik-boodschap|0.98
p:school zit|waarschuwen|-0.52
p:school zwaar|ik-boodschap|-0.86
p:school zwaar|bedanken|-0.98
p:schoolarts kijken|open-vraag|-0.91
p:schoolgids al|ondervragen|-0.92
p:schoolkamp dat|moraliseren|0.91
p:schoolplein wil|afleiden|0.95
p:schoolreisje hebben|afleiden|1.0
p:schooltijd terug|bedanken|-0.96
p:schorsing geldt|samenvatting|-0.99
p:schorsing heeft|gevoelsreflectie|0.93
p:schreeuwen alstublieft|bevelen|0.87
p:schrijf het|adviseren|0.98
p:schrijft voor|argumenteren|0.88
p:schrik ervan|ik-boodschap|0.77
p:schrik ik|ik-boodschap|1.72
p:schrik ik|jij-boodschap|-0.92
p:schrik ik|bekritiseren|-0.31
p:schrik moet|gevoelsreflectie|0.97
p:schrik voor|gevoelsreflectie|0.47
p:schrok daar|gevoelsreflectie|0.71
p:schrok de|ik-boodschap|0.36
p:schrok de|gevoelsreflectie|-0.96
p:schrok ik|ik-boodschap|1.93
p:schrok ik|gevoelsreflectie|-1.83
p:schrok toen|open-vraag|-1.0
p:schuift aan|bevelen|-0.95
p:schuift de|bekritiseren|0.96
p:schuift ook|jij-boodschap|-0.96
p:schuift ook|bekritiseren|-0.96
p:schuift ook|vervolgafspraak|1.51
p:schuld aan|jij-boodschap|0.91
p:schuld aan|samenvatting|-0.91
p:schuld aan|open-vraag|-0.87
p:schuld aan|bekritiseren|0.91
p:schuld van|jij-boodschap|0.86
p:schuldig voelt|gevoelsreflectie|-0.87
p:schuldig voelt|bekritiseren|-0.9
p:sectie ik|gevoelsreflectie|0.8
p:sectie ik|vervolgafspraak|0.89
p:sem al|vervolgafspraak|-0.99
p:sem een|ondervragen|-0.83
p:sem in|ik-boodschap|0.91
p:sem is|bekritiseren|-1.65
p:sem is|etiketteren|0.66
p:sem zijn|open-vraag|0.98
p:september in|argumenteren|0.94
p:serieus en|ik-boodschap|0.99
p:serieus genomen|interpreteren|-0.99
p:sfeer in|ik-boodschap|-0.93
p:sfeer in|jij-boodschap|1.56
p:sfeer in|samenvatting|0.85
p:sfeer in|open-vraag|-0.85
p:sfeer in|waarschuwen|0.97
p:sfeer in|bekritiseren|0.98
p:sfeer in|afleiden|-0.75
p:simpel is|waarschuwen|-0.52
p:simpel wie|argumenteren|1.67
p:sinds bas|ik-boodschap|0.93
p:sinds de|jij-boodschap|-0.97
p:sinds de|bekritiseren|-1.93
p:sinds de|vervolgafspraak|-0.64
p:sinds een|open-vraag|0.92
p:sinds januari|ik-boodschap|0.93
p:sinds je|ik-boodschap|0.92
p:sinds je|moraliseren|-0.92
p:sinds je|interpreteren|-0.92
p:sinds september|argumenteren|0.94
p:situatie ?|gevoelsreflectie|-0.99
p:situatie voor|argumenteren|-1.0
p:slaap en|gevoelsreflectie|-0.97
p:slaap en|samenvatting|0.86
p:slaap en|open-vraag|0.99
p:slaap je|ik-boodschap|0.96
p:slaap je|samenvatting|-0.96
p:slaap je|adviseren|0.96
p:slaap wat|open-vraag|0.87
p:slaapt en|ik-boodschap|0.95
p:slaapt en|interpreteren|-0.95
p:slaapt slecht|ik-boodschap|-0.99
p:slaapt slecht|parafrase|-0.99
p:slaapt slecht|samenvatting|1.86
p:slaapt slecht|aanmoediging|-0.97
p:slaapt slecht|adviseren|-1.0
p:slaapt slecht|vervolgafspraak|-0.95
p:slaat echt|jij-boodschap|-0.82
p:slaat nergens|argumenteren|0.98
p:slapen door|adviseren|-0.91
p:slecht cijfer|bekritiseren|-0.2
p:slecht concentreren|open-vraag|-0.91
p:slecht en|samenvatting|1.0
p:slecht en|adviseren|-1.0
p:slecht hebt|bekritiseren|2.3
p:slecht hij|parafrase|-0.99
p:slecht je|ik-boodschap|-0.99
p:slecht je|samenvatting|0.86
p:slecht van|jij-boodschap|0.61
p:slecht was|bekritiseren|-0.63
p:slecht ze|aanmoediging|-0.97
p:slechte ouder|geruststellen|1.66
p:slechte week|open-vraag|-0.93
p:slechte week|afleiden|0.71
p:slechter dan|aanmoediging|-0.97
p:slim om|adviseren|0.92
p:slimme jongen|adviseren|-1.0
p:slimme jongen|prijzen|0.94
p:slimme jongen|etiketteren|-1.0
p:slimme meid|jij-boodschap|-0.97
p:slimme meid|waarschuwen|-0.97
p:slimme meid|prijzen|0.97
p:slimme meid|geruststellen|-0.97
p:slimme vrouw|gevoelsreflectie|-0.99
p:slimme vrouw|adviseren|0.99
p:slimme vrouw|prijzen|0.99
p:slimme zoon|prijzen|0.89
p:slimste van|moraliseren|-0.99
p:slimste van|adviseren|-0.85
p:slimste van|etiketteren|-0.7
p:slordig werk|bekritiseren|0.97
p:slordig werk|prijzen|-0.97
p:slordige meid|bekritiseren|-0.95
p:sluit af|bedanken|0.96
p:sluiten af|vervolgafspraak|-0.94
p:smit en|bevelen|1.45
p:smit en|moraliseren|-0.89
p:smit zei|interpreteren|-0.9
p:snap dat|parafrase|-1.0
p:snap dat|gevoelsreflectie|1.45
p:snap dat|bevelen|0.84
p:snap dat|adviseren|0.92
p:snap dat|geruststellen|0.92
p:snap had|parafrase|0.95
p:snap had|samenvatting|-0.95
p:snap ik|gevoelsreflectie|0.93
p:snap ik|geruststellen|0.85
p:snap je|prijzen|-0.91
p:snap u|parafrase|0.9
p:snapt best|adviseren|-1.0
p:snapt best|etiketteren|-1.0
p:snapt de|ik-boodschap|0.62
p:snapt maar|geruststellen|-0.92
p:snapt vast|waarschuwen|-0.97
p:snapt vast|prijzen|0.8
p:snapt vast|geruststellen|-0.97
p:snapt wel|parafrase|-0.96
p:snel gereageerd|bekritiseren|-0.69
p:snel kon|jij-boodschap|-0.6
p:snel op|bedanken|1.0
p:sneller gebeld|bekritiseren|-0.1
p:sneller gebeld|bedanken|-0.98
p:sociale jongen|etiketteren|-0.83
p:sofia om|gevoelsreflectie|-0.98
p:sofie vaker|ik-boodschap|-0.99
p:soms genegeerd|bekritiseren|-1.0
p:soms net|jij-boodschap|0.89
p:soms net|etiketteren|0.89
p:soort mails|bekritiseren|1.13
p:soort ruzietjes|afleiden|0.97
p:sophie bang|gevoelsreflectie|0.91
p:sorry maar|moraliseren|0.95
p:sorry we|moraliseren|-0.87
p:spannend is|open-vraag|-0.94
p:spannend vindt|gevoelsreflectie|1.0
p:spannend vindt|open-vraag|1.0
p:speelt met|waarschuwen|0.91
p:speelt sinds|ik-boodschap|-1.0
p:speelt sinds|samenvatting|1.0
p:spieken is|jij-boodschap|-1.59
p:spieken is|moraliseren|0.91
p:spieken is|bekritiseren|-1.72
p:spiekt bij|ondervragen|-0.99
p:spiekt wel|jij-boodschap|-0.91
p:spiekt wel|afleiden|0.91
p:spiekt wordt|waarschuwen|1.0
p:spijbelen en|waarschuwen|0.94
p:spijbelt en|jij-boodschap|0.98
p:spijbelt en|bekritiseren|0.81
p:spijbelt en|geruststellen|-0.74
p:spijbelt gewoon|jij-boodschap|0.94
p:spijbelt gewoon|bekritiseren|0.94
p:spijbelt hij|etiketteren|-0.93
p:spijbelt krijg|ik-boodschap|-0.99
p:sprake komt|gevoelsreflectie|0.92
p:spreek de|samenvatting|0.85
p:spreek de|bedanken|-0.92
p:spreek morgen|bevelen|-0.98
p:spreken ?|afleiden|-0.99
p:spreken af|vervolgafspraak|0.94
p:spreken donderdag|vervolgafspraak|1.0
p:spreken dus|ik-boodschap|-0.71
p:spreken dus|samenvatting|0.97
p:spreken elkaar|etiketteren|-0.98
p:spreken elkaar|afronding-aankondigen|-0.98
p:spreken we|samenvatting|0.63
p:spreken we|prijzen|-0.9
p:spreken we|afronding-aankondigen|-0.9
p:spullen nooit|bekritiseren|1.0
p:spullen uitdelen|ik-boodschap|0.82
p:spullen vergeet|ik-boodschap|0.97
p:sta jij|ik-boodschap|0.81
p:sta jij|jij-boodschap|-0.91
p:sta jij|bekritiseren|-0.91
p:staan al|ik-boodschap|-0.93
p:staan als|moraliseren|0.93
p:staan en|ik-boodschap|0.97
p:staan in|open-vraag|-1.0
p:staan moet|ik-boodschap|0.91
p:staat al|argumenteren|0.98
p:staat gewoon|ik-boodschap|-0.81
p:staat gewoon|afleiden|-0.96
p:staat het|samenvatting|-0.99
p:staat het|adviseren|0.81
p:staat het|argumenteren|-0.92
p:staat het|bekritiseren|-0.92
p:staat het|afleiden|-0.91
p:staat in|argumenteren|0.97
p:staat op|samenvatting|-0.86
p:staat op|waarschuwen|1.43
p:staat op|moraliseren|-0.94
p:staat op|argumenteren|-0.94
p:staat vanaf|bevelen|-0.88
p:staat vast|argumenteren|0.93
p:stad als|ondervragen|1.0
p:stage ?|afleiden|-0.98
p:stage en|bekritiseren|-0.96
p:stage hebben|afleiden|1.64
p:stage je|jij-boodschap|-0.98
p:stage je|samenvatting|0.98
p:stand is|gevoelsreflectie|-0.98
p:star hij|argumenteren|-0.93
p:staren wat|ik-boodschap|-0.8
p:start van|open-vraag|0.92
p:statistisch gezien|adviseren|-0.99
p:steeds alleen|argumenteren|-0.98
p:steeds als|ik-boodschap|-0.99
p:steeds apart|gevoelsreflectie|-0.83
p:steeds apart|bevelen|-0.93
p:steeds apart|vervolgafspraak|-0.93
p:steeds beter|jij-boodschap|-0.36
p:steeds beter|bekritiseren|-0.56
p:steeds bij|open-vraag|-1.0
p:steeds de|jij-boodschap|0.77
p:steeds de|bekritiseren|0.94
p:steeds door|ik-boodschap|0.97
p:steeds het|jij-boodschap|0.97
p:steeds het|bekritiseren|0.97
p:steeds je|bekritiseren|-0.23
p:steeds later|prijzen|-1.0
p:steeds mee|jij-boodschap|0.85
p:steeds mee|bekritiseren|0.56
p:steeds mijn|parafrase|-0.99
p:steeds naar|ik-boodschap|-0.8
p:steeds niks|jij-boodschap|0.9
p:steeds over|ik-boodschap|0.87
p:steeds over|jij-boodschap|1.86
p:steeds over|gevoelsreflectie|-1.0
p:steeds over|open-vraag|-1.0
p:steeds over|bekritiseren|2.13
p:steeds over|ondervragen|-0.86
p:steeds te|open-vraag|0.92
p:steeds te|bekritiseren|-0.72
p:steeds te|ondervragen|0.98
p:steeds terug|samenvatting|0.92
p:steeds thuis|jij-boodschap|-0.82
p:steeds thuis|bekritiseren|-0.92
p:steeds vaker|gevoelsreflectie|-0.92
p:steeds van|jij-boodschap|-0.79
p:steeds weer|jij-boodschap|1.0
p:steeds weer|bekritiseren|1.8
p:steek gelaten|gevoelsreflectie|0.99
p:steek gelaten|prijzen|-0.99
p:steek met|jij-boodschap|-0.78
p:steek met|prijzen|0.99
p:stel je|etiketteren|0.98
p:stel voor|ik-boodschap|-0.97
p:stel voor|vervolgafspraak|0.95
p:stelt goede|jij-boodschap|-0.93
p:stelt niks|afleiden|0.98
p:stelt toch|moraliseren|-0.96
p:stelt toch|afleiden|0.96
p:stelt u|jij-boodschap|0.97
p:stelt u|bekritiseren|0.97
p:stelt weinig|argumenteren|-0.95
p:stelt zich|bekritiseren|1.66
p:sterk ik|bekritiseren|-0.87
p:sterk in|bekritiseren|-0.91
p:sterke leerling|jij-boodschap|-0.97
p:stil is|interpreteren|0.99
p:stil is|ondervragen|-0.91
p:stiller bent|jij-boodschap|-1.0
p:stoeien kan|ik-boodschap|0.98
p:stoer omdat|jij-boodschap|-0.96
p:stoer omdat|ondervragen|-0.94
p:stoer te|interpreteren|0.95
p:stof niet|ik-boodschap|0.62
p:stond al|argumenteren|1.86
p:stond in|argumenteren|1.0
p:stond je|ondervragen|1.0
p:stond je|afleiden|-1.0
p:stonden vanaf|parafrase|-0.98
p:stop ik|waarschuwen|0.97
p:stop met|bevelen|1.0
p:stop met|bekritiseren|-1.0
p:stoppen donderdag|vervolgafspraak|0.72
p:stoppen en|ik-boodschap|-0.97
p:stoppen er|afronding-aankondigen|0.98
p:stoppen er|vervolgafspraak|0.98
p:stopt met|bevelen|0.98
p:stopt waardoor|open-vraag|-0.97
p:straat lopen|waarschuwen|-0.64
p:straat lopen|etiketteren|-0.96
p:straf te|parafrase|0.99
p:straf te|open-vraag|-0.68
p:strafwerk geven|waarschuwen|-0.91
p:straks alleen|ik-boodschap|0.81
p:straks alleen|jij-boodschap|-0.91
p:straks alleen|bekritiseren|-0.91
p:straks een|prijzen|-0.99
p:straks even|aanmoediging|-0.97
p:straks even|vervolgafspraak|-0.97
p:straks gaat|ik-boodschap|-0.91
p:straks gaat|geruststellen|0.91
p:straks zijn|waarschuwen|0.91
p:straks zijn|bekritiseren|-0.91
p:straks zit|waarschuwen|0.95
p:streng moeten|parafrase|-0.97
p:stress voor|argumenteren|-0.87
p:structuur heeft|parafrase|-0.97
p:structuur minder|parafrase|-0.94
p:structuur thuis|bedanken|0.98
p:stuk chagrijn|prijzen|-0.99
p:stuk chagrijn|etiketteren|0.99
p:sturen ?|bekritiseren|0.83
p:sturen is|bekritiseren|1.13
p:sturen met|vervolgafspraak|-0.72
p:stuur en|argumenteren|-0.97
p:stuur ik|bedanken|0.96
p:stuur je|aanmoediging|-1.0
p:stuur je|bevelen|1.0
p:stuur je|waarschuwen|1.52
p:stuur je|moraliseren|-1.0
p:stuur je|prijzen|-1.0
p:stuur u|adviseren|-0.99
p:stuur u|vervolgafspraak|0.93
p:stuurde was|jij-boodschap|-0.46
p:stuurt u|jij-boodschap|-0.94
p:stuurt u|bevelen|0.94
p:sven gaan|adviseren|0.94
p:taak om|bevelen|-1.0
p:taak om|moraliseren|1.0
p:tafel dank|samenvatting|0.92
p:tafel dank|vervolgafspraak|0.92
p:tafel dank|bedanken|0.92
p:tandarts was|ondervragen|-0.99
p:tas de|open-vraag|-0.98
p:tas de|adviseren|1.85
p:tas nu|geruststellen|-0.97
p:te antwoorden|bekritiseren|0.91
p:te bellen|parafrase|-0.93
p:te bellen|bevelen|-0.93
p:te belonen|ik-boodschap|-0.92
p:te bespreken|afleiden|0.86
p:te bieden|jij-boodschap|-1.0
p:te bieden|moraliseren|1.0
p:te bieden|adviseren|-1.0
p:te bieden|etiketteren|-1.0
p:te concentreren|adviseren|-0.98
p:te doen|prijzen|-0.98
p:te doen|interpreteren|0.95
p:te druk|bevelen|-0.7
p:te druk|waarschuwen|-0.9
p:te druk|interpreteren|-0.91
p:te druk|afleiden|-0.98
p:te druk|vervolgafspraak|-0.95
p:te falen|etiketteren|-0.93
p:te gaan|jij-boodschap|0.83
p:te gaan|gevoelsreflectie|0.91
p:te gaan|bekritiseren|0.96
p:te gamen|jij-boodschap|0.69
p:te gamen|bekritiseren|0.91
p:te gapen|ik-boodschap|0.96
p:te gapen|samenvatting|-0.96
p:te gapen|adviseren|0.96
p:te gedragen|moraliseren|0.99
p:te gedragen|afleiden|-0.94
p:te gek|bekritiseren|0.69
p:te gemakzuchtig|bekritiseren|-2.3
p:te gemakzuchtig|etiketteren|0.91
p:te hangen|adviseren|1.0
p:te hangen|geruststellen|-1.0
p:te horen|ik-boodschap|-0.91
p:te horen|open-vraag|-0.78
p:te horen|bekritiseren|-0.84
p:te horen|vervolgafspraak|1.0
p:te horen|bedanken|0.94
p:te houden|jij-boodschap|-1.0
p:te houden|samenvatting|-0.99
p:te houden|waarschuwen|-0.52
p:te houden|bekritiseren|-1.0
p:te kennen|argumenteren|0.96
p:te komen|jij-boodschap|-0.98
p:te komen|adviseren|-0.96
p:te komen|etiketteren|-0.35
p:te komen|interpreteren|-0.96
p:te kommen|bekritiseren|-0.9
p:te kommen|bedanken|0.74
p:te krijgen|bekritiseren|-0.98
p:te laag|jij-boodschap|-0.39
p:te laag|argumenteren|0.93
p:te laat|ik-boodschap|-0.96
p:te laat|jij-boodschap|-0.85
p:te laat|gevoelsreflectie|-0.89
p:te laat|samenvatting|0.89
p:te laat|open-vraag|0.92
p:te laat|waarschuwen|0.99
p:te laat|argumenteren|1.0
p:te laat|bekritiseren|-1.0
p:te laat|interpreteren|0.91
p:te laat|vervolgafspraak|-0.64
p:te laks|ik-boodschap|-0.93
p:te laks|jij-boodschap|0.93
p:te laten|ik-boodschap|0.92
p:te laten|moraliseren|-1.97
p:te laten|adviseren|-0.81
p:te laten|interpreteren|0.94
p:te laten|bedanken|-0.92
p:te leggen|bevelen|0.65
p:te leggen|adviseren|0.92
p:te leren|parafrase|0.97
p:te leren|samenvatting|0.96
p:te leren|bevelen|0.84
p:te leren|bekritiseren|0.75
p:te leren|etiketteren|0.94
p:te leren|vervolgafspraak|-0.96
p:te leveren|bevelen|0.98
p:te lichten|vervolgafspraak|0.97
p:te liggen|parafrase|0.96
p:te liggen|prijzen|-0.89
p:te liggen|afleiden|-0.57
p:te lui|bekritiseren|1.59
p:te lui|etiketteren|0.94
p:te maken|samenvatting|0.99
p:te maken|waarschuwen|0.54
p:te maken|adviseren|0.99
p:te maken|bekritiseren|-0.99
p:te maken|interpreteren|-0.93
p:te maken|ondervragen|-1.0
p:te makkelijk|jij-boodschap|0.96
p:te makkelijk|adviseren|0.96
p:te makkelijk|interpreteren|0.96
p:te melden|ik-boodschap|0.99
p:te melden|jij-boodschap|0.92
p:te melden|samenvatting|-0.99
p:te melden|bekritiseren|0.87
p:te merken|geruststellen|-0.96
p:te moeilijk|parafrase|-0.88
p:te moeilijk|gevoelsreflectie|0.8
p:te moeilijk|argumenteren|1.95
p:te moeilijk|vervolgafspraak|0.89
p:te nemen|gevoelsreflectie|-0.76
p:te nemen|bevelen|-0.84
p:te nemen|adviseren|1.68
p:te nemen|prijzen|0.98
p:te nemen|afronding-aankondigen|-1.0
p:te ondersteunen|moraliseren|0.91
p:te praten|bekritiseren|0.99
p:te praten|vervolgafspraak|-0.99
p:te raken|interpreteren|0.99
p:te raken|bedanken|-0.99
p:te regelen|jij-boodschap|0.96
p:te regelen|prijzen|0.91
p:te regelen|bedanken|-0.74
p:te rollen|bevelen|0.89
p:te ronden|argumenteren|-0.97
p:te spreken|argumenteren|-0.81
p:te staan|bekritiseren|0.98
p:te staren|ik-boodschap|-0.8
p:te stellen|jij-boodschap|1.0
p:te stellen|moraliseren|1.0
p:te stellen|bekritiseren|1.0
p:te steunen|moraliseren|0.95
p:te steunen|argumenteren|-0.95
p:te sturen|bevelen|-1.0
p:te sturen|moraliseren|1.0
p:te tillen|moraliseren|-0.94
p:te tillen|afleiden|1.65
p:te tornen|argumenteren|0.82
p:te vatten|parafrase|-0.99
p:te veel|parafrase|0.91
p:te veel|argumenteren|0.97
p:te verbergen|interpreteren|0.92
p:te verdoen|jij-boodschap|1.19
p:te verdoen|samenvatting|-0.63
p:te verdoen|bevelen|-0.93
p:te verdoen|bekritiseren|1.38
p:te vertellen|gevoelsreflectie|0.88
p:te vertellen|bedanken|0.95
p:te vroeg|argumenteren|-0.92
p:te wachten|ik-boodschap|-0.93
p:te weinig|parafrase|-0.97
p:te weinig|open-vraag|0.78
p:te werken|jij-boodschap|-0.7
p:te werken|prijzen|0.97
p:te weten|jij-boodschap|-0.97
p:te weten|waarschuwen|-0.92
p:te weten|moraliseren|0.9
p:te weten|bekritiseren|-1.53
p:te wisselen|samenvatting|0.92
p:te worden|geruststellen|0.96
p:te zien|ik-boodschap|1.75
p:te zien|jij-boodschap|-1.0
p:te zien|parafrase|-1.0
p:te zien|gevoelsreflectie|-1.0
p:te zien|samenvatting|-1.0
p:te zien|open-vraag|-1.0
p:te zien|aanmoediging|-1.0
p:te zien|bevelen|-1.0
p:te zien|waarschuwen|-1.0
p:te zien|moraliseren|-1.0
p:te zien|adviseren|-1.0
p:te zien|argumenteren|-1.98
p:te zien|bekritiseren|-1.0
p:te zien|prijzen|-1.0
p:te zien|etiketteren|-1.0
p:te zien|interpreteren|-1.9
p:te zien|geruststellen|-1.0
p:te zien|ondervragen|-1.0
p:te zien|afleiden|-1.0
p:te zien|afronding-aankondigen|-1.0
p:te zien|vervolgafspraak|-1.0
p:te zien|bedanken|-1.0
p:te zijn|moraliseren|-0.99
p:te zijn|adviseren|-0.96
p:te zwaar|parafrase|0.99
p:te zwaar|open-vraag|-0.68
p:te zwaar|afleiden|0.97
p:teamleider gesproken|vervolgafspraak|-0.92
p:teamleider staat|bevelen|1.0
p:teamleider zegt|bedanken|-0.92
p:tegelijk praten|ik-boodschap|0.6
p:tegelijk praten|afronding-aankondigen|-0.98
p:tegelijk praten|vervolgafspraak|-0.98
p:tegen de|ik-boodschap|0.83
p:tegen een|bekritiseren|0.99
p:tegen haar|gevoelsreflectie|0.68
p:tegen je|ik-boodschap|-0.95
p:tegen je|bevelen|0.95
p:tegen jou|jij-boodschap|0.91
p:tegen jou|samenvatting|-0.91
p:tegen jou|open-vraag|-0.87
p:tegen jou|bekritiseren|0.91
p:tegen me|bekritiseren|-0.87
p:tegen mevrouw|etiketteren|-0.97
p:tegen mij|ondervragen|0.96
p:tegenover je|jij-boodschap|-0.62
p:tegenover je|moraliseren|0.91
p:tegenover je|bekritiseren|-1.14
p:tegenovergestelde van|jij-boodschap|0.97
p:tegenovergestelde van|bekritiseren|0.97
p:tegenvallend cijfer|gevoelsreflectie|-0.98
p:tegenwoordig heel|geruststellen|-0.96
p:tegenwoordig heel|afleiden|0.96
p:tekent u|jij-boodschap|-0.7
p:tekent u|prijzen|0.97
p:tekortpunten is|argumenteren|0.94
p:telefoon 's|adviseren|0.92
p:telefoon ?|parafrase|-0.99
p:telefoon ?|open-vraag|-1.0
p:telefoon ?|adviseren|-0.88
p:telefoon afgaat|jij-boodschap|-1.0
p:telefoon eens|ik-boodschap|0.96
p:telefoon eens|samenvatting|-0.96
p:telefoon in|geruststellen|-0.97
p:telefoon innemen|waarschuwen|-0.75
p:telefoon niet|ik-boodschap|-0.81
p:telefoon niet|waarschuwen|1.73
p:telefoon nog|bevelen|-0.62
p:telefoon nog|vervolgafspraak|-0.94
p:telefoon om|parafrase|0.98
p:telefoon om|adviseren|0.98
p:telefoon pakt|adviseren|-0.94
p:telefoon weg|bevelen|0.91
p:telefoon zit|open-vraag|0.78
p:telefoon zitten|jij-boodschap|0.82
p:telefoon zitten|bekritiseren|0.94
p:telefoon zitten|prijzen|-0.94
p:telefoonnummer kan|open-vraag|-0.88
p:telefoons in|bevelen|0.82
p:teleur u|jij-boodschap|0.97
p:teleur u|bekritiseren|0.97
p:teleurgesteld begrijp|parafrase|-2.25
p:teleurgesteld dat|gevoelsreflectie|0.93
p:teleurgesteld in|gevoelsreflectie|0.95
p:teleurgesteld in|aanmoediging|-1.0
p:teleurgesteld in|argumenteren|-1.0
p:teleurgesteld in|bekritiseren|1.0
p:teleurgesteld samengevat|gevoelsreflectie|0.8
p:teleurgesteld samengevat|vervolgafspraak|0.89
p:teleurgestelt bent|geruststellen|-0.99
p:tenminste goed|afleiden|0.75
p:ter sprake|gevoelsreflectie|0.92
p:terecht echt|geruststellen|0.93
p:terug als|vervolgafspraak|0.99
p:terug en|parafrase|-0.91
p:terug gehoord|jij-boodschap|-1.0
p:terug gehoord|interpreteren|-1.0
p:terug hij|parafrase|-0.99
p:terug hij|samenvatting|0.87
p:terug je|samenvatting|0.92
p:terug van|vervolgafspraak|-1.44
p:terwijl je|gevoelsreflectie|0.88
p:terwijl u|jij-boodschap|1.0
p:terwijl u|moraliseren|1.0
p:terwijl u|bekritiseren|1.0
p:tess haar|open-vraag|-0.91
p:tevoren al|open-vraag|-0.98
p:tevoren al|adviseren|1.85
p:tevreden over|gevoelsreflectie|-0.72
p:tevreden over|samenvatting|0.95
p:thijs de|ik-boodschap|0.92
p:thnx voor|afronding-aankondigen|-1.85
p:thuis ?|ik-boodschap|1.94
p:thuis ?|samenvatting|-0.98
p:thuis ?|open-vraag|1.75
p:thuis ?|vervolgafspraak|-0.64
p:thuis als|gevoelsreflectie|0.92
p:thuis bent|parafrase|0.98
p:thuis bent|open-vraag|0.97
p:thuis dat|jij-boodschap|-0.97
p:thuis dat|bekritiseren|-1.53
p:thuis de|vervolgafspraak|0.94
p:thuis druk|geruststellen|-0.98
p:thuis een|jij-boodschap|0.91
p:thuis een|open-vraag|-0.78
p:thuis een|adviseren|0.91
p:thuis een|bekritiseren|0.91
p:thuis en|ik-boodschap|-0.86
p:thuis en|samenvatting|0.99
p:thuis en|bevelen|0.96
p:thuis en|vervolgafspraak|-0.96
p:thuis gaat|parafrase|-0.91
p:thuis gaat|samenvatting|0.99
p:thuis gebeurd|gevoelsreflectie|0.85
p:thuis gebeurd|open-vraag|0.68
p:thuis gebeurt|gevoelsreflectie|-1.69
p:thuis gebeurt|bekritiseren|0.96
p:thuis gewoon|jij-boodschap|0.9
p:thuis gewoon|bevelen|-0.99
p:thuis gewoon|bekritiseren|0.9
p:thuis helemaal|gevoelsreflectie|0.72
p:thuis is|parafrase|-0.96
p:thuis kan|prijzen|1.0
p:thuis laat|jij-boodschap|-0.82
p:thuis laat|parafrase|-0.95
p:thuis laat|open-vraag|-1.0
p:thuis laat|bekritiseren|-0.92
p:thuis lag|ondervragen|1.0
p:thuis lukt|afleiden|-0.98
p:thuis met|samenvatting|0.18
p:thuis met|afleiden|-0.97
p:thuis met|bedanken|0.94
p:thuis niet|waarschuwen|-0.99
p:thuis niet|adviseren|-0.91
p:thuis niet|interpreteren|-0.91
p:thuis niets|parafrase|0.99
p:thuis nooit|parafrase|0.99
p:thuis nooit|bekritiseren|-0.99
p:thuis ook|jij-boodschap|-0.99
p:thuis ook|open-vraag|-0.94
p:thuis ook|prijzen|0.99
p:thuis op|samenvatting|0.85
p:thuis op|bedanken|-0.92
p:thuis speelt|ik-boodschap|-0.96
p:thuis te|parafrase|-0.97
p:thuis te|interpreteren|0.91
p:thuis vaak|gevoelsreflectie|-0.92
p:thuis van|gevoelsreflectie|-1.0
p:thuis van|open-vraag|1.0
p:thuis van|etiketteren|-1.0
p:thuis wat|adviseren|0.96
p:thuis wat|interpreteren|0.96
p:thuis wel|samenvatting|-0.99
p:thuis wel|argumenteren|-0.94
p:thuis zit|ik-boodschap|1.0
p:thuis zit|parafrase|0.97
p:thuis zit|open-vraag|-0.85
p:thuis zit|bevelen|-1.0
p:thuis zit|waarschuwen|-1.0
p:thuis zit|moraliseren|-1.0
p:thuis zit|geruststellen|-1.0
p:thuis zit|vervolgafspraak|-1.0
p:thuis zonder|waarschuwen|0.9
p:thuisgehouden ?|bekritiseren|0.95
p:thuisgehouden zonder|jij-boodschap|0.92
p:thuisgehouden zonder|bekritiseren|0.87
p:tien minuten|argumenteren|-0.98
p:tien over|samenvatting|-0.91
p:tien uur|ik-boodschap|0.94
p:tien uur|parafrase|0.96
p:tien uur|waarschuwen|-0.94
p:tien uur|prijzen|-0.89
p:tien uur|ondervragen|-0.96
p:ties u|open-vraag|0.92
p:tijd af|bevelen|0.98
p:tijd deed|moraliseren|0.94
p:tijd heen|samenvatting|-0.92
p:tijd heen|vervolgafspraak|-0.92
p:tijd hoe|gevoelsreflectie|0.99
p:tijd hoor|jij-boodschap|-1.0
p:tijd hoor|aanmoediging|1.0
p:tijd hoor|bevelen|-0.98
p:tijd hoor|bekritiseren|-1.0
p:tijd ik|gevoelsreflectie|0.75
p:tijd ik|samenvatting|-0.91
p:tijd ik|aanmoediging|0.99
p:tijd is|argumenteren|-0.98
p:tijd is|bekritiseren|-0.95
p:tijd is|afronding-aankondigen|0.99
p:tijd kunt|waarschuwen|-0.97
p:tijd kunt|geruststellen|-0.97
p:tijd met|bevelen|0.89
p:tijd mijn|etiketteren|-0.94
p:tijd naar|parafrase|-1.0
p:tijd naar|gevoelsreflectie|0.9
p:tijd naar|moraliseren|1.0
p:tijd naar|argumenteren|-1.0
p:tijd niet|ik-boodschap|-0.82
p:tijd niet|open-vraag|0.98
p:tijd om|argumenteren|-0.97
p:tijd te|jij-boodschap|1.19
p:tijd te|samenvatting|-0.63
p:tijd te|bevelen|-0.93
p:tijd te|adviseren|-0.96
p:tijd te|bekritiseren|2.3
p:tijd te|interpreteren|-0.96
p:tijd vanavond|afronding-aankondigen|-0.98
p:tijd voor|gevoelsreflectie|-0.93
p:tijd voor|moraliseren|-0.99
p:tijd voor|interpreteren|-0.99
p:tijd wegbrengen|argumenteren|1.0
p:tijdens een|bevelen|-0.62
p:tijdens een|vervolgafspraak|-0.94
p:tijdens het|ik-boodschap|1.96
p:tijdens het|samenvatting|-0.98
p:tijdens het|open-vraag|0.98
p:tijdens het|argumenteren|-0.99
p:tijdens toetsen|ik-boodschap|-0.99
p:tim in|bekritiseren|-0.61
p:timer tijdens|argumenteren|-0.99
p:tip haal|adviseren|0.99
p:tip is|prijzen|-0.98
p:tja bedankt|bekritiseren|2.0
p:tja bedankt|bedanken|-0.92
p:tja dat|etiketteren|0.87
p:tja hij|jij-boodschap|2.87
p:tja hij|argumenteren|-0.93
p:tja hij|etiketteren|1.63
p:tja maar|open-vraag|-1.65
p:tja maar|afleiden|0.88
p:tja pubers|etiketteren|-0.51
p:tja pubers|interpreteren|-1.0
p:tja pubers|afleiden|1.0
p:toch ?|bekritiseren|-0.63
p:toch ?|afleiden|-0.96
p:toch ?|vervolgafspraak|-0.92
p:toch af|moraliseren|0.99
p:toch beter|jij-boodschap|0.92
p:toch een|jij-boodschap|1.9
p:toch een|adviseren|-1.0
p:toch een|bekritiseren|-0.95
p:toch een|etiketteren|0.86
p:toch komen|parafrase|0.97
p:toch logisch|argumenteren|0.97
p:toch logisch|prijzen|-0.96
p:toch makkelijk|prijzen|1.83
p:toch mijn|jij-boodschap|-0.78
p:toch mijn|prijzen|0.99
p:toch moeten|moraliseren|0.98
p:toch niet|jij-boodschap|-0.78
p:toch niet|gevoelsreflectie|0.46
p:toch niet|moraliseren|-0.96
p:toch niet|argumenteren|-0.97
p:toch niet|prijzen|0.99
p:toch niet|afleiden|1.67
p:toch niks|moraliseren|-0.96
p:toch niks|afleiden|0.96
p:toch normaal|jij-boodschap|-1.0
p:toch normaal|bekritiseren|-1.0
p:toch onze|moraliseren|0.99
p:toch ook|jij-boodschap|0.82
p:toch ook|moraliseren|0.96
p:toch ook|argumenteren|-0.96
p:toch ook|bekritiseren|0.94
p:toch ook|prijzen|-0.94
p:toch te|waarschuwen|-0.92
p:toch te|bekritiseren|0.69
p:toch vertelt|gevoelsreflectie|0.91
p:toch weten|jij-boodschap|-0.84
p:toch zelf|argumenteren|0.94
p:toe gaat|samenvatting|0.86
p:toe gaat|open-vraag|0.99
p:toe in|moraliseren|0.99
p:toe kwam|ik-boodschap|0.96
p:toe te|vervolgafspraak|0.97
p:toe thuis|parafrase|-0.91
p:toe weinig|parafrase|0.86
p:toe weinig|open-vraag|-0.92
p:toegeven dat|interpreteren|0.99
p:toen ?|parafrase|-0.68
p:toen ?|aanmoediging|1.02
p:toen ?|argumenteren|-0.83
p:toen ?|bekritiseren|-0.95
p:toen ?|ondervragen|-1.0
p:toen emma|ik-boodschap|0.78
p:toen ging|adviseren|-0.92
p:toen hij|ik-boodschap|-0.6
p:toen hij|bevelen|-0.98
p:toen ik|open-vraag|-1.0
p:toen je|ik-boodschap|0.95
p:toen je|gevoelsreflectie|-0.96
p:toen je|samenvatting|-0.99
p:toen je|open-vraag|1.0
p:toen leek|jij-boodschap|0.83
p:toen leek|bekritiseren|0.96
p:toen meneer|gevoelsreflectie|-0.93
p:toen niemand|gevoelsreflectie|1.87
p:toen u|aanmoediging|-0.61
p:toen verder|aanmoediging|0.96
p:toen voor|parafrase|0.87
p:toen ze|ondervragen|0.95
p:toestaat als|gevoelsreflectie|-0.93
p:toestemmingsformulier getekend|bekritiseren|-0.93
p:toets engels|bekritiseren|-0.63
p:toets je|ik-boodschap|-0.96
p:toets maar|gevoelsreflectie|-0.93
p:toets mist|argumenteren|0.94
p:toets neem|bevelen|-0.62
p:toets neem|vervolgafspraak|-0.94
p:toets niet|open-vraag|-0.78
p:toets niet|adviseren|0.91
p:toets niet|argumenteren|-0.94
p:toets niet|etiketteren|-0.99
p:toets ongeldig|waarschuwen|1.0
p:toets stond|argumenteren|0.92
p:toets te|parafrase|0.96
p:toets vast|ik-boodschap|0.84
p:toets vast|vervolgafspraak|0.92
p:toets voor|bekritiseren|-0.94
p:toets was|gevoelsreflectie|0.8
p:toets was|vervolgafspraak|0.89
p:toets wordt|ondervragen|-0.99
p:toets zelf|argumenteren|0.85
p:toetsen achterloopt|geruststellen|-0.96
p:toetsen na|ik-boodschap|-0.77
p:toetsen na|argumenteren|-0.98
p:toetsen niet|interpreteren|-0.99
p:toetsen opschrijft|ik-boodschap|0.97
p:toetsen te|parafrase|-0.96
p:toetsen vaak|open-vraag|-0.97
p:toetsen ze|parafrase|-0.95
p:toetsweek en|bekritiseren|-0.97
p:toetsweek heel|ik-boodschap|0.91
p:toetsweek opnieuw|samenvatting|-0.85
p:toetsweek vastligt|argumenteren|0.9
p:toevoegen ?|samenvatting|0.86
p:toevoegen ?|open-vraag|0.99
p:toezicht thuis|samenvatting|0.99
p:tof dat|ik-boodschap|0.96
p:tolk en|ik-boodschap|0.6
p:tolk erbij|ik-boodschap|-0.97
p:tolk goed|ik-boodschap|-0.96
p:tolk goed|parafrase|0.96
p:tolk via|vervolgafspraak|0.97
p:tolk zit|parafrase|-0.96
p:tom gepest|interpreteren|0.95
p:toon blijft|jij-boodschap|-0.93
p:toont in|bekritiseren|0.89
p:topmoeder dus|jij-boodschap|-0.99
p:topmoeder dus|prijzen|0.99
p:tot het|ik-boodschap|-0.81
p:tot het|open-vraag|-1.0
p:tot het|waarschuwen|0.85
p:tot hoe|samenvatting|-1.0
p:tot hoe|interpreteren|-1.0
p:tot ik|bevelen|0.99
p:tot middernacht|jij-boodschap|2.72
p:tot middernacht|moraliseren|1.0
p:tot middernacht|bekritiseren|2.84
p:tot middernacht|prijzen|-0.94
p:tot nu|samenvatting|0.86
p:tot rust|parafrase|0.98
p:tot rust|adviseren|0.98
p:tot stand|gevoelsreflectie|-0.98
p:tot twaalf|prijzen|-0.96
p:tot vrijdag|bevelen|-0.62
p:tot vrijdag|vervolgafspraak|-0.94
p:tot ziens|waarschuwen|-0.96
p:trap was|ik-boodschap|0.95
p:trap zat|ik-boodschap|-0.95
p:trekt hij|geruststellen|0.98
p:trekt wel|geruststellen|1.0
p:trekt wel|afronding-aankondigen|-1.0
p:trekt wel|bedanken|-1.0
p:trekt ze|parafrase|-0.91
p:trekt zich|geruststellen|-1.0
p:trots dat|gevoelsreflectie|0.99
p:trots dat|interpreteren|-0.99
p:trots hij|jij-boodschap|-0.72
p:trouwens de|geruststellen|0.91
p:trouwens hoe|jij-boodschap|-1.0
p:trouwens hoe|open-vraag|-1.0
p:trouwens hoe|bekritiseren|-1.0
p:trouwens hoe|afleiden|1.0
p:trouwens vandaag|etiketteren|-0.51
p:trouwens vandaag|interpreteren|-1.0
p:trouwens vandaag|afleiden|1.0
p:twaalf uur|prijzen|-0.96
p:twee dagen|samenvatting|-0.99
p:twee keer|ik-boodschap|0.98
p:twee keer|jij-boodschap|1.8
p:twee keer|gevoelsreflectie|-0.76
p:twee keer|open-vraag|1.0
p:twee keer|bekritiseren|1.79
p:twee keer|afronding-aankondigen|-1.0
p:twee toetsen|ik-boodschap|-0.77
p:twee toetsen|argumenteren|-0.98
p:twee vakken|samenvatting|0.99
p:twee vakken|open-vraag|-0.99
p:twee vakken|bevelen|-0.65
p:twee vakken|waarschuwen|-0.56
p:twee vingers|geruststellen|0.97
p:twee weken|ik-boodschap|1.82
p:twee weken|jij-boodschap|-0.93
p:twee weken|parafrase|-0.78
p:twee weken|samenvatting|-0.21
p:twee weken|open-vraag|-0.78
p:twee weken|adviseren|0.91
p:twee weken|argumenteren|0.98
p:twee weken|bekritiseren|-0.7
p:twee weken|geruststellen|-0.81
p:twee weken|afleiden|-0.88
p:twee weken|afronding-aankondigen|-1.91
p:twee weken|vervolgafspraak|0.64
p:twee weken|bedanken|-0.94
p:twee zorgen|gevoelsreflectie|-0.97
p:tweede allemaal|afleiden|0.93
p:tweede is|gevoelsreflectie|0.98
p:tweede is|afleiden|1.67
p:tweede klas|geruststellen|0.99
p:tweede klas|afleiden|-1.78
p:tweede stelt|moraliseren|-0.96
p:tweede stelt|afleiden|0.96
p:tweede uur|ik-boodschap|0.84
p:tweede uur|vervolgafspraak|1.88
p:tweede uur|bedanken|-0.96
p:twintig minuten|open-vraag|-0.97
p:typisch geval|etiketteren|0.95
p:typisch helikopterouder|etiketteren|0.87
p:typisch zo'n|etiketteren|0.99
p:typisch zo'n|afleiden|-1.0
p:typisch zweverig|moraliseren|-0.99
p:typisch zweverig|adviseren|-0.99
p:typische helikopterouders|bekritiseren|-0.91
p:u ?|parafrase|0.96
p:u achter|bekritiseren|0.98
p:u al|adviseren|0.98
p:u al|prijzen|-0.97
p:u alles|bekritiseren|0.91
p:u als|jij-boodschap|1.0
p:u als|parafrase|-0.91
p:u als|moraliseren|1.0
p:u als|bekritiseren|1.0
p:u altijd|bekritiseren|0.52
p:u altijd|prijzen|0.91
p:u altijd|etiketteren|-0.97
p:u altijd|ondervragen|-0.99
p:u altijd|bedanken|-0.74
p:u bedoelt|parafrase|1.79
p:u bedoelt|argumenteren|-1.85
p:u bedoelt|geruststellen|-0.92
p:u beginnen|gevoelsreflectie|1.0
p:u beginnen|open-vraag|1.0
p:u begint|samenvatting|-0.96
p:u begrijpt|ik-boodschap|-1.0
p:u begrijpt|parafrase|-0.97
p:u begrijpt|gevoelsreflectie|-1.92
p:u begrijpt|argumenteren|-1.0
p:u belt|samenvatting|0.92
p:u belt|vervolgafspraak|0.92
p:u belt|bedanken|0.92
p:u bemoeit|gevoelsreflectie|-0.88
p:u bemoeit|bekritiseren|1.07
p:u bent|ik-boodschap|-1.0
p:u bent|jij-boodschap|0.1
p:u bent|parafrase|-0.25
p:u bent|gevoelsreflectie|0.19
p:u bent|samenvatting|0.95
p:u bent|open-vraag|-1.0
p:u bent|bevelen|-0.99
p:u bent|waarschuwen|-0.91
p:u bent|adviseren|-0.79
p:u bent|argumenteren|-1.0
p:u bent|bekritiseren|-0.11
p:u bent|prijzen|1.03
p:u bent|etiketteren|0.96
p:u bent|geruststellen|-0.72
p:u bent|afleiden|-1.59
p:u bent|afronding-aankondigen|-1.0
p:u bent|bedanken|1.0
p:u bespreken|bekritiseren|-0.93
p:u bespreken|prijzen|-0.89
p:u blij|geruststellen|0.98
p:u boos|ik-boodschap|0.71
p:u boos|gevoelsreflectie|1.82
p:u boos|afleiden|1.67
p:u daar|samenvatting|0.86
p:u daar|open-vraag|0.99
p:u daar|ondervragen|-1.0
p:u daarna|samenvatting|-0.62
p:u daarna|bevelen|-0.98
p:u daarna|vervolgafspraak|0.99
p:u daartegenaan|jij-boodschap|-0.91
p:u daartegenaan|open-vraag|0.63
p:u daartegenaan|bekritiseren|-0.91
p:u daarvan|ik-boodschap|0.91
p:u dan|gevoelsreflectie|0.72
p:u dan|open-vraag|0.95
p:u dan|interpreteren|0.93
p:u dankbaar|gevoelsreflectie|-0.99
p:u dankbaar|bedanken|0.99
p:u dat|ik-boodschap|0.95
p:u dat|parafrase|0.96
p:u dat|gevoelsreflectie|0.93
p:u dat|open-vraag|2.67
p:u dat|adviseren|-0.97
p:u dat|bekritiseren|-0.87
p:u dat|prijzen|1.95
p:u dat|geruststellen|-0.98
p:u dat|vervolgafspraak|-0.96
p:u de|ik-boodschap|-0.96
p:u de|parafrase|0.96
p:u de|bekritiseren|-0.9
p:u de|ondervragen|-0.1
p:u de|bedanken|0.74
p:u dekt|jij-boodschap|0.94
p:u dekt|bekritiseren|0.94
p:u denkt|bekritiseren|0.91
p:u denkt|geruststellen|0.99
p:u die|argumenteren|0.96
p:u dient|bevelen|0.98
p:u dinsdag|gevoelsreflectie|-0.99
p:u dinsdag|bedanken|0.99
p:u dit|jij-boodschap|-0.7
p:u dit|parafrase|-0.99
p:u dit|waarschuwen|1.0
p:u dit|bekritiseren|-1.75
p:u dit|bedanken|0.97
p:u doen|waarschuwen|0.91
p:u doet|jij-boodschap|0.89
p:u doet|bekritiseren|0.97
p:u doet|geruststellen|1.84
p:u donderdag|afronding-aankondigen|-1.0
p:u door|aanmoediging|1.92
p:u door|waarschuwen|1.65
p:u drie|bekritiseren|0.91
p:u echt|afronding-aankondigen|-0.98
p:u echt|vervolgafspraak|-0.98
p:u een|gevoelsreflectie|-0.99
p:u een|aanmoediging|-0.98
p:u een|adviseren|-0.99
p:u een|prijzen|0.95
p:u een|geruststellen|1.66
p:u een|afleiden|-0.93
p:u een|bedanken|0.96
p:u eens|ik-boodschap|0.95
p:u eens|gevoelsreflectie|0.93
p:u eens|interpreteren|-0.95
p:u eerder|bekritiseren|-1.79
p:u eerlijk|bedanken|0.79
p:u eigenlijk|bekritiseren|0.61
p:u eigenlijk|interpreteren|0.99
p:u eigenlijk|bedanken|-0.99
p:u eindelijk|jij-boodschap|1.78
p:u eindelijk|gevoelsreflectie|-0.91
p:u eindelijk|bekritiseren|1.67
p:u er|jij-boodschap|-0.88
p:u er|parafrase|-0.99
p:u er|adviseren|0.86
p:u er|bekritiseren|-1.45
p:u er|geruststellen|-1.96
p:u er|ondervragen|0.93
p:u er|vervolgafspraak|-0.73
p:u er|bedanken|-0.99
p:u ervan|bekritiseren|-0.92
p:u ervoor|bevelen|1.0
p:u gaat|aanmoediging|0.92
p:u gaat|bekritiseren|-0.95
p:u gaat|prijzen|1.75
p:u gaat|interpreteren|-0.97
p:u gaat|vervolgafspraak|-1.88
p:u gebeld|jij-boodschap|-0.99
p:u gebeld|parafrase|0.68
p:u gebeurd|parafrase|-0.72
p:u geeft|gevoelsreflectie|-0.92
p:u geen|adviseren|0.97
p:u gefrusteerd|prijzen|-0.99
p:u gefrusteerd|bedanken|-0.99
p:u gekomen|bevelen|-0.99
p:u gekomen|prijzen|-0.76
p:u gekomen|afronding-aankondigen|1.0
p:u gekomen|bedanken|1.0
p:u gelijk|bekritiseren|-0.82
p:u geschrokken|argumenteren|0.82
p:u geweest|gevoelsreflectie|0.97
p:u goed|parafrase|1.95
p:u goed|adviseren|-0.99
p:u goed|bekritiseren|-0.99
p:u gunt|etiketteren|-1.0
p:u haar|waarschuwen|-0.64
p:u haar|etiketteren|-0.96
p:u had|jij-boodschap|0.18
p:u had|parafrase|0.98
p:u had|bekritiseren|0.9
p:u heeft|jij-boodschap|2.31
p:u heeft|parafrase|2.02
p:u heeft|samenvatting|-0.84
p:u heeft|open-vraag|-0.99
p:u heeft|aanmoediging|-0.91
p:u heeft|bekritiseren|0.7
p:u heeft|prijzen|0.89
p:u heeft|geruststellen|-0.87
p:u heeft|vervolgafspraak|-0.92
p:u heen|gevoelsreflectie|-0.7
p:u heen|samenvatting|-0.99
p:u helpen|parafrase|-0.95
p:u hem|jij-boodschap|-0.99
p:u hem|bekritiseren|-0.14
p:u hem|interpreteren|0.96
p:u het|ik-boodschap|-1.0
p:u het|jij-boodschap|-1.0
p:u het|parafrase|0.87
p:u het|gevoelsreflectie|0.13
p:u het|samenvatting|-1.0
p:u het|open-vraag|1.64
p:u het|aanmoediging|0.18
p:u het|bevelen|-1.0
p:u het|waarschuwen|-1.0
p:u het|moraliseren|-1.0
p:u het|argumenteren|-1.0
p:u het|bekritiseren|-1.0
p:u het|etiketteren|-1.0
p:u het|interpreteren|-1.07
p:u het|geruststellen|-1.0
p:u het|ondervragen|-1.0
p:u het|afronding-aankondigen|-1.0
p:u het|vervolgafspraak|-0.16
p:u het|bedanken|-1.0
p:u hier|gevoelsreflectie|0.91
p:u hier|adviseren|-0.98
p:u hier|etiketteren|-0.97
p:u hier|geruststellen|-0.88
p:u hoe|samenvatting|0.85
p:u hoe|bedanken|-0.92
p:u hoeft|moraliseren|-0.99
p:u hoeft|geruststellen|0.96
p:u hoog|aanmoediging|-0.94
p:u hoor|parafrase|0.86
p:u hoor|open-vraag|-0.92
p:u houdt|prijzen|-1.0
p:u houdt|afronding-aankondigen|-1.0
p:u iets|bekritiseren|-1.81
p:u iets|ondervragen|-1.0
p:u ik|gevoelsreflectie|-0.99
p:u ik|bedanken|0.99
p:u kent|jij-boodschap|-0.94
p:u kijkt|samenvatting|1.0
p:u kijkt|vervolgafspraak|1.0
p:u klinkt|jij-boodschap|1.82
p:u klinkt|parafrase|-3.25
p:u klinkt|gevoelsreflectie|0.22
p:u klinkt|samenvatting|-1.93
p:u klinkt|aanmoediging|-1.0
p:u klinkt|etiketteren|0.98
p:u klinkt|geruststellen|-1.0
p:u krijgt|parafrase|0.91
p:u kunt|jij-boodschap|-0.85
p:u kunt|adviseren|1.91
p:u kunt|bekritiseren|-0.73
p:u kunt|prijzen|-0.99
p:u kunt|interpreteren|-0.93
p:u kunt|geruststellen|0.72
p:u kwaad|aanmoediging|-0.96
p:u kwaad|bevelen|0.96
p:u laat|jij-boodschap|1.82
p:u laat|prijzen|-0.94
p:u let|samenvatting|0.85
p:u let|bedanken|-0.92
p:u ligt|open-vraag|-0.92
p:u luistert|gevoelsreflectie|-0.85
p:u luistert|bekritiseren|0.79
p:u maakt|jij-boodschap|1.31
p:u maakt|parafrase|-0.99
p:u maakt|gevoelsreflectie|0.95
p:u maakt|samenvatting|0.91
p:u maakt|open-vraag|-0.65
p:u maakt|moraliseren|-1.0
p:u maakt|adviseren|-0.86
p:u maakt|bekritiseren|1.76
p:u maakt|interpreteren|-0.99
p:u maakt|geruststellen|-0.94
p:u maakt|vervolgafspraak|0.91
p:u maandag|adviseren|-0.99
p:u maandag|afronding-aankondigen|0.93
p:u maandag|vervolgafspraak|1.91
p:u maandag|bedanken|-1.95
p:u mag|aanmoediging|0.97
p:u me|bevelen|0.65
p:u merkt|parafrase|0.98
p:u merkt|adviseren|0.98
p:u meteen|parafrase|0.98
p:u mij|open-vraag|0.96
p:u mij|bevelen|0.94
p:u mij|bekritiseren|0.97
p:u moet|jij-boodschap|-1.0
p:u moet|parafrase|-1.0
p:u moet|aanmoediging|-0.96
p:u moet|bevelen|1.96
p:u moet|etiketteren|-0.98
p:u moet|ondervragen|-1.0
p:u moeten|bekritiseren|0.83
p:u morgen|bevelen|-0.94
p:u morgen|vervolgafspraak|2.94
p:u naar|ik-boodschap|-0.89
p:u naar|samenvatting|-0.89
p:u naar|argumenteren|0.98
p:u naar|vervolgafspraak|-0.89
p:u natuurlijk|prijzen|0.95
p:u nauwelijks|bekritiseren|2.63
p:u neem|samenvatting|-0.91
p:u neemt|moraliseren|-0.91
p:u niet|waarschuwen|0.99
p:u niet|moraliseren|-0.94
p:u niet|adviseren|0.99
p:u niet|prijzen|-0.97
p:u niet|afleiden|1.08
p:u niets|bekritiseren|-3.73
p:u niks|jij-boodschap|0.99
p:u niks|samenvatting|-0.84
p:u niks|open-vraag|-0.99
p:u niks|bekritiseren|1.72
p:u nooit|bekritiseren|0.96
p:u nou|jij-boodschap|-1.72
p:u nu|bevelen|1.0
p:u nu|moraliseren|-1.0
p:u om|samenvatting|0.94
p:u om|bedanken|0.94
p:u omdat|bekritiseren|-0.63
p:u onderschat|waarschuwen|0.99
p:u ongerust|geruststellen|1.96
p:u ongerust|afleiden|-0.96
p:u ons|jij-boodschap|0.95
p:u ons|ondervragen|0.99
p:u ook|prijzen|-0.89
p:u op|jij-boodschap|-0.93
p:u op|samenvatting|1.0
p:u op|argumenteren|0.92
p:u op|vervolgafspraak|1.0
p:u over|gevoelsreflectie|0.93
p:u over|open-vraag|-0.78
p:u over|adviseren|0.91
p:u praat|samenvatting|0.94
p:u praat|bedanken|0.94
p:u precies|parafrase|-0.98
p:u precies|open-vraag|0.92
p:u raakt|gevoelsreflectie|1.74
p:u raakt|aanmoediging|0.99
p:u radeloos|gevoelsreflectie|0.93
p:u reageert|etiketteren|0.97
p:u reageert|interpreteren|0.99
p:u roep|bevelen|0.99
p:u rustig|parafrase|-0.99
p:u s|waarschuwen|-0.75
p:u samen|vervolgafspraak|-0.98
p:u schrok|gevoelsreflectie|0.71
p:u schuift|bekritiseren|0.96
p:u snapt|parafrase|-0.96
p:u steeds|jij-boodschap|1.0
p:u steeds|bekritiseren|1.8
p:u stelt|jij-boodschap|-0.93
p:u stuurde|jij-boodschap|-0.46
p:u te|vervolgafspraak|-0.99
p:u teleurgestelt|geruststellen|-0.99
p:u thuis|ik-boodschap|-0.8
p:u thuis|jij-boodschap|-0.99
p:u thuis|open-vraag|-0.78
p:u thuis|adviseren|0.91
p:u thuis|prijzen|1.99
p:u thuis|vervolgafspraak|0.3
p:u toch|jij-boodschap|1.06
p:u toch|waarschuwen|-0.92
p:u toch|moraliseren|0.9
p:u toch|argumenteren|0.94
p:u toch|bekritiseren|-0.95
p:u toch|etiketteren|1.86
p:u toen|argumenteren|-0.83
p:u toen|bekritiseren|-0.95
p:u uitleggen|afleiden|-0.71
p:u vast|adviseren|-0.97
p:u veel|bekritiseren|-0.69
p:u verdraait|etiketteren|-0.94
p:u verdriet|gevoelsreflectie|0.99
p:u verdrietig|parafrase|0.21
p:u vergeet|argumenteren|0.85
p:u vergist|parafrase|-0.98
p:u vergist|bevelen|-1.0
p:u vergist|waarschuwen|-1.0
p:u vergist|adviseren|-1.0
p:u vergist|argumenteren|1.94
p:u verzet|interpreteren|0.97
p:u vindt|jij-boodschap|0.29
p:u vindt|gevoelsreflectie|-0.98
p:u vindt|open-vraag|-0.68
p:u vindt|waarschuwen|-0.91
p:u vindt|adviseren|0.82
p:u vindt|argumenteren|0.93
p:u vindt|bekritiseren|0.91
p:u vindt|prijzen|1.89
p:u vindt|etiketteren|0.95
p:u vindt|bedanken|-0.74
p:u voelt|gevoelsreflectie|0.99
p:u voelt|prijzen|-0.99
p:u voelt|interpreteren|-0.99
p:u volgende|afronding-aankondigen|0.91
p:u vooral|parafrase|0.74
p:u voortaan|samenvatting|-1.0
p:u voortaan|waarschuwen|-1.0
p:u voortaan|argumenteren|-1.0
p:u vrijdag|samenvatting|-0.93
p:u vrijdag|adviseren|-0.99
p:u vrijdag|afronding-aankondigen|-0.99
p:u wacht|bevelen|0.99
p:u was|parafrase|-0.96
p:u was|gevoelsreflectie|-0.99
p:u was|waarschuwen|-0.99
p:u was|adviseren|1.98
p:u was|argumenteren|-0.99
p:u wat|adviseren|-0.92
p:u weet|parafrase|-0.91
p:u weet|moraliseren|0.96
p:u weet|adviseren|-0.81
p:u weet|argumenteren|-0.96
p:u weet|bekritiseren|-0.94
p:u wel|parafrase|-0.98
p:u wel|samenvatting|0.92
p:u wel|bevelen|-0.99
p:u wel|bekritiseren|0.95
p:u wel|prijzen|-1.76
p:u wel|vervolgafspraak|-0.79
p:u wel|bedanken|0.15
p:u werkt|jij-boodschap|-0.86
p:u wilt|ik-boodschap|-0.83
p:u wilt|parafrase|0.9
p:u wilt|gevoelsreflectie|-1.91
p:u wilt|samenvatting|0.95
p:u wilt|bekritiseren|-0.29
p:u wilt|vervolgafspraak|-0.12
p:u wilt|bedanken|-2.95
p:u zeggen|gevoelsreflectie|-0.77
p:u zegt|parafrase|1.95
p:u zegt|gevoelsreflectie|-1.05
p:u zegt|samenvatting|-0.87
p:u zegt|open-vraag|-0.9
p:u zegt|interpreteren|-0.95
p:u zegt|geruststellen|-0.98
p:u zegt|afronding-aankondigen|-0.98
p:u zegt|vervolgafspraak|-0.98
p:u zelf|jij-boodschap|1.66
p:u zelf|gevoelsreflectie|-0.8
p:u zelf|bekritiseren|1.16
p:u zelf|etiketteren|-0.88
p:u zelf|interpreteren|0.97
p:u zich|jij-boodschap|-1.0
p:u zich|parafrase|0.8
p:u zich|gevoelsreflectie|0.87
p:u zich|samenvatting|-0.94
p:u zich|open-vraag|1.51
p:u zich|bevelen|-1.0
p:u zich|adviseren|0.92
p:u zich|bekritiseren|-1.86
p:u zich|interpreteren|1.0
p:u zich|geruststellen|1.97
p:u ziet|argumenteren|1.0
p:u zijn|jij-boodschap|-0.93
p:u zijn|gevoelsreflectie|0.47
p:u zijn|open-vraag|-1.0
p:u zo|jij-boodschap|-0.6
p:u zo|bevelen|-1.0
p:u zo|waarschuwen|0.91
p:u zo|bekritiseren|-1.86
p:u zo|bedanken|0.99
p:u zou|bevelen|-0.99
p:u zou|moraliseren|0.99
p:u zou|adviseren|-0.99
p:uit ?|jij-boodschap|-1.98
p:uit ?|gevoelsreflectie|-1.0
p:uit ?|open-vraag|1.0
p:uit ?|aanmoediging|-1.0
p:uit ?|waarschuwen|-0.98
p:uit ?|argumenteren|-1.0
p:uit ?|bekritiseren|-1.0
p:uit ?|ondervragen|-0.96
p:uit dan|prijzen|-0.9
p:uit dan|afronding-aankondigen|-0.9
p:uit de|ik-boodschap|0.77
p:uit een|geruststellen|-0.95
p:uit faalangst|moraliseren|-0.99
p:uit haar|ik-boodschap|-1.0
p:uit haar|samenvatting|1.0
p:uit het|waarschuwen|0.81
p:uit iedereen|jij-boodschap|-0.91
p:uit iedereen|afleiden|0.91
p:uit jezelf|ik-boodschap|0.96
p:uit meekrijgen|ik-boodschap|-0.87
p:uit meekrijgen|moraliseren|0.98
p:uit onderzoek|argumenteren|0.99
p:uit te|bevelen|0.65
p:uit te|adviseren|-0.96
p:uit te|etiketteren|-0.35
p:uit zijn|adviseren|0.99
p:uitdaging geven|adviseren|0.96
p:uitdaging geven|interpreteren|0.96
p:uiterlijk maandag|bevelen|0.9
p:uitgelachen daar|ik-boodschap|0.99
p:uitgelachen daar|gevoelsreflectie|-0.99
p:uitlachen doe|moraliseren|0.87
p:uitlachen om|parafrase|0.71
p:uitlachen om|gevoelsreflectie|0.85
p:uitlachen om|samenvatting|-0.85
p:uitleg en|vervolgafspraak|0.99
p:uitleg heen|aanmoediging|-0.99
p:uitleg mist|vervolgafspraak|-0.64
p:uitleg niet|ik-boodschap|0.6
p:uitleg onderbreken|parafrase|-0.99
p:uitleg wel|prijzen|-0.91
p:uitleggen wat|afleiden|-0.71
p:uitliep heb|ik-boodschap|0.78
p:uitlokt omdat|ik-boodschap|-0.94
p:uitlokt omdat|jij-boodschap|-0.72
p:uitnodiging voor|bekritiseren|-0.99
p:uitpraten luistert|bevelen|1.0
p:uitpraten luistert|moraliseren|-1.0
p:uitschelden doe|jij-boodschap|-1.27
p:uitschelden doe|moraliseren|0.96
p:uitschelden doe|bekritiseren|-1.79
p:uitscheldt schrik|ik-boodschap|1.72
p:uitscheldt schrik|jij-boodschap|-0.92
p:uitscheldt schrik|bekritiseren|-0.31
p:uitschold ?|bevelen|-0.98
p:uitschold in|ik-boodschap|0.93
p:uitschold in|gevoelsreflectie|-0.83
p:uitslag komt|geruststellen|-0.89
p:uitzondering op|argumenteren|0.97
p:uren aan|open-vraag|-0.95
p:urenlang te|parafrase|0.97
p:uur 's|jij-boodschap|0.69
p:uur 's|bekritiseren|0.91
p:uur 's|ondervragen|1.0
p:uur ?|ondervragen|1.0
p:uur ?|afleiden|-1.0
p:uur beneden|parafrase|0.98
p:uur beneden|adviseren|0.98
p:uur doorgeven|ik-boodschap|0.94
p:uur doorgeven|waarschuwen|-0.94
p:uur even|vervolgafspraak|0.96
p:uur even|bedanken|-0.96
p:uur hebt|argumenteren|0.97
p:uur in|ik-boodschap|0.98
p:uur in|parafrase|0.96
p:uur in|prijzen|-0.89
p:uur in|vervolgafspraak|-0.98
p:uur komen|ik-boodschap|-0.96
p:uur komen|bekritiseren|-0.96
p:uur kunnen|geruststellen|-0.85
p:uur leren|bevelen|0.99
p:uur niet|ik-boodschap|1.88
p:uur praten|bekritiseren|-0.93
p:uur samen|ik-boodschap|0.84
p:uur samen|vervolgafspraak|0.92
p:uur uit|ondervragen|-0.96
p:uur verzuim|ik-boodschap|-0.87
p:uur werkt|prijzen|-0.96
p:uur wiskunde|samenvatting|-1.0
p:uur zie|vervolgafspraak|0.98
p:uw dochter|jij-boodschap|0.95
p:uw dochter|moraliseren|-0.91
p:uw dochter|prijzen|-0.94
p:uw dochter|etiketteren|-0.57
p:uw eigen|geruststellen|-1.0
p:uw ervaring|prijzen|1.91
p:uw geweldige|bekritiseren|0.97
p:uw geweldige|bedanken|-0.97
p:uw kind|gevoelsreflectie|0.8
p:uw komst|vervolgafspraak|-0.94
p:uw komst|bedanken|0.98
p:uw mail|gevoelsreflectie|-0.88
p:uw mail|bekritiseren|0.12
p:uw man|ik-boodschap|0.6
p:uw medewerking|prijzen|0.95
p:uw plaats|afleiden|-0.96
p:uw plicht|samenvatting|-0.99
p:uw taak|bevelen|-1.0
p:uw taak|moraliseren|1.0
p:uw tijd|gevoelsreflectie|-0.97
p:uw tijd|samenvatting|0.94
p:uw tijd|afronding-aankondigen|-0.98
p:uw tijd|bedanken|0.94
p:uw vakantie|jij-boodschap|-1.0
p:uw vakantie|open-vraag|-1.0
p:uw vakantie|moraliseren|-0.99
p:uw vakantie|bekritiseren|-1.0
p:uw vakantie|geruststellen|-0.99
p:uw vakantie|afleiden|1.0
p:uw verantwoordelijkheid|bekritiseren|-0.95
p:uw verhaal|open-vraag|0.98
p:uw zoon|ik-boodschap|-0.96
p:uw zoon|jij-boodschap|1.03
p:uw zoon|aanmoediging|-1.0
p:uw zoon|argumenteren|-1.0
p:uw zoon|bekritiseren|1.08
p:uw zoon|etiketteren|0.24
p:uzelf blijkbaar|etiketteren|0.95
p:vaak alleen|ik-boodschap|-0.96
p:vaak alleen|gevoelsreflectie|-1.96
p:vaak als|adviseren|0.92
p:vaak gamet|samenvatting|-1.0
p:vaak gamet|interpreteren|-1.0
p:vaak haar|ik-boodschap|-0.9
p:vaak leeg|interpreteren|-0.99
p:vaak maar|geruststellen|-0.96
p:vaak moe|afleiden|-0.74
p:vaak na|open-vraag|-0.97
p:vaak over|gevoelsreflectie|-0.92
p:vaak pas|ik-boodschap|0.81
p:vaak te|vervolgafspraak|-0.64
p:vaak thuis|open-vraag|-1.0
p:vaak ziek|interpreteren|0.91
p:vader die|prijzen|0.99
p:vader die|vervolgafspraak|-0.99
p:vader en|parafrase|0.95
p:vader en|samenvatting|-0.95
p:vader het|moraliseren|0.99
p:vader het|adviseren|-0.99
p:vader is|ik-boodschap|-0.98
p:vader is|parafrase|0.98
p:vader komt|bevelen|-1.62
p:vader morgen|samenvatting|-0.94
p:vader niet|waarschuwen|-0.22
p:vader toch|jij-boodschap|0.92
p:vader u|adviseren|-0.81
p:vader woont|gevoelsreflectie|-0.94
p:vak heb|open-vraag|-0.96
p:vakantie ?|jij-boodschap|-1.0
p:vakantie ?|open-vraag|-1.0
p:vakantie ?|bekritiseren|-1.0
p:vakantie ?|geruststellen|0.91
p:vakantie ?|afleiden|1.0
p:vakantie eigenlijk|moraliseren|-0.99
p:vakantie eigenlijk|geruststellen|-0.99
p:vakantie was|ondervragen|0.99
p:vakdocenten aan|samenvatting|0.85
p:vakdocenten aan|bedanken|-0.92
p:vakdocenten praat|vervolgafspraak|0.94
p:vaker blijven|jij-boodschap|-0.96
p:vaker haar|ik-boodschap|0.93
p:vaker hardop|afleiden|-0.9
p:vaker horen|gevoelsreflectie|-0.72
p:vaker horen|samenvatting|0.95
p:vaker met|bevelen|-0.7
p:vaker met|waarschuwen|-0.9
p:vaker naar|ik-boodschap|-0.99
p:vaker naar|gevoelsreflectie|-0.92
p:vaker zelf|ondervragen|-0.79
p:vakken ophalen|samenvatting|0.99
p:vakken ophalen|open-vraag|-0.99
p:vakken ophalen|bevelen|-0.65
p:vakken ophalen|waarschuwen|-0.56
p:valt me|ik-boodschap|-0.88
p:valt me|afleiden|-0.74
p:valt me|vervolgafspraak|0.92
p:valt niet|argumenteren|0.82
p:van 3|argumenteren|1.0
p:van ?|ondervragen|0.91
p:van aan|geruststellen|-1.0
p:van aantrekt|samenvatting|-0.94
p:van communiceren|bekritiseren|0.96
p:van dat|ik-boodschap|2.69
p:van dat|gevoelsreflectie|0.45
p:van dat|open-vraag|-0.98
p:van dat|ondervragen|-0.98
p:van de|jij-boodschap|-1.13
p:van de|parafrase|-0.88
p:van de|bevelen|0.94
p:van de|moraliseren|-0.99
p:van de|adviseren|-0.85
p:van de|bekritiseren|-1.81
p:van de|prijzen|2.82
p:van de|interpreteren|-1.0
p:van de|afleiden|0.72
p:van deze|ik-boodschap|-0.83
p:van die|argumenteren|-0.95
p:van die|bekritiseren|-0.95
p:van die|geruststellen|0.93
p:van die|afleiden|-0.93
p:van een|waarschuwen|-1.0
p:van een|moraliseren|1.0
p:van engels|vervolgafspraak|0.97
p:van geleerd|bekritiseren|-0.87
p:van gemengde|adviseren|-0.94
p:van geschrokken|ik-boodschap|1.0
p:van geschrokken|samenvatting|-0.99
p:van geschrokken|geruststellen|-0.72
p:van gisteren|jij-boodschap|-0.97
p:van het|waarschuwen|0.64
p:van het|adviseren|-0.97
p:van het|afleiden|0.95
p:van hierover|afleiden|1.0
p:van huis|ik-boodschap|-0.87
p:van huis|moraliseren|0.98
p:van in|vervolgafspraak|-1.0
p:van je|ik-boodschap|-0.99
p:van je|jij-boodschap|0.61
p:van je|parafrase|-0.96
p:van je|open-vraag|1.93
p:van je|moraliseren|-0.94
p:van jesse|bekritiseren|-0.96
p:van laten|jij-boodschap|0.91
p:van laten|bekritiseren|0.91
p:van ligt|ik-boodschap|-0.96
p:van ligt|gevoelsreflectie|0.96
p:van maakt|jij-boodschap|1.77
p:van maakt|gevoelsreflectie|-0.89
p:van maakt|bekritiseren|-0.94
p:van maakt|prijzen|-0.96
p:van maakt|etiketteren|0.96
p:van maakt|afleiden|-0.63
p:van meneer|afleiden|-0.69
p:van merken|ik-boodschap|-0.92
p:van merken|open-vraag|-0.59
p:van mij|jij-boodschap|0.93
p:van mij|bekritiseren|1.55
p:van ondersteboven|jij-boodschap|-0.79
p:van ons|afleiden|-0.96
p:van overtuigd|waarschuwen|-0.99
p:van overtuigd|geruststellen|0.99
p:van periode|jij-boodschap|-1.0
p:van periode|bekritiseren|-1.0
p:van profiel|samenvatting|0.92
p:van sanne|ik-boodschap|-0.95
p:van school|jij-boodschap|-0.13
p:van school|gevoelsreflectie|-1.85
p:van school|bevelen|-1.0
p:van school|argumenteren|-0.95
p:van school|etiketteren|-0.96
p:van school|interpreteren|-1.0
p:van school|ondervragen|-0.83
p:van school|vervolgafspraak|-1.0
p:van slag|gevoelsreflectie|1.0
p:van slag|open-vraag|-1.0
p:van te|afleiden|-0.57
p:van terechtgebracht|bekritiseren|0.71
p:van tevoren|open-vraag|-0.98
p:van tevoren|adviseren|1.85
p:van u|parafrase|0.86
p:van u|open-vraag|-0.92
p:van u|argumenteren|-0.99
p:van u|bekritiseren|0.99
p:van vakantie|vervolgafspraak|-1.44
p:van veertien|parafrase|0.96
p:van veertien|prijzen|-0.89
p:van verwend|etiketteren|0.95
p:van vorige|ondervragen|0.94
p:van wat|ik-boodschap|0.96
p:van wat|jij-boodschap|0.97
p:van wat|open-vraag|0.96
p:van wat|bekritiseren|0.97
p:van werd|ik-boodschap|-1.0
p:van werd|gevoelsreflectie|1.0
p:van werd|bekritiseren|-1.0
p:van wordt|gevoelsreflectie|0.91
p:van zie|geruststellen|-0.95
p:van zo'n|gevoelsreflectie|-0.99
p:vanaf de|parafrase|-0.98
p:vanaf januari|gevoelsreflectie|-0.94
p:vanaf nu|samenvatting|0.99
p:vanaf nu|open-vraag|-0.99
p:vanaf nu|bevelen|-0.13
p:vanaf nu|waarschuwen|0.2
p:vanavond bent|parafrase|-0.98
p:vandaag bij|afronding-aankondigen|0.98
p:vandaag bij|bedanken|0.98
p:vandaag de|ik-boodschap|-0.91
p:vandaag een|afleiden|-0.89
p:vandaag he|adviseren|-0.92
p:vandaag je|geruststellen|-0.91
p:vandaag nog|jij-boodschap|-1.0
p:vandaag nog|waarschuwen|-0.98
p:vandaag nog|ondervragen|-1.0
p:vandaag nog|vervolgafspraak|-0.72
p:vandaag stoppen|ik-boodschap|0.87
p:vandaag wat|jij-boodschap|-1.0
p:vandaag wil|etiketteren|-0.98
p:vandaag wil|afronding-aankondigen|-0.86
p:vandaag zelf|ik-boodschap|1.0
p:vandaag zelf|bekritiseren|-0.65
p:vanmiddag gewoon|bevelen|1.67
p:vanochtend ayoub|ik-boodschap|0.87
p:vanochtend pas|interpreteren|-0.91
p:vanochtend weer|gevoelsreflectie|-1.0
p:vanzelf over|geruststellen|0.99
p:vanzelf recht|geruststellen|0.98
p:vanzelf weer|afleiden|-0.67
p:vast akkoord|bekritiseren|-0.95
p:vast akkoord|prijzen|0.99
p:vast akkoord|vervolgafspraak|-1.88
p:vast bij|prijzen|-0.91
p:vast dat|ik-boodschap|-1.0
p:vast dat|parafrase|-0.97
p:vast dat|gevoelsreflectie|-1.0
p:vast dat|argumenteren|-1.0
p:vast doordat|interpreteren|0.91
p:vast geen|prijzen|0.96
p:vast goed|waarschuwen|-0.91
p:vast goed|prijzen|-0.87
p:vast goed|geruststellen|0.72
p:vast goed|afleiden|-0.99
p:vast hoe|ik-boodschap|0.98
p:vast hoe|samenvatting|-0.98
p:vast hoe|open-vraag|0.98
p:vast huiswerkmoment|vervolgafspraak|-0.98
p:vast met|jij-boodschap|-0.93
p:vast niet|prijzen|0.91
p:vast niet|bedanken|-0.74
p:vast ook|jij-boodschap|-0.7
p:vast ook|adviseren|-0.15
p:vast ook|prijzen|1.95
p:vast ook|etiketteren|-0.97
p:vast weer|ik-boodschap|-0.91
p:vast weer|geruststellen|0.91
p:vast wel|waarschuwen|-0.97
p:vast wel|prijzen|0.8
p:vast wel|geruststellen|-0.97
p:vast zullen|ik-boodschap|0.84
p:vast zullen|vervolgafspraak|0.92
p:vaste bedtijd|adviseren|1.0
p:vaste huiswerktijd|open-vraag|-0.78
p:vaste huiswerktijd|waarschuwen|-0.99
p:vaste huiswerktijd|adviseren|1.86
p:vaste plek|samenvatting|0.96
p:vaste plek|vervolgafspraak|-0.96
p:vatten hij|parafrase|-0.99
p:vecht op|argumenteren|-0.99
p:veel beschermt|bekritiseren|-0.93
p:veel brugklassers|prijzen|-0.95
p:veel brugklassers|geruststellen|0.84
p:veel eerder|bekritiseren|0.9
p:veel eerder|etiketteren|-0.97
p:veel huiswerk|parafrase|0.91
p:veel in|bekritiseren|-1.0
p:veel in|ondervragen|-1.0
p:veel inhalen|ik-boodschap|0.91
p:veel interesse|bekritiseren|-0.69
p:veel met|bekritiseren|0.95
p:veel te|ik-boodschap|-0.93
p:veel te|jij-boodschap|1.89
p:veel te|bekritiseren|0.95
p:veel uit|jij-boodschap|-0.98
p:veel uit|waarschuwen|-0.98
p:veel van|bekritiseren|-0.87
p:veel verzuimen|geruststellen|-0.99
p:veel voor|argumenteren|0.97
p:veertien hoort|parafrase|0.96
p:veertien hoort|prijzen|-0.89
p:veilig voelt|interpreteren|-0.99
p:ver onder|waarschuwen|-0.99
p:ver onder|bekritiseren|0.99
p:ver over|jij-boodschap|1.55
p:ver over|bekritiseren|1.68
p:veranderde er|parafrase|0.87
p:verantwoord dat|argumenteren|0.94
p:verantwoordelijk voor|jij-boodschap|1.66
p:verantwoordelijk voor|bekritiseren|1.8
p:verantwoordelijk voor|etiketteren|-0.88
p:verantwoordelijkheid af|bekritiseren|0.96
p:verantwoordelijkheid dat|moraliseren|0.95
p:verantwoordelijkheid dat|bekritiseren|-0.95
p:verantwoordelijkheid namen|adviseren|0.97
p:verantwoordelijkheid niet|moraliseren|-0.91
p:verantwoordelijkheid te|bevelen|-0.84
p:verbergen dat|interpreteren|0.92
p:verbouwing ?|geruststellen|-0.91
p:verbouwing ?|afleiden|0.78
p:verder ?|aanmoediging|1.93
p:verder gaan|afleiden|0.9
p:verder ik|afronding-aankondigen|0.96
p:verder met|vervolgafspraak|0.72
p:verder praten|vervolgafspraak|0.95
p:verdergaan met|ik-boodschap|-0.97
p:verdraait de|etiketteren|-0.94
p:verdriet doet|gevoelsreflectie|0.99
p:verdrietig bij|gevoelsreflectie|1.69
p:verdrietig over|ik-boodschap|-0.84
p:verdrietig over|afleiden|-0.98
p:verdrietig van|ik-boodschap|0.21
p:verdrietig van|gevoelsreflectie|-0.52
p:verdrietig van|etiketteren|-0.96
p:vergeet dat|argumenteren|0.85
p:vergeet kan|ik-boodschap|0.97
p:vergeet want|open-vraag|-0.91
p:vergeten hoe|open-vraag|0.97
p:vergeten waardoor|gevoelsreflectie|-0.76
p:vergeten waardoor|open-vraag|1.0
p:vergeten waardoor|afronding-aankondigen|-1.0
p:vergeten was|gevoelsreflectie|-1.0
p:vergist zich|parafrase|-0.98
p:vergist zich|bevelen|-1.0
p:vergist zich|waarschuwen|-1.0
p:vergist zich|adviseren|-1.0
p:vergist zich|argumenteren|1.94
p:verhaal dat|afleiden|0.81
p:verhuizing ?|ondervragen|0.83
p:verhuizing is|vervolgafspraak|-0.64
p:verhuizing nog|interpreteren|0.99
p:verhuizing wat|parafrase|0.87
p:verjaardag ?|ondervragen|-1.0
p:verkapte hulpvraag|afleiden|-0.95
p:verkeerd de|argumenteren|1.0
p:verkeerd doet|bekritiseren|-0.81
p:verkeerd gedaan|geruststellen|-0.87
p:verkeerd gelezen|parafrase|0.95
p:verklaard en|ondervragen|-0.99
p:verlies ik|jij-boodschap|-1.0
p:verpest de|jij-boodschap|1.56
p:verpest de|waarschuwen|0.97
p:verpest de|bekritiseren|1.12
p:verpest het|bekritiseren|0.69
p:verpleegkundige ziet|prijzen|0.95
p:verschil denk|samenvatting|0.99
p:verschil maakt|open-vraag|0.9
p:verslag binnengekregen|bekritiseren|-0.96
p:versta ik|afronding-aankondigen|-0.98
p:versta ik|vervolgafspraak|-0.98
p:verstandig om|adviseren|0.99
p:verstandig om|bekritiseren|-0.99
p:verstandige moeder|ik-boodschap|-1.0
p:verstandige moeder|gevoelsreflectie|-1.0
p:verstandige moeder|argumenteren|-1.0
p:verstandige vrouw|parafrase|-0.96
p:verstoort elke|jij-boodschap|0.98
p:verstoort elke|bekritiseren|0.98
p:vertel eens|jij-boodschap|-1.0
p:vertel eens|parafrase|-0.98
p:vertel eens|gevoelsreflectie|-1.0
p:vertel eens|samenvatting|-0.76
p:vertel eens|open-vraag|1.0
p:vertel eens|aanmoediging|-1.0
p:vertel eens|adviseren|-0.98
p:vertel eens|argumenteren|-1.0
p:vertel eens|bekritiseren|-1.0
p:vertel eens|afleiden|-0.98
p:verteld over|open-vraag|0.92
p:vertelde dat|ik-boodschap|1.0
p:vertelde dat|gevoelsreflectie|-0.85
p:vertellen over|adviseren|-0.92
p:vertellen terwijl|gevoelsreflectie|0.88
p:vertellen yusuf|bekritiseren|-1.0
p:vertellen yusuf|ondervragen|-1.0
p:vertelt dank|gevoelsreflectie|0.91
p:vertelt ik|gevoelsreflectie|0.99
p:vertelt over|parafrase|0.99
p:vertelt over|open-vraag|-0.89
p:vertrouwenspersoon er|vervolgafspraak|0.88
p:verveelt zich|adviseren|0.96
p:verveelt zich|interpreteren|0.96
p:vervelend dat|gevoelsreflectie|-1.0
p:vervelend hoe|open-vraag|0.78
p:verwacht dat|parafrase|0.98
p:verwacht u|prijzen|-1.0
p:verwacht u|afronding-aankondigen|-1.0
p:verwend nestje|etiketteren|0.95
p:verwerkt heeft|interpreteren|0.99
p:verwoorden mevrouw|adviseren|-0.97
p:verzet zich|interpreteren|0.97
p:verzint gewoon|ik-boodschap|-1.0
p:verzuim achterloopt|argumenteren|0.97
p:verzuim de|parafrase|-1.0
p:verzuim de|gevoelsreflectie|-1.0
p:verzuim de|samenvatting|1.0
p:verzuim de|argumenteren|-1.0
p:verzuim en|jij-boodschap|-0.98
p:verzuim en|samenvatting|0.98
p:verzuim het|adviseren|-0.99
p:verzuim in|ik-boodschap|-0.87
p:verzuim in|samenvatting|0.92
p:verzuim in|vervolgafspraak|0.92
p:verzuim in|bedanken|0.92
p:verzuim je|bekritiseren|-0.96
p:verzuim zijn|argumenteren|-0.96
p:verzuimen lager|geruststellen|-0.99
p:via de|open-vraag|-1.0
p:via de|vervolgafspraak|0.97
p:via een|parafrase|1.87
p:via magister|bekritiseren|-0.99
p:vier en|adviseren|-0.98
p:vier en|argumenteren|0.98
p:vier keer|vervolgafspraak|-0.99
p:vier onvoldoendes|ik-boodschap|0.97
p:vier weken|ik-boodschap|-0.87
p:vier weken|argumenteren|0.92
p:vierde klas|waarschuwen|1.0
p:vierde mag|waarschuwen|-1.0
p:vierde mag|moraliseren|1.0
p:vijf dat|adviseren|-0.98
p:vijf dat|argumenteren|0.98
p:vijf is|jij-boodschap|-0.83
p:vijf is|etiketteren|-0.91
p:vijf minuten|vervolgafspraak|-0.99
p:vijf onvoldoendes|argumenteren|0.99
p:vijf onvoldoendes|bekritiseren|-0.99
p:vijf tekortpunten|argumenteren|0.94
p:vijfde uur|ik-boodschap|0.98
p:vijftiende om|samenvatting|1.0
p:vijftiende om|vervolgafspraak|1.0
p:vind dat|ik-boodschap|-0.93
p:vind dat|jij-boodschap|0.18
p:vind dat|gevoelsreflectie|-0.83
p:vind dat|bevelen|-0.93
p:vind dat|adviseren|-0.92
p:vind dat|bekritiseren|0.64
p:vind dat|vervolgafspraak|-0.93
p:vind dit|bekritiseren|0.99
p:vind het|ik-boodschap|1.72
p:vind het|jij-boodschap|0.61
p:vind het|gevoelsreflectie|-1.61
p:vind het|samenvatting|-1.0
p:vind het|bekritiseren|0.31
p:vind het|vervolgafspraak|-0.99
p:vind ik|ik-boodschap|1.85
p:vind ik|parafrase|-0.99
p:vind ik|gevoelsreflectie|-0.76
p:vind ik|open-vraag|1.0
p:vind ik|bevelen|-1.0
p:vind ik|waarschuwen|-1.0
p:vind ik|adviseren|0.91
p:vind ik|argumenteren|-0.97
p:vind ik|bekritiseren|-0.91
p:vind ik|etiketteren|-0.98
p:vind ik|geruststellen|-1.0
p:vind ik|ondervragen|-1.0
p:vind ik|afronding-aankondigen|-0.98
p:vind ik|bedanken|-0.94
p:vind je|samenvatting|-0.85
p:vind je|open-vraag|0.94
p:vind je|moraliseren|-0.94
p:vind jij|open-vraag|1.0
p:vind jij|afleiden|-0.89
p:vinden het|bekritiseren|0.99
p:vinden jullie|prijzen|0.96
p:vinden wel|adviseren|-0.97
p:vindt dat|open-vraag|-0.68
p:vindt de|bevelen|-0.7
p:vindt de|waarschuwen|-0.9
p:vindt de|vervolgafspraak|-0.95
p:vindt dus|parafrase|1.0
p:vindt dus|open-vraag|-1.0
p:vindt dus|aanmoediging|-1.0
p:vindt het|jij-boodschap|1.28
p:vindt het|waarschuwen|-0.91
p:vindt het|adviseren|0.82
p:vindt het|argumenteren|0.93
p:vindt het|bekritiseren|2.82
p:vindt het|prijzen|1.89
p:vindt het|bedanken|-0.74
p:vindt maar|gevoelsreflectie|0.68
p:vindt om|gevoelsreflectie|1.0
p:vindt om|open-vraag|1.0
p:vindt u|parafrase|0.96
p:vindt u|open-vraag|1.74
p:vindt u|interpreteren|0.93
p:vindt uzelf|etiketteren|0.95
p:vinger opsteekt|ik-boodschap|0.93
p:vingers in|geruststellen|0.97
p:visser de|ik-boodschap|-0.95
p:visser je|gevoelsreflectie|-0.93
p:voel aan|aanmoediging|-0.94
p:voel dat|parafrase|-0.99
p:voel ik|ik-boodschap|0.98
p:voelde toen|gevoelsreflectie|1.87
p:voelen als|gevoelsreflectie|1.75
p:voelt door|parafrase|0.8
p:voelt door|samenvatting|-0.87
p:voelt in|ik-boodschap|-0.98
p:voelt oneerlijk|parafrase|1.0
p:voelt oneerlijk|gevoelsreflectie|1.0
p:voelt oneerlijk|open-vraag|-1.0
p:voelt oneerlijk|aanmoediging|-1.0
p:voelt u|gevoelsreflectie|0.97
p:voelt wat|gevoelsreflectie|0.53
p:voelt zich|parafrase|-0.99
p:voelt zich|gevoelsreflectie|0.99
p:voelt zich|samenvatting|0.87
p:voelt zich|open-vraag|0.9
p:voelt zich|prijzen|-0.99
p:voelt zich|interpreteren|-0.99
p:voetbal daan|prijzen|-0.99
p:voetbal daan|afleiden|0.99
p:voetballen zaterdag|open-vraag|-0.93
p:voetballen zaterdag|afleiden|0.71
p:voetbaltrainer praten|prijzen|-0.98
p:voetbalwedstrijd zaterdag|open-vraag|-0.96
p:voetbalwedstrijd zaterdag|afleiden|0.96
p:vol ?|gevoelsreflectie|0.99
p:voldoende dus|parafrase|-0.88
p:voldoende dus|argumenteren|1.0
p:voldoende maar|argumenteren|-0.96
p:voldoendes zo|argumenteren|0.97
p:volg u|open-vraag|-1.0
p:volg u|aanmoediging|0.92
p:volg u|bedanken|-1.0
p:volgend jaar|jij-boodschap|-1.96
p:volgend jaar|samenvatting|0.98
p:volgend jaar|waarschuwen|0.95
p:volgend jaar|bekritiseren|-0.98
p:volgende gesprek|vervolgafspraak|-0.99
p:volgende keer|jij-boodschap|-0.96
p:volgende keer|bevelen|-0.55
p:volgende keer|moraliseren|-0.98
p:volgende keer|bekritiseren|-0.96
p:volgende keer|prijzen|-0.9
p:volgende keer|etiketteren|-0.98
p:volgende keer|afronding-aankondigen|-0.9
p:volgende keer|vervolgafspraak|2.48
p:volgende maand|argumenteren|-1.0
p:volgende ouders|ik-boodschap|-0.93
p:volgende ouders|samenvatting|-0.97
p:volgende ouders|vervolgafspraak|-0.97
p:volgende ouders|bedanken|-0.97
p:volgende periode|vervolgafspraak|-0.96
p:volgende punt|jij-boodschap|-0.26
p:volgende punt|bevelen|-0.96
p:volgende punt|bekritiseren|-0.74
p:volgende week|ik-boodschap|-1.63
p:volgende week|gevoelsreflectie|0.8
p:volgende week|samenvatting|0.1
p:volgende week|open-vraag|-0.91
p:volgende week|adviseren|-0.98
p:volgende week|afleiden|-0.86
p:volgende week|afronding-aankondigen|0.91
p:volgende week|vervolgafspraak|2.33
p:volgende week|bedanken|0.94
p:volgens de|interpreteren|-0.93
p:volgens het|argumenteren|0.97
p:volgens mij|ik-boodschap|-0.96
p:volgens mij|jij-boodschap|-0.98
p:volgens mij|parafrase|-0.99
p:volgens mij|gevoelsreflectie|-0.99
p:volgens mij|bevelen|-1.88
p:volgens mij|moraliseren|-0.99
p:volgens mij|argumenteren|-0.87
p:volgens mij|bekritiseren|-1.0
p:volgens mij|prijzen|-0.98
p:volgens mij|etiketteren|-0.93
p:volgens mij|interpreteren|3.89
p:volgens mij|afleiden|-0.95
p:volgens u|jij-boodschap|-0.99
p:volgens u|parafrase|1.2
p:volgens u|samenvatting|-0.96
p:volgens u|open-vraag|-0.92
p:volgens u|vervolgafspraak|-0.96
p:volgt een|moraliseren|-0.98
p:volgt een|etiketteren|-0.98
p:volgt er|moraliseren|0.99
p:volgt nablijven|argumenteren|1.0
p:volwassen dus|prijzen|0.8
p:vond dat|gevoelsreflectie|-0.85
p:vond dat|bekritiseren|0.87
p:vond het|ik-boodschap|2.78
p:vond het|moraliseren|-0.92
p:vond het|bekritiseren|-0.92
p:vond hij|afleiden|0.95
p:vond om|interpreteren|-0.9
p:voor aardrijkskunde|ik-boodschap|0.93
p:voor aardrijkskunde|jij-boodschap|-0.93
p:voor aardrijkskunde|bekritiseren|-1.64
p:voor alle|argumenteren|1.0
p:voor biologie|bekritiseren|-0.96
p:voor biologie|etiketteren|-0.63
p:voor biologie|afleiden|0.93
p:voor dat|ik-boodschap|-0.97
p:voor dat|argumenteren|0.88
p:voor dat|vervolgafspraak|0.95
p:voor de|ik-boodschap|-1.71
p:voor de|jij-boodschap|0.54
p:voor de|parafrase|1.96
p:voor de|samenvatting|-0.93
p:voor de|moraliseren|1.92
p:voor de|bekritiseren|0.69
p:voor de|prijzen|0.91
p:voor de|etiketteren|-0.99
p:voor de|interpreteren|-0.99
p:voor de|vervolgafspraak|0.97
p:voor de|bedanken|-0.74
p:voor denk|parafrase|-1.0
p:voor denk|samenvatting|-1.0
p:voor dit|bekritiseren|-0.99
p:voor dit|afronding-aankondigen|-0.75
p:voor een|gevoelsreflectie|0.93
p:voor een|argumenteren|0.97
p:voor engels|jij-boodschap|-0.67
p:voor engels|samenvatting|0.86
p:voor engels|open-vraag|0.99
p:voor engels|argumenteren|-0.82
p:voor fatima|bekritiseren|-0.86
p:voor haar|ik-boodschap|-0.86
p:voor haar|jij-boodschap|-0.82
p:voor haar|adviseren|0.17
p:voor haar|bekritiseren|-0.92
p:voor haar|bedanken|-0.98
p:voor half|waarschuwen|-1.0
p:voor half|argumenteren|-1.0
p:voor half|vervolgafspraak|0.92
p:voor half|bedanken|0.92
p:voor hem|ik-boodschap|0.91
p:voor hem|jij-boodschap|1.96
p:voor hem|parafrase|0.87
p:voor hem|adviseren|-0.99
p:voor hem|bekritiseren|1.6
p:voor het|gevoelsreflectie|-0.98
p:voor het|bekritiseren|-0.95
p:voor het|afronding-aankondigen|-2.84
p:voor het|vervolgafspraak|-0.99
p:voor het|bedanken|1.92
p:voor je|ik-boodschap|0.1
p:voor je|gevoelsreflectie|-0.69
p:voor je|open-vraag|0.15
p:voor je|bevelen|-1.0
p:voor je|moraliseren|-1.0
p:voor je|bekritiseren|2.0
p:voor je|geruststellen|-0.1
p:voor je|afronding-aankondigen|-1.0
p:voor je|vervolgafspraak|-1.0
p:voor je|bedanken|-0.92
p:voor jou|gevoelsreflectie|0.16
p:voor jou|bevelen|-0.93
p:voor jou|geruststellen|-0.83
p:voor jou|vervolgafspraak|-0.93
p:voor natuurkunde|jij-boodschap|-0.95
p:voor natuurkunde|argumenteren|0.71
p:voor natuurkunde|bekritiseren|-0.71
p:voor nederlands|argumenteren|-0.94
p:voor nederlands|bekritiseren|-0.96
p:voor niks|jij-boodschap|-1.0
p:voor niks|interpreteren|-1.0
p:voor nu|ik-boodschap|0.98
p:voor nu|afleiden|-0.98
p:voor nu|afronding-aankondigen|1.73
p:voor nu|vervolgafspraak|0.98
p:voor twee|samenvatting|-0.99
p:voor u|parafrase|-0.9
p:voor u|gevoelsreflectie|1.45
p:voor u|open-vraag|-0.12
p:voor u|waarschuwen|0.91
p:voor uw|samenvatting|0.94
p:voor uw|bekritiseren|0.97
p:voor uw|afronding-aankondigen|-1.07
p:voor uw|vervolgafspraak|-0.94
p:voor uw|bedanken|0.95
p:voor vandaag|ik-boodschap|0.87
p:voor vandaag|afleiden|-0.97
p:voor vandaag|afronding-aankondigen|1.97
p:voor volgend|jij-boodschap|-0.98
p:voor volgend|samenvatting|0.98
p:voor volgende|gevoelsreflectie|0.8
p:voor volgende|samenvatting|-0.86
p:voor volgende|afleiden|-0.86
p:voor wat|parafrase|0.99
p:voor wiskunde|jij-boodschap|-0.95
p:voor wiskunde|open-vraag|-1.0
p:voor wiskunde|argumenteren|-0.26
p:voor wiskunde|bekritiseren|-0.71
p:voor woorden|bekritiseren|0.69
p:voor zijn|interpreteren|1.0
p:voor zijn|afleiden|-1.0
p:vooral angst|gevoelsreflectie|0.89
p:vooral bij|bevelen|-0.89
p:vooral dat|samenvatting|-0.87
p:vooral dat|interpreteren|-0.99
p:vooral indruk|interpreteren|0.95
p:vooral mis|ik-boodschap|-0.98
p:vooral mis|parafrase|0.98
p:vooral om|parafrase|0.74
p:vooral om|prijzen|-0.98
p:vooral online|parafrase|-0.99
p:vooral online|samenvatting|0.87
p:voorbeeld geven|gevoelsreflectie|-0.99
p:voorbeeld geven|aanmoediging|-0.98
p:voorbeeld moeten|moraliseren|0.99
p:voorbeeld moeten|adviseren|-0.99
p:voorbereid en|parafrase|-0.95
p:voorkomt wordt|bevelen|-1.0
p:voorkomt wordt|interpreteren|-1.0
p:voorstel van|adviseren|-0.97
p:voorstellen dat|ik-boodschap|-1.83
p:voorstellen dat|gevoelsreflectie|2.86
p:voorstellen dat|bekritiseren|-1.0
p:voort uit|moraliseren|-0.99
p:voortaan voor|samenvatting|-1.0
p:voortaan voor|waarschuwen|-1.0
p:voortaan voor|argumenteren|-1.0
p:vorig jaar|aanmoediging|-0.97
p:vorig jaar|prijzen|-0.99
p:vorige eeuw|jij-boodschap|1.86
p:vorige eeuw|etiketteren|0.98
p:vorige maand|bekritiseren|-0.93
p:vorige mentor|gevoelsreflectie|-0.85
p:vorige week|ik-boodschap|2.73
p:vorige week|jij-boodschap|-0.15
p:vorige week|samenvatting|-0.99
p:vorige week|bekritiseren|0.33
p:vorige week|ondervragen|0.94
p:vorige week|vervolgafspraak|-0.92
p:vraag ?|jij-boodschap|0.97
p:vraag en|samenvatting|-0.96
p:vraag niet|ik-boodschap|0.96
p:vragen bijvoorbeeld|adviseren|0.98
p:vreselijk aan|bekritiseren|1.66
p:vreselijke houding|bekritiseren|0.87
p:vrienden en|moraliseren|-0.97
p:vrienden heeft|ik-boodschap|1.0
p:vrienden heeft|parafrase|-0.96
p:vrienden van|ik-boodschap|-0.99
p:vrienden van|samenvatting|0.86
p:vrienden van|open-vraag|0.99
p:vriendengroep en|open-vraag|0.87
p:vriendin laat|moraliseren|0.93
p:vriendinnen en|open-vraag|-0.98
p:vriendinnen en|aanmoediging|-0.97
p:vriendinnen horen|bevelen|-0.89
p:vriendinnen van|vervolgafspraak|-0.95
p:vriendje ?|jij-boodschap|-0.98
p:vriendje ?|waarschuwen|-0.98
p:vrijdag dat|jij-boodschap|-0.94
p:vrijdag dat|bevelen|0.94
p:vrijdag de|adviseren|-0.99
p:vrijdag de|afronding-aankondigen|-0.99
p:vrijdag even|vervolgafspraak|0.97
p:vrijdag in|afleiden|-0.99
p:vrijdag kijken|ik-boodschap|-0.71
p:vrijdag mail|samenvatting|0.85
p:vrijdag mail|bedanken|-0.92
p:vrijdag nablijven|waarschuwen|0.54
p:vrijdag niet|waarschuwen|0.92
p:vrijdag om|samenvatting|-0.93
p:vrijdag om|bedanken|-0.92
p:vrijdag op|bevelen|0.93
p:vrijdag over|bedanken|0.96
p:vrijdag weer|etiketteren|-0.98
p:vrijdag weer|afronding-aankondigen|-0.98
p:vrijdagmiddag nablijven|afleiden|-0.98
p:vrije tijd|waarschuwen|-0.97
p:vrije tijd|geruststellen|-0.97
p:vrijheid geven|bevelen|-0.92
p:vroeg in|argumenteren|-0.92
p:vroeger ook|interpreteren|0.97
p:vrolijke jongen|etiketteren|-0.39
p:vrouw als|gevoelsreflectie|-0.99
p:vrouw als|adviseren|0.99
p:vrouw als|prijzen|0.99
p:vrouw dus|parafrase|-0.96
p:vrouwelijke begeleiders|gevoelsreflectie|-0.93
p:vóór vrijdag|jij-boodschap|-0.94
p:vóór vrijdag|bevelen|0.94
p:waait wel|bekritiseren|-1.0
p:waait wel|geruststellen|1.0
p:waait wel|afleiden|-1.0
p:waar de|ik-boodschap|0.99
p:waar hij|ik-boodschap|0.86
p:waar hij|waarschuwen|-0.92
p:waar hij|moraliseren|0.9
p:waar hij|vervolgafspraak|-0.95
p:waar je|ik-boodschap|0.99
p:waar je|samenvatting|-0.99
p:waar maakt|open-vraag|0.92
p:waar want|argumenteren|0.92
p:waar was|ik-boodschap|-0.97
p:waar was|argumenteren|-0.83
p:waar was|ondervragen|1.0
p:waar was|afleiden|-1.0
p:waar wilt|gevoelsreflectie|1.0
p:waar wilt|open-vraag|1.0
p:waardeer het|prijzen|0.91
p:waardeer het|afronding-aankondigen|-1.0
p:waardeer het|bedanken|1.05
p:waardeloze presentatie|bekritiseren|1.94
p:waardoor hij|ik-boodschap|0.95
p:waardoor hij|open-vraag|-0.76
p:waardoor hij|geruststellen|-0.96
p:waardoor hij|vervolgafspraak|-0.64
p:waardoor ik|ik-boodschap|0.91
p:waardoor ik|bekritiseren|-0.96
p:waardoor je|gevoelsreflectie|-0.76
p:waardoor je|open-vraag|1.0
p:waardoor je|bekritiseren|-0.23
p:waardoor je|etiketteren|-0.99
p:waardoor je|interpreteren|-0.99
p:waardoor je|afronding-aankondigen|-1.0
p:waardoor we|ik-boodschap|0.98
p:waardoor ze|open-vraag|-1.0
p:waarom bent|jij-boodschap|-1.79
p:waarom bent|bekritiseren|-1.45
p:waarom bent|prijzen|-0.97
p:waarom bent|ondervragen|1.91
p:waarom denkt|ondervragen|-0.91
p:waarom doe|jij-boodschap|0.97
p:waarom gaat|adviseren|0.99
p:waarom gaat|ondervragen|-0.99
p:waarom heb|ik-boodschap|-0.97
p:waarom heb|bevelen|-0.98
p:waarom heb|ondervragen|0.96
p:waarom heeft|jij-boodschap|0.95
p:waarom heeft|gevoelsreflectie|0.92
p:waarom heeft|bekritiseren|0.95
p:waarom heeft|ondervragen|1.83
p:waarom komt|bekritiseren|-0.72
p:waarom laat|jij-boodschap|-0.99
p:waarom laat|waarschuwen|-0.64
p:waarom laat|adviseren|-0.99
p:waarom laat|bekritiseren|-0.99
p:waarom laat|etiketteren|-0.96
p:waarom lieg|jij-boodschap|1.86
p:waarom lieg|gevoelsreflectie|-1.0
p:waarom lieg|open-vraag|-1.0
p:waarom lieg|bekritiseren|2.13
p:waarom lieg|ondervragen|-0.86
p:waarom stond|ondervragen|1.0
p:waarom stond|afleiden|-1.0
p:waarom was|afleiden|-0.93
p:waarom weet|ondervragen|0.91
p:waarom zat|ondervragen|1.0
p:waarom zet|ondervragen|-0.96
p:waarop bilal|ik-boodschap|0.83
p:waarop het|parafrase|0.74
p:waarover maakt|gevoelsreflectie|-0.92
p:waarschuw u|waarschuwen|1.0
p:wacht buiten|bevelen|0.99
p:wacht wel|bevelen|-0.98
p:wakker van|ik-boodschap|-0.96
p:wakker van|gevoelsreflectie|0.96
p:wakker van|afleiden|-0.57
p:wanneer ?|ondervragen|1.0
p:wanneer bram|parafrase|-0.99
p:wanneer de|ik-boodschap|0.6
p:wanneer de|jij-boodschap|-1.0
p:wanneer het|afleiden|-0.98
p:wanneer je|ik-boodschap|1.82
p:wanneer jullie|ik-boodschap|0.94
p:wanneer jullie|waarschuwen|-0.94
p:wanneer was|argumenteren|-0.83
p:wanneer yusuf|aanmoediging|-0.99
p:wanneer ze|samenvatting|-0.91
p:want dan|ik-boodschap|0.81
p:want dan|jij-boodschap|-0.91
p:want dan|open-vraag|-0.91
p:want dan|bekritiseren|-0.91
p:want het|argumenteren|0.93
p:want het|interpreteren|-0.93
p:want hij|jij-boodschap|1.0
p:want hij|aanmoediging|-1.0
p:want hij|argumenteren|-1.0
p:want hij|bekritiseren|1.0
p:want ik|argumenteren|0.92
p:want ik|afronding-aankondigen|-0.98
p:want ik|vervolgafspraak|-0.98
p:want je|bekritiseren|-0.99
p:want zo|ik-boodschap|1.8
p:war geschopt|bekritiseren|0.92
p:was ?|jij-boodschap|0.95
p:was ?|open-vraag|-0.68
p:was behoorlijk|argumenteren|-0.99
p:was dank|interpreteren|-0.97
p:was dat|argumenteren|-0.83
p:was de|ik-boodschap|-0.6
p:was echt|jij-boodschap|-0.97
p:was echt|bekritiseren|0.15
p:was een|argumenteren|-0.91
p:was een|bekritiseren|1.74
p:was en|ik-boodschap|0.99
p:was en|samenvatting|-0.99
p:was er|open-vraag|0.93
p:was er|argumenteren|0.99
p:was er|interpreteren|-0.99
p:was gevallen|ik-boodschap|0.95
p:was het|open-vraag|-0.93
p:was het|afleiden|1.32
p:was hij|bekritiseren|0.95
p:was in|bekritiseren|-0.75
p:was je|ik-boodschap|-0.97
p:was je|open-vraag|-0.96
p:was je|ondervragen|1.0
p:was jesse|ik-boodschap|-0.98
p:was maar|parafrase|-0.88
p:was maar|argumenteren|1.95
p:was niet|etiketteren|-0.85
p:was op|bekritiseren|-0.63
p:was ronduit|jij-boodschap|-0.46
p:was te|gevoelsreflectie|0.8
p:was te|vervolgafspraak|0.89
p:was trouwens|geruststellen|0.91
p:was u|argumenteren|-0.83
p:was uw|jij-boodschap|-1.0
p:was uw|open-vraag|-1.0
p:was uw|moraliseren|-0.99
p:was uw|bekritiseren|-1.0
p:was uw|geruststellen|-0.99
p:was uw|afleiden|1.0
p:was voor|parafrase|0.96
p:was ze|afleiden|-1.86
p:was zou|parafrase|-0.96
p:was zou|gevoelsreflectie|-0.99
p:was zou|waarschuwen|-0.99
p:was zou|adviseren|1.98
p:wat bedoelt|parafrase|-0.98
p:wat ben|bekritiseren|-0.81
p:wat bent|jij-boodschap|1.9
p:wat bent|bekritiseren|-0.95
p:wat bent|etiketteren|1.86
p:wat beter|bevelen|0.84
p:wat dacht|open-vraag|-0.94
p:wat de|moraliseren|0.94
p:wat de|afronding-aankondigen|-1.0
p:wat de|bedanken|-0.92
p:wat deed|parafrase|-0.68
p:wat deed|bekritiseren|-0.95
p:wat denkt|open-vraag|0.9
p:wat doet|gevoelsreflectie|0.72
p:wat een|jij-boodschap|-0.99
p:wat een|gevoelsreflectie|0.97
p:wat een|bekritiseren|4.41
p:wat een|prijzen|-0.97
p:wat een|etiketteren|0.2
p:wat een|interpreteren|-1.0
p:wat er|gevoelsreflectie|-1.69
p:wat er|open-vraag|0.96
p:wat er|waarschuwen|-1.0
p:wat er|adviseren|-1.92
p:wat er|argumenteren|-0.93
p:wat er|afleiden|-0.71
p:wat eruit|samenvatting|0.91
p:wat eruit|vervolgafspraak|0.91
p:wat extra|adviseren|0.96
p:wat extra|interpreteren|0.96
p:wat fijn|bekritiseren|-0.84
p:wat fijn|etiketteren|-0.97
p:wat ga|open-vraag|-0.93
p:wat ga|afleiden|0.93
p:wat gaat|gevoelsreflectie|0.99
p:wat gaat|samenvatting|-0.99
p:wat ging|ik-boodschap|-1.0
p:wat ging|gevoelsreflectie|-0.93
p:wat ging|open-vraag|1.0
p:wat heb|gevoelsreflectie|0.53
p:wat hebben|samenvatting|0.96
p:wat hebben|vervolgafspraak|-0.96
p:wat heeft|open-vraag|0.92
p:wat heeft|prijzen|-0.97
p:wat heeft|ondervragen|-0.94
p:wat helpt|open-vraag|-0.91
p:wat hij|ik-boodschap|0.92
p:wat ik|jij-boodschap|0.97
p:wat ik|parafrase|0.86
p:wat ik|open-vraag|-0.92
p:wat ik|bekritiseren|0.79
p:wat is|parafrase|-0.72
p:wat is|gevoelsreflectie|0.11
p:wat is|open-vraag|0.68
p:wat is|adviseren|-0.92
p:wat je|parafrase|1.0
p:wat je|gevoelsreflectie|1.0
p:wat je|open-vraag|-1.0
p:wat je|aanmoediging|-1.0
p:wat je|adviseren|0.95
p:wat knap|prijzen|0.98
p:wat knap|geruststellen|-0.98
p:wat kunt|adviseren|-0.97
p:wat maakt|jij-boodschap|-0.91
p:wat maakt|samenvatting|0.99
p:wat maakt|bekritiseren|-0.86
p:wat maakt|afleiden|0.91
p:wat maakte|parafrase|0.96
p:wat meer|gevoelsreflectie|-0.99
p:wat meer|bevelen|-0.92
p:wat meer|adviseren|1.97
p:wat meer|prijzen|0.99
p:wat meer|interpreteren|-0.93
p:wat merk|gevoelsreflectie|-1.0
p:wat merk|open-vraag|1.0
p:wat merk|etiketteren|-1.0
p:wat nou|open-vraag|-0.98
p:wat nou|adviseren|1.85
p:wat rot|gevoelsreflectie|0.74
p:wat rot|open-vraag|-0.99
p:wat rustiger|vervolgafspraak|0.99
p:wat stiller|jij-boodschap|-1.0
p:wat u|parafrase|0.99
p:wat u|samenvatting|-0.87
p:wat u|bekritiseren|-0.92
p:wat u|interpreteren|-0.99
p:wat u|afronding-aankondigen|-0.98
p:wat u|vervolgafspraak|-0.98
p:wat uw|jij-boodschap|-0.84
p:wat vaker|ondervragen|-0.79
p:wat vaker|afleiden|-0.9
p:wat veranderde|parafrase|0.87
p:wat vind|samenvatting|-0.85
p:wat vind|open-vraag|0.94
p:wat vind|moraliseren|-0.94
p:wat vindt|open-vraag|0.96
p:wat vond|afleiden|0.95
p:wat was|open-vraag|0.93
p:wat we|jij-boodschap|0.97
p:wat we|samenvatting|0.85
p:wat we|bekritiseren|0.97
p:wat we|bedanken|-0.92
p:wat weegt|open-vraag|0.87
p:wat weet|ik-boodschap|0.91
p:wat wil|ik-boodschap|-0.99
p:wat wil|samenvatting|0.86
p:wat wil|open-vraag|0.99
p:wat wilt|parafrase|-0.91
p:wat wilt|samenvatting|0.86
p:wat wilt|open-vraag|0.99
p:wat ziet|ik-boodschap|-0.8
p:wat zou|parafrase|-0.95
p:wat zou|gevoelsreflectie|-0.76
p:wat zou|open-vraag|1.0
p:wat zou|adviseren|-0.98
p:wat zou|afronding-aankondigen|-1.0
p:watje zeg|bekritiseren|-0.81
p:wc gaat|ik-boodschap|-0.99
p:wc gaat|gevoelsreflectie|-0.92
p:we af|samenvatting|-0.33
p:we afspreken|jij-boodschap|0.97
p:we afspreken|samenvatting|0.85
p:we afspreken|bekritiseren|0.97
p:we afspreken|bedanken|-0.92
p:we allebei|vervolgafspraak|0.99
p:we beginnen|afleiden|-0.96
p:we beginnen|vervolgafspraak|-0.92
p:we bij|geruststellen|0.84
p:we dat|open-vraag|0.85
p:we dat|afleiden|0.93
p:we de|etiketteren|0.98
p:we dit|argumenteren|0.88
p:we donderdag|prijzen|-0.9
p:we donderdag|afronding-aankondigen|-0.9
p:we een|jij-boodschap|-1.79
p:we een|bekritiseren|-1.45
p:we een|ondervragen|0.93
p:we elkaar|samenvatting|-0.64
p:we elkaar|geruststellen|-0.81
p:we elkaar|afleiden|-0.99
p:we er|ik-boodschap|1.85
p:we even|afleiden|0.81
p:we gemaakt|afronding-aankondigen|-0.92
p:we hebben|ik-boodschap|-0.98
p:we hebben|jij-boodschap|-0.15
p:we hebben|parafrase|-1.0
p:we hebben|gevoelsreflectie|-1.0
p:we hebben|samenvatting|1.97
p:we hebben|moraliseren|-0.97
p:we hebben|argumenteren|-1.0
p:we hebben|bekritiseren|-0.97
p:we hebben|afleiden|-0.77
p:we hebben|afronding-aankondigen|0.15
p:we hem|waarschuwen|-0.91
p:we het|samenvatting|-0.86
p:we het|bekritiseren|0.62
p:we het|geruststellen|-0.96
p:we het|afleiden|1.81
p:we het|afronding-aankondigen|1.73
p:we het|vervolgafspraak|-0.88
p:we hier|ik-boodschap|-0.97
p:we hier|moraliseren|0.91
p:we hoe|parafrase|-0.78
p:we hoe|geruststellen|-0.81
p:we hoe|afronding-aankondigen|-0.93
p:we houden|samenvatting|0.92
p:we houden|open-vraag|-0.99
p:we houden|aanmoediging|-0.99
p:we houden|vervolgafspraak|0.92
p:we houden|bedanken|0.92
p:we in|ik-boodschap|0.98
p:we kijken|jij-boodschap|-1.0
p:we kijken|bekritiseren|-1.0
p:we maandag|ik-boodschap|0.84
p:we maandag|vervolgafspraak|0.92
p:we maar|etiketteren|-0.98
p:we maar|afleiden|-0.76
p:we maken|vervolgafspraak|-0.84
p:we moeten|samenvatting|-0.97
p:we moeten|moraliseren|-0.87
p:we moeten|afronding-aankondigen|1.0
p:we moeten|vervolgafspraak|-0.97
p:we na|samenvatting|-0.85
p:we nergens|jij-boodschap|1.8
p:we nergens|bekritiseren|1.79
p:we niet|afronding-aankondigen|0.96
p:we niets|ik-boodschap|0.98
p:we ons|waarschuwen|-0.96
p:we ons|afleiden|0.99
p:we over|afleiden|-0.88
p:we over|afronding-aankondigen|-0.98
p:we over|vervolgafspraak|0.64
p:we over|bedanken|-0.94
p:we plannen|afronding-aankondigen|0.96
p:we ronden|afronding-aankondigen|1.9
p:we samen|ik-boodschap|-0.71
p:we samen|samenvatting|1.57
p:we samen|vervolgafspraak|1.85
p:we sluiten|vervolgafspraak|-0.94
p:we spreken|ik-boodschap|-0.71
p:we spreken|samenvatting|0.97
p:we spreken|etiketteren|-0.98
p:we spreken|afronding-aankondigen|-0.98
p:we spreken|vervolgafspraak|0.94
p:we steeds|ik-boodschap|0.87
p:we stoppen|afronding-aankondigen|0.98
p:we stoppen|vervolgafspraak|0.98
p:we streng|parafrase|-0.97
p:we tegelijk|afronding-aankondigen|-0.98
p:we tegelijk|vervolgafspraak|-0.98
p:we verder|afleiden|0.9
p:we verder|vervolgafspraak|0.72
p:we vinden|adviseren|-0.97
p:we volgende|open-vraag|-0.91
p:we volgende|adviseren|-0.98
p:we volgende|vervolgafspraak|0.99
p:we voor|ik-boodschap|0.87
p:we vrijdag|vervolgafspraak|0.97
p:we weer|bekritiseren|-0.93
p:we weer|vervolgafspraak|0.92
p:we weer|bedanken|0.92
p:we wel|afleiden|-0.93
p:we willen|samenvatting|0.82
p:we wiskunde|samenvatting|0.96
p:we wiskunde|vervolgafspraak|-0.96
p:we zien|ik-boodschap|-0.86
p:we zien|bedanken|-0.98
p:we zijn|afleiden|-0.96
p:we zitten|samenvatting|-0.92
p:we zitten|vervolgafspraak|-0.92
p:website daar|adviseren|0.81
p:website daar|argumenteren|-0.92
p:website daar|bekritiseren|-0.92
p:weegt voor|open-vraag|0.87
p:week 14|open-vraag|-1.0
p:week bel|samenvatting|0.94
p:week bel|bedanken|0.94
p:week de|bekritiseren|-0.63
p:week dinsdag|afronding-aankondigen|0.91
p:week dinsdag|vervolgafspraak|1.91
p:week doorneemt|adviseren|0.92
p:week drie|ik-boodschap|0.47
p:week drie|jij-boodschap|-0.78
p:week drie|bekritiseren|-0.94
p:week gelezen|ondervragen|0.94
p:week geschorst|argumenteren|-0.99
p:week ging|samenvatting|0.85
p:week ging|bedanken|-0.92
p:week hebben|samenvatting|-0.86
p:week hebben|afleiden|-0.86
p:week hebben|vervolgafspraak|-0.9
p:week hoe|open-vraag|-0.93
p:week hoe|afleiden|0.71
p:week huilend|ik-boodschap|0.78
p:week in|parafrase|-0.98
p:week maandag|gevoelsreflectie|0.8
p:week maandag|vervolgafspraak|0.89
p:week met|jij-boodschap|-0.98
p:week met|vervolgafspraak|-0.92
p:week niets|bekritiseren|0.71
p:week nog|waarschuwen|-0.64
p:week nog|etiketteren|-0.96
p:week op|open-vraag|0.91
p:week samen|jij-boodschap|0.83
p:week samen|adviseren|-0.98
p:week samen|bekritiseren|0.96
p:week samen|vervolgafspraak|0.99
p:week terug|vervolgafspraak|-1.44
p:week thuisgehouden|jij-boodschap|0.92
p:week thuisgehouden|bekritiseren|0.87
p:week twee|gevoelsreflectie|-0.76
p:week twee|open-vraag|1.0
p:week twee|afronding-aankondigen|-1.0
p:week vrijdag|ik-boodschap|-0.71
p:week weer|ik-boodschap|-0.92
p:week weer|afleiden|-0.98
p:week woensdag|open-vraag|-0.91
p:week ziek|jij-boodschap|0.95
p:week ziek|ondervragen|-0.95
p:week zijn|ik-boodschap|0.95
p:week zit|vervolgafspraak|0.88
p:week zonder|ik-boodschap|0.99
p:week zonder|samenvatting|-0.99
p:weekend ?|afleiden|0.61
p:weekend gebeurde|afleiden|-0.71
p:weekend niet|ik-boodschap|0.86
p:weekend niet|vervolgafspraak|-0.95
p:weekopening en|samenvatting|-0.91
p:weekplanner gebruiken|adviseren|0.97
p:weekplanning op|bevelen|-0.99
p:weekplanning op|adviseren|1.0
p:weekplanning op|geruststellen|-1.0
p:weer beter|aanmoediging|-0.96
p:weer beter|etiketteren|0.96
p:weer bij|adviseren|-0.97
p:weer dan|samenvatting|-0.64
p:weer dan|geruststellen|-0.81
p:weer dan|afronding-aankondigen|-0.93
p:weer dank|bekritiseren|0.95
p:weer dank|afronding-aankondigen|0.98
p:weer dank|vervolgafspraak|0.98
p:weer dank|bedanken|-1.76
p:weer elke|ik-boodschap|0.99
p:weer gewoon|ik-boodschap|-0.91
p:weer gewoon|geruststellen|0.91
p:weer goed|afleiden|-0.67
p:weer hier|bekritiseren|-0.93
p:weer in|waarschuwen|0.95
p:weer je|gevoelsreflectie|-1.0
p:weer met|samenvatting|0.82
p:weer mooi|adviseren|-0.92
p:weer naar|bevelen|-0.74
p:weer niet|jij-boodschap|0.91
p:weer niet|bekritiseren|1.0
p:weer niet|etiketteren|-0.98
p:weer niet|geruststellen|-0.91
p:weer om|vervolgafspraak|0.92
p:weer om|bedanken|0.92
p:weer ontbreekt|afleiden|-0.98
p:weer op|ik-boodschap|-1.0
p:weer op|bevelen|-0.9
p:weer op|geruststellen|0.98
p:weer over|afleiden|0.89
p:weer spiekt|waarschuwen|1.0
p:weer spiekt|ondervragen|-0.99
p:weer spijbelt|bekritiseren|-0.94
p:weer trouwens|etiketteren|-0.51
p:weer trouwens|interpreteren|-1.0
p:weer trouwens|afleiden|1.0
p:weer vaker|ik-boodschap|0.93
p:weer zijn|jij-boodschap|1.0
p:weer zijn|bekritiseren|1.8
p:weer zonder|ik-boodschap|-0.92
p:wees gerust|geruststellen|0.82
p:weet dat|prijzen|0.95
p:weet dit|prijzen|-0.97
p:weet het|aanmoediging|-0.96
p:weet het|etiketteren|0.96
p:weet heus|adviseren|-0.81
p:weet ik|parafrase|-0.95
p:weet ik|ondervragen|0.91
p:weet ik|afronding-aankondigen|-1.0
p:weet je|jij-boodschap|-0.6
p:weet je|bevelen|-0.97
p:weet je|moraliseren|1.85
p:weet je|bekritiseren|-0.98
p:weet je|etiketteren|0.54
p:weet niet|parafrase|-0.91
p:weet niet|gevoelsreflectie|-0.89
p:weet niet|samenvatting|0.89
p:weet niet|geruststellen|-0.93
p:weet toch|moraliseren|0.96
p:weet toch|argumenteren|-0.96
p:weet u|ik-boodschap|0.91
p:weet u|bekritiseren|0.61
p:weet u|prijzen|-0.89
p:weet wat|adviseren|-0.94
p:weet wat|bekritiseren|-0.94
p:weet ze|jij-boodschap|0.98
p:weet ze|bekritiseren|0.98
p:weet zeker|adviseren|-0.98
p:weet zeker|prijzen|1.0
p:weet zeker|interpreteren|-1.0
p:weet zeker|geruststellen|0.96
p:weet zit|waarschuwen|0.9
p:weg als|bevelen|0.91
p:weg ilias|adviseren|-0.98
p:wegblijft meld|ik-boodschap|-0.92
p:weggelopen uit|ik-boodschap|0.77
p:wegliep wat|open-vraag|0.93
p:wegstopt pak|ik-boodschap|-0.81
p:wegstopt pak|waarschuwen|0.81
p:wegzakt misschien|ik-boodschap|0.95
p:wegzakt misschien|interpreteren|-0.95
p:weinig aansluiting|ik-boodschap|0.95
p:weinig contact|open-vraag|0.78
p:weinig lacht|samenvatting|-1.0
p:weinig oplevert|parafrase|0.86
p:weinig oplevert|open-vraag|-0.92
p:weinig slaapt|ik-boodschap|0.95
p:weinig slaapt|interpreteren|-0.95
p:weinig structuur|parafrase|-0.97
p:weinig voor|argumenteren|-0.95
p:weinig vrienden|samenvatting|0.92
p:weinig vrienden|waarschuwen|-0.92
p:wekelijks contact|parafrase|-0.94
p:weken dat|ik-boodschap|-0.98
p:weken dat|parafrase|0.98
p:weken echt|prijzen|-0.95
p:weken echt|etiketteren|-0.97
p:weken echt|geruststellen|0.78
p:weken geen|ik-boodschap|0.93
p:weken geen|jij-boodschap|-0.93
p:weken geen|bekritiseren|-0.7
p:weken in|argumenteren|1.9
p:weken is|geruststellen|0.99
p:weken kijken|samenvatting|0.63
p:weken kijken|vervolgafspraak|0.94
p:weken komt|ik-boodschap|0.89
p:weken moe|moraliseren|-0.9
p:weken moe|afleiden|0.75
p:weken moeten|ik-boodschap|-0.87
p:weken om|open-vraag|-0.78
p:weken om|adviseren|0.91
p:weken op|parafrase|-0.78
p:weken op|samenvatting|0.65
p:weken opnieuw|afronding-aankondigen|-0.98
p:weken samen|afleiden|-0.88
p:weken samen|vervolgafspraak|0.64
p:weken samen|bedanken|-0.94
p:weken steeds|ik-boodschap|-0.99
p:weken steeds|open-vraag|0.92
p:weken vaak|gevoelsreflectie|-0.97
p:weken weer|ik-boodschap|0.99
p:weken zien|samenvatting|-0.64
p:weken zien|geruststellen|-0.81
p:weken zien|afronding-aankondigen|-0.93
p:weken zijn|open-vraag|-0.78
p:weken zitten|vervolgafspraak|0.92
p:weken zitten|bedanken|0.92
p:wekker dan|adviseren|0.98
p:wekker een|gevoelsreflectie|-0.67
p:wel als|jij-boodschap|-0.97
p:wel als|prijzen|0.97
p:wel bij|prijzen|0.97
p:wel bij|geruststellen|1.0
p:wel bij|afronding-aankondigen|-1.0
p:wel bij|bedanken|-1.0
p:wel bram|open-vraag|-0.93
p:wel bram|afleiden|0.93
p:wel dat|parafrase|-1.94
p:wel dat|bevelen|-0.99
p:wel dat|waarschuwen|-0.97
p:wel dat|adviseren|-0.81
p:wel dat|prijzen|-0.96
p:wel dat|geruststellen|-0.97
p:wel dat|afronding-aankondigen|-1.0
p:wel dat|vervolgafspraak|-0.73
p:wel doorheen|ik-boodschap|-0.96
p:wel doorheen|gevoelsreflectie|0.96
p:wel doorheen|geruststellen|1.93
p:wel doorheen|afleiden|-0.96
p:wel druk|afleiden|0.99
p:wel echt|argumenteren|-0.98
p:wel echt|geruststellen|0.87
p:wel een|jij-boodschap|0.91
p:wel een|adviseren|-0.97
p:wel een|prijzen|-0.91
p:wel een|etiketteren|0.91
p:wel een|geruststellen|-0.91
p:wel eens|jij-boodschap|-0.91
p:wel eens|etiketteren|-0.68
p:wel eens|geruststellen|-0.85
p:wel eens|afleiden|1.9
p:wel erg|jij-boodschap|1.31
p:wel erg|bekritiseren|1.76
p:wel erg|geruststellen|-0.94
p:wel gemaakt|parafrase|0.98
p:wel goed|samenvatting|-0.99
p:wel goed|adviseren|-0.98
p:wel goed|geruststellen|0.91
p:wel goed|afleiden|-0.9
p:wel had|argumenteren|-1.0
p:wel hebben|jij-boodschap|-1.59
p:wel hebben|moraliseren|0.91
p:wel hebben|bekritiseren|-1.72
p:wel hebt|bekritiseren|-0.94
p:wel in|prijzen|-0.95
p:wel in|geruststellen|0.78
p:wel je|gevoelsreflectie|-0.89
p:wel je|samenvatting|0.89
p:wel lukt|vervolgafspraak|-0.96
p:wel maar|prijzen|-0.91
p:wel maar|interpreteren|-0.95
p:wel met|bekritiseren|0.61
p:wel noor|afronding-aankondigen|0.98
p:wel noor|bedanken|0.98
p:wel oefent|argumenteren|-0.94
p:wel over|bekritiseren|-1.0
p:wel over|geruststellen|1.0
p:wel over|afleiden|-1.0
p:wel prima|open-vraag|0.9
p:wel snapt|geruststellen|-0.92
p:wel uren|open-vraag|-0.95
p:wel van|gevoelsreflectie|-0.93
p:wel voor|vervolgafspraak|-0.99
p:wel voor|bedanken|0.98
p:wel we|afronding-aankondigen|1.0
p:weleens een|open-vraag|-0.93
p:weleens een|afleiden|0.71
p:welk profiel|open-vraag|-0.95
p:welk telefoonnummer|open-vraag|-0.88
p:welk vak|open-vraag|-0.96
p:welke ideeën|gevoelsreflectie|-0.8
p:welke toetsen|parafrase|-0.95
p:welkom om|jij-boodschap|-0.98
p:wens om|samenvatting|0.92
p:werd in|open-vraag|-0.92
p:werk bij|ik-boodschap|0.98
p:werk bij|samenvatting|-0.98
p:werk bij|open-vraag|0.98
p:werk en|moraliseren|0.94
p:werk en|argumenteren|-0.73
p:werk gewoon|jij-boodschap|1.0
p:werk gewoon|bevelen|-0.87
p:werk gewoon|bekritiseren|1.0
p:werk is|aanmoediging|-0.73
p:werk is|prijzen|-0.97
p:werk niet|ik-boodschap|-0.62
p:werk niet|geruststellen|-0.77
p:werk nooit|jij-boodschap|-0.97
p:werk nu|samenvatting|-1.0
p:werk voor|ik-boodschap|1.0
p:werk voor|open-vraag|-0.85
p:werk voor|bevelen|-1.0
p:werk voor|waarschuwen|-1.0
p:werk voor|moraliseren|-1.0
p:werk voor|geruststellen|-1.0
p:werk voor|vervolgafspraak|-1.0
p:werken dan|jij-boodschap|-0.7
p:werken dan|prijzen|0.97
p:werken dat|bekritiseren|-1.0
p:werken dat|ondervragen|-1.0
p:werken en|jij-boodschap|-0.82
p:werken en|bekritiseren|-0.92
p:werken maar|parafrase|0.95
p:werker noor|jij-boodschap|-0.93
p:werkstuk niet|gevoelsreflectie|-0.98
p:werkstuk uiterlijk|bevelen|0.9
p:werkstuk vrijdag|waarschuwen|0.92
p:werkt het|parafrase|-1.0
p:werkt het|argumenteren|1.0
p:werkt in|jij-boodschap|-0.86
p:werkweek niet|ik-boodschap|-0.96
p:werkweek niet|parafrase|0.96
p:wet is|ik-boodschap|-0.87
p:weten als|vervolgafspraak|0.84
p:weten dat|ik-boodschap|1.0
p:weten dat|open-vraag|-0.85
p:weten dat|bevelen|-1.0
p:weten dat|waarschuwen|-1.0
p:weten dat|moraliseren|-1.0
p:weten dat|geruststellen|-1.0
p:weten dat|ondervragen|-0.95
p:weten dat|vervolgafspraak|-1.0
p:weten hoe|waarschuwen|-0.92
p:weten waar|moraliseren|0.9
p:weten wat|jij-boodschap|-0.84
p:weten wat|bedanken|-0.92
p:wie ?|ik-boodschap|-0.97
p:wie ?|ondervragen|1.0
p:wie ?|afleiden|-1.0
p:wie controleert|parafrase|-0.99
p:wie controleert|adviseren|-0.88
p:wie de|argumenteren|0.97
p:wie een|argumenteren|0.94
p:wie er|parafrase|0.99
p:wie heeft|argumenteren|-0.83
p:wie heeft|ondervragen|1.91
p:wie hij|bekritiseren|0.61
p:wie houdt|samenvatting|-1.0
p:wie houdt|interpreteren|-1.0
p:wie is|open-vraag|-1.0
p:wie niet|argumenteren|1.67
p:wie weet|prijzen|-0.97
p:wifi niet|ondervragen|-0.96
p:wij melden|ik-boodschap|-0.87
p:wij ons|prijzen|-1.0
p:wij ons|afronding-aankondigen|-1.0
p:wij u|parafrase|0.98
p:wijze vader|adviseren|-0.81
p:wil alles|etiketteren|0.34
p:wil daan|samenvatting|0.99
p:wil dat|bevelen|0.98
p:wil dit|bevelen|0.52
p:wil dit|waarschuwen|-0.81
p:wil eerlijk|open-vraag|0.78
p:wil eerlijk|bekritiseren|0.95
p:wil gaan|bedanken|-1.0
p:wil gezien|interpreteren|0.91
p:wil graag|parafrase|-0.96
p:wil graag|bevelen|-0.96
p:wil graag|bekritiseren|-0.93
p:wil graag|prijzen|-0.89
p:wil graag|bedanken|-0.96
p:wil het|samenvatting|0.92
p:wil het|afronding-aankondigen|1.93
p:wil het|vervolgafspraak|1.85
p:wil het|bedanken|1.91
p:wil hier|ik-boodschap|-0.93
p:wil hij|samenvatting|-0.99
p:wil ik|bevelen|0.94
p:wil ik|adviseren|-0.92
p:wil ik|etiketteren|-0.98
p:wil ik|afleiden|0.95
p:wil ik|afronding-aankondigen|1.01
p:wil je|ik-boodschap|-0.99
p:wil je|parafrase|-0.99
p:wil je|gevoelsreflectie|-0.99
p:wil je|samenvatting|0.86
p:wil je|open-vraag|0.99
p:wil je|interpreteren|0.99
p:wil naast|bevelen|-0.7
p:wil naast|waarschuwen|-0.9
p:wil nu|vervolgafspraak|-0.99
p:wil u|bekritiseren|-1.0
p:wil u|ondervragen|-1.0
p:wil u|afronding-aankondigen|-0.98
p:wil u|vervolgafspraak|-0.98
p:wil vaker|bevelen|-0.7
p:wil vaker|waarschuwen|-0.9
p:wil volgens|bevelen|-0.89
p:wil vooral|interpreteren|0.95
p:wil wel|gevoelsreflectie|-0.89
p:wil wel|samenvatting|0.89
p:wil wel|interpreteren|-0.95
p:wil werken|parafrase|0.95
p:wilde delen|bekritiseren|-0.97
p:wilde delen|bedanken|0.97
p:wilde komen|bekritiseren|-0.45
p:willen allebei|samenvatting|0.82
p:wilt bel|vervolgafspraak|0.98
p:wilt dat|parafrase|0.9
p:wilt dat|gevoelsreflectie|-1.0
p:wilt dat|bekritiseren|-0.1
p:wilt dat|vervolgafspraak|-1.0
p:wilt dat|bedanken|-0.98
p:wilt dus|interpreteren|-0.99
p:wilt een|gevoelsreflectie|0.8
p:wilt een|samenvatting|0.96
p:wilt gewoon|interpreteren|0.99
p:wilt kan|ik-boodschap|-0.83
p:wilt meer|gevoelsreflectie|-1.0
p:wilt meer|bekritiseren|-0.1
p:wilt meer|vervolgafspraak|-1.0
p:wilt meer|bedanken|-0.98
p:wilt naar|samenvatting|0.99
p:wilt naar|open-vraag|-0.99
p:wilt naar|bevelen|-0.65
p:wilt naar|waarschuwen|-0.56
p:wilt sneller|bekritiseren|-0.1
p:wilt sneller|bedanken|-0.98
p:wilt u|parafrase|-0.91
p:wilt u|gevoelsreflectie|1.0
p:wilt u|samenvatting|0.86
p:wilt u|open-vraag|1.99
p:wilt u|adviseren|-0.99
p:wilt vaker|gevoelsreflectie|-0.72
p:wilt vaker|samenvatting|0.95
p:wilt worden|jij-boodschap|-0.59
p:wilt worden|bevelen|-0.97
p:wilt worden|moraliseren|0.97
p:wiskunde doen|adviseren|0.9
p:wiskunde echt|bekritiseren|-0.99
p:wiskunde een|argumenteren|-0.97
p:wiskunde en|jij-boodschap|-0.95
p:wiskunde en|argumenteren|0.71
p:wiskunde en|bekritiseren|-0.71
p:wiskunde gaat|samenvatting|0.96
p:wiskunde gaat|open-vraag|-0.98
p:wiskunde gaat|aanmoediging|-0.97
p:wiskunde gaat|vervolgafspraak|-0.96
p:wiskunde maar|bekritiseren|-0.91
p:wiskunde steeds|gevoelsreflectie|-0.92
p:wist ik|ik-boodschap|0.99
p:wist ik|samenvatting|-0.99
p:wist wel|gevoelsreflectie|-0.93
p:wit ?|ondervragen|1.0
p:wit staan|argumenteren|0.95
p:woensdag bijles|prijzen|0.96
p:woensdag en|samenvatting|-0.99
p:woensdag het|vervolgafspraak|0.96
p:woensdag het|bedanken|-0.96
p:woensdag is|parafrase|0.74
p:woensdag kijken|parafrase|-0.78
p:woensdag kijken|samenvatting|0.65
p:woensdag samen|open-vraag|-0.91
p:woont ?|gevoelsreflectie|-0.94
p:woord neemt|ik-boodschap|1.0
p:woord neemt|bekritiseren|-0.65
p:woorden anders|waarschuwen|0.97
p:woorden het|samenvatting|-0.99
p:woorden hij|parafrase|0.95
p:woorden je|gevoelsreflectie|-0.93
p:woorden thuis|afleiden|-0.98
p:woordjes niet|ik-boodschap|0.84
p:woordjes niet|vervolgafspraak|0.92
p:word er|ik-boodschap|1.85
p:word er|gevoelsreflectie|-0.52
p:word hier|etiketteren|-0.96
p:word ik|ik-boodschap|-0.77
p:worden dat|jij-boodschap|-0.59
p:worden dat|bevelen|-0.97
p:worden dat|moraliseren|0.97
p:worden en|bekritiseren|-0.1
p:worden en|bedanken|-0.98
p:wordt buitengesloten|parafrase|0.99
p:wordt buitengesloten|samenvatting|-0.87
p:wordt de|waarschuwen|1.0
p:wordt die|ondervragen|-0.99
p:wordt echt|bekritiseren|0.82
p:wordt er|ik-boodschap|0.97
p:wordt fijn|gevoelsreflectie|0.91
p:wordt geduwd|ik-boodschap|0.83
p:wordt hij|bevelen|-0.48
p:wordt hij|waarschuwen|0.76
p:wordt hij|moraliseren|-0.95
p:wordt hij|argumenteren|-0.99
p:wordt hij|interpreteren|-1.0
p:wordt ik|interpreteren|0.95
p:wordt soms|bekritiseren|-1.0
p:wordt ze|waarschuwen|1.0
p:yilmaz vandaag|vervolgafspraak|-0.72
p:yusuf door|aanmoediging|-0.99
p:yusuf praat|bekritiseren|-1.0
p:yusuf praat|ondervragen|-1.0
p:zag ?|ik-boodschap|-1.0
p:zag ?|open-vraag|1.0
p:zag dat|ik-boodschap|-0.95
p:zag dat|open-vraag|-1.0
p:zag dat|interpreteren|-0.91
p:zakken wat|ik-boodschap|-0.99
p:zakken wat|samenvatting|0.86
p:zakken wat|open-vraag|0.99
p:zat hij|ondervragen|1.0
p:zaterdag ?|open-vraag|-1.9
p:zaterdag ?|afleiden|1.68
p:ze 's|samenvatting|-0.91
p:ze ?|jij-boodschap|-0.98
p:ze ?|waarschuwen|-0.98
p:ze al|parafrase|-0.95
p:ze alles|parafrase|-0.96
p:ze alsof|jij-boodschap|0.98
p:ze alsof|bekritiseren|0.81
p:ze alsof|geruststellen|-0.74
p:ze bij|open-vraag|-1.0
p:ze dat|parafrase|0.97
p:ze de|samenvatting|-0.91
p:ze de|vervolgafspraak|0.99
p:ze dus|parafrase|0.97
p:ze echt|afleiden|-0.93
p:ze een|jij-boodschap|-0.98
p:ze elke|prijzen|-0.96
p:ze er|waarschuwen|0.64
p:ze gewoon|moraliseren|-0.99
p:ze gewoon|interpreteren|0.98
p:ze gisteren|afleiden|-0.93
p:ze graag|ik-boodschap|-0.94
p:ze graag|jij-boodschap|-0.72
p:ze haar|ik-boodschap|-0.92
p:ze haar|waarschuwen|0.92
p:ze haar|geruststellen|-0.85
p:ze hangt|moraliseren|-0.91
p:ze heeft|ik-boodschap|0.97
p:ze heeft|bekritiseren|-0.97
p:ze het|interpreteren|-0.9
p:ze hulp|prijzen|0.95
p:ze in|afleiden|0.93
p:ze is|jij-boodschap|0.89
p:ze is|moraliseren|-0.99
p:ze is|adviseren|-0.99
p:ze is|geruststellen|0.82
p:ze jaloers|interpreteren|0.89
p:ze je|parafrase|0.71
p:ze je|gevoelsreflectie|0.85
p:ze je|samenvatting|-0.85
p:ze komt|argumenteren|-0.98
p:ze komt|afleiden|-0.96
p:ze mee|bevelen|-0.89
p:ze mist|aanmoediging|-0.97
p:ze mist|vervolgafspraak|-0.95
p:ze moe|prijzen|-0.96
p:ze niet|ik-boodschap|0.97
p:ze niet|jij-boodschap|-0.82
p:ze niet|open-vraag|0.85
p:ze niet|bekritiseren|-0.92
p:ze niet|geruststellen|-0.92
p:ze op|moraliseren|0.95
p:ze op|bekritiseren|-0.95
p:ze op|geruststellen|-0.93
p:ze op|afleiden|0.93
p:ze schuift|bevelen|-0.95
p:ze sinds|ik-boodschap|0.93
p:ze slaapt|aanmoediging|-0.97
p:ze slaapt|vervolgafspraak|-0.95
p:ze spijbelt|jij-boodschap|0.94
p:ze spijbelt|bekritiseren|0.94
p:ze thuis|gevoelsreflectie|-0.92
p:ze thuis|argumenteren|-0.94
p:ze thuiskomt|waarschuwen|-0.92
p:ze vaak|ik-boodschap|-0.9
p:ze van|waarschuwen|1.0
p:ze vast|ik-boodschap|-0.91
p:ze vast|geruststellen|0.91
p:ze veel|jij-boodschap|-0.98
p:ze veel|waarschuwen|-0.98
p:ze vindt|vervolgafspraak|-0.95
p:ze volgende|ik-boodschap|-0.92
p:ze voor|etiketteren|-0.99
p:ze vrijdagmiddag|afleiden|-0.98
p:ze weer|samenvatting|0.82
p:ze zelf|jij-boodschap|0.98
p:ze zelf|bekritiseren|0.98
p:ze zich|ik-boodschap|-0.98
p:ze zich|parafrase|-0.91
p:ze zich|open-vraag|-0.91
p:ze ziek|adviseren|-0.94
p:ze ziek|ondervragen|0.95
p:ze zo|ik-boodschap|0.95
p:ze zo|interpreteren|-0.95
p:ze zo|ondervragen|-0.91
p:zeg het|samenvatting|0.92
p:zeg het|waarschuwen|-0.92
p:zeg niet|ik-boodschap|-1.6
p:zeg niet|bekritiseren|-0.81
p:zeg niet|geruststellen|0.89
p:zeggen dat|gevoelsreflectie|-0.77
p:zegt dat|ik-boodschap|0.98
p:zegt dat|parafrase|-0.18
p:zegt dat|samenvatting|-0.85
p:zegt dat|open-vraag|-0.92
p:zegt dat|adviseren|-0.91
p:zegt dat|argumenteren|0.95
p:zegt dat|bekritiseren|-0.94
p:zegt dat|interpreteren|1.95
p:zegt dat|geruststellen|0.89
p:zegt dus|gevoelsreflectie|-0.93
p:zegt eigenlijk|gevoelsreflectie|-0.85
p:zegt eigenlijk|interpreteren|-0.91
p:zegt en|afronding-aankondigen|-0.98
p:zegt en|vervolgafspraak|-0.98
p:zegt hij|parafrase|0.99
p:zegt hij|samenvatting|-0.87
p:zegt hij|argumenteren|0.99
p:zegt hij|interpreteren|-0.99
p:zegt is|argumenteren|-0.94
p:zegt meer|interpreteren|0.93
p:zegt u|jij-boodschap|-0.97
p:zegt u|aanmoediging|0.88
p:zegt u|bekritiseren|-0.63
p:zei dat|interpreteren|-0.9
p:zei hij|moraliseren|-0.92
p:zei hij|bekritiseren|-0.92
p:zei u|jij-boodschap|-0.86
p:zeker dat|adviseren|-0.98
p:zeker dat|prijzen|1.0
p:zeker dat|interpreteren|-1.0
p:zeker dat|geruststellen|0.96
p:zeker mee|prijzen|0.76
p:zelf ?|gevoelsreflectie|-0.8
p:zelf ?|open-vraag|0.99
p:zelf begint|interpreteren|0.95
p:zelf behandeld|jij-boodschap|-0.59
p:zelf behandeld|bevelen|-0.97
p:zelf behandeld|moraliseren|0.97
p:zelf dat|open-vraag|1.0
p:zelf dat|afleiden|-0.89
p:zelf de|bevelen|0.96
p:zelf de|vervolgafspraak|-0.96
p:zelf doet|jij-boodschap|0.99
p:zelf doet|samenvatting|-0.84
p:zelf doet|open-vraag|-0.99
p:zelf doet|bekritiseren|1.72
p:zelf gezocht|jij-boodschap|0.95
p:zelf gezocht|bekritiseren|0.95
p:zelf heeft|argumenteren|0.85
p:zelf heel|jij-boodschap|0.98
p:zelf heel|bekritiseren|0.98
p:zelf het|ik-boodschap|1.0
p:zelf het|bekritiseren|-0.65
p:zelf je|jij-boodschap|-0.86
p:zelf je|bevelen|1.73
p:zelf je|vervolgafspraak|-0.98
p:zelf je|bedanken|-0.98
p:zelf laten|adviseren|0.93
p:zelf laten|interpreteren|-0.93
p:zelf mede|jij-boodschap|1.66
p:zelf mede|bekritiseren|1.8
p:zelf mede|etiketteren|-0.88
p:zelf naar|ondervragen|-1.0
p:zelf onzeker|bevelen|-1.0
p:zelf onzeker|bekritiseren|-1.0
p:zelf onzeker|interpreteren|1.0
p:zelf ook|ik-boodschap|-0.24
p:zelf ook|jij-boodschap|0.18
p:zelf ook|gevoelsreflectie|1.73
p:zelf ook|moraliseren|-0.92
p:zelf ook|argumenteren|0.94
p:zelf ook|bekritiseren|-0.62
p:zelf ook|etiketteren|-0.42
p:zelf ook|afronding-aankondigen|0.98
p:zelf ook|bedanken|0.98
p:zelf plannen|ondervragen|-0.79
p:zelf steeds|jij-boodschap|0.85
p:zelf steeds|bekritiseren|0.56
p:zelf van|samenvatting|-0.85
p:zelf van|open-vraag|0.94
p:zelf van|moraliseren|-0.94
p:zelf vroeger|interpreteren|0.97
p:zenuwachtig bent|ik-boodschap|-0.83
p:zenuwachtig bent|gevoelsreflectie|0.77
p:zenuwachtig bent|geruststellen|1.83
p:zenuwachtig van|ik-boodschap|-1.0
p:zenuwachtig van|gevoelsreflectie|1.0
p:zenuwachtig van|bekritiseren|-1.0
p:zes is|adviseren|-0.98
p:zes is|argumenteren|0.98
p:zestien uur|ik-boodschap|-0.87
p:zet een|adviseren|0.98
p:zet gewoon|argumenteren|-0.99
p:zet het|vervolgafspraak|-0.92
p:zet ik|waarschuwen|0.81
p:zet u|ondervragen|-0.96
p:zet voor|vervolgafspraak|0.96
p:zet zijn|gevoelsreflectie|-0.97
p:zetten de|ik-boodschap|-0.93
p:zetten over|vervolgafspraak|-0.99
p:zich buitengesloten|parafrase|-0.99
p:zich buitengesloten|samenvatting|0.87
p:zich daar|gevoelsreflectie|0.91
p:zich daar|interpreteren|-0.99
p:zich daar|geruststellen|0.98
p:zich de|parafrase|-0.98
p:zich de|gevoelsreflectie|-0.92
p:zich de|open-vraag|-0.91
p:zich de|bevelen|-1.0
p:zich de|waarschuwen|-1.0
p:zich de|adviseren|-1.0
p:zich de|argumenteren|1.94
p:zich deze|jij-boodschap|-0.78
p:zich deze|bekritiseren|-0.94
p:zich echt|jij-boodschap|0.91
p:zich echt|parafrase|-0.99
p:zich echt|gevoelsreflectie|0.85
p:zich echt|open-vraag|0.68
p:zich eigenlijk|gevoelsreflectie|-0.87
p:zich eigenlijk|bekritiseren|-0.9
p:zich eigenlijk|interpreteren|1.0
p:zich geen|geruststellen|0.99
p:zich genegeerd|parafrase|0.8
p:zich gewoon|adviseren|0.96
p:zich gewoon|interpreteren|0.96
p:zich heeft|ik-boodschap|-0.9
p:zich heeft|bekritiseren|-0.97
p:zich heeft|vervolgafspraak|0.97
p:zich het|open-vraag|0.92
p:zich hier|bekritiseren|0.92
p:zich in|gevoelsreflectie|0.99
p:zich in|prijzen|-0.99
p:zich maar|jij-boodschap|-1.0
p:zich nergens|samenvatting|-0.94
p:zich nergens|geruststellen|-1.0
p:zich niet|jij-boodschap|-0.91
p:zich niet|gevoelsreflectie|0.97
p:zich niet|samenvatting|-0.87
p:zich niet|open-vraag|0.63
p:zich niet|bekritiseren|-0.91
p:zich niet|interpreteren|-0.99
p:zich niet|afleiden|-0.94
p:zich nooit|jij-boodschap|1.0
p:zich nooit|aanmoediging|-1.0
p:zich nooit|argumenteren|-1.0
p:zich nooit|bekritiseren|1.0
p:zich nooit|prijzen|-1.0
p:zich nooit|afronding-aankondigen|-1.0
p:zich nou|gevoelsreflectie|-0.91
p:zich nou|bekritiseren|-0.88
p:zich nu|prijzen|1.0
p:zich overal|gevoelsreflectie|-0.88
p:zich overal|bekritiseren|0.12
p:zich rond|ik-boodschap|0.89
p:zich terug|parafrase|-0.91
p:zich thuis|open-vraag|0.9
p:zich vaak|ik-boodschap|-0.98
p:zich vanaf|bevelen|0.51
p:zich vanaf|waarschuwen|0.76
p:zich veel|bekritiseren|0.95
p:zich veilig|interpreteren|-0.99
p:zich voelt|vervolgafspraak|-0.84
p:zich vreselijk|bekritiseren|1.66
p:zich wel|jij-boodschap|1.31
p:zich wel|bekritiseren|1.76
p:zich wel|geruststellen|-0.94
p:zich zelf|bevelen|-1.0
p:zich zelf|bekritiseren|-1.0
p:zich zelf|interpreteren|1.0
p:zich zo|waarschuwen|-0.99
p:zich zo|interpreteren|0.97
p:zich zorgen|gevoelsreflectie|1.79
p:zich zorgen|open-vraag|-0.75
p:zichtbaar moeilijk|gevoelsreflectie|0.92
p:zie alleen|ik-boodschap|-0.62
p:zie alleen|geruststellen|-0.77
p:zie dat|ik-boodschap|0.78
p:zie dat|jij-boodschap|-1.92
p:zie dat|gevoelsreflectie|1.06
p:zie dat|bevelen|-0.93
p:zie dat|bekritiseren|-0.31
p:zie dat|etiketteren|-0.99
p:zie dat|interpreteren|-0.99
p:zie dat|vervolgafspraak|-0.93
p:zie hem|ik-boodschap|-0.94
p:zie ik|jij-boodschap|1.0
p:zie ik|bevelen|-0.87
p:zie ik|waarschuwen|-0.8
p:zie ik|bekritiseren|1.0
p:zie ik|interpreteren|-0.99
p:zie ik|geruststellen|-0.95
p:zie ik|afronding-aankondigen|0.98
p:zie ik|vervolgafspraak|1.96
p:zie je|vervolgafspraak|0.96
p:zie je|bedanken|-0.96
p:zie neem|bevelen|0.91
p:zie omar|vervolgafspraak|-0.97
p:zie op|ik-boodschap|0.97
p:ziek ?|afleiden|-0.93
p:ziek bent|interpreteren|0.91
p:ziek gemeld|jij-boodschap|-0.78
p:ziek gemeld|bekritiseren|-0.94
p:ziek geweest|etiketteren|-0.98
p:ziek thuis|ondervragen|1.0
p:ziek was|jij-boodschap|0.95
p:ziekmelding pas|ik-boodschap|0.94
p:ziekmelding pas|waarschuwen|-0.94
p:ziekte voor|samenvatting|0.92
p:ziekte voor|vervolgafspraak|0.92
p:ziekte voor|bedanken|0.92
p:zien ?|open-vraag|0.78
p:zien allebei|ik-boodschap|-0.86
p:zien allebei|bedanken|-0.98
p:zien dat|ik-boodschap|1.8
p:zien dat|parafrase|-0.99
p:zien dat|gevoelsreflectie|-0.99
p:zien dat|argumenteren|-0.98
p:zien dat|interpreteren|0.99
p:zien dus|argumenteren|0.98
p:zien dus|bekritiseren|-0.85
p:zien hoe|ik-boodschap|0.95
p:zien over|samenvatting|0.63
p:zien roken|ik-boodschap|0.98
p:zien waar|waarschuwen|-0.92
p:zien wat|ik-boodschap|0.92
p:zien we|samenvatting|-0.64
p:zien we|afronding-aankondigen|-0.93
p:ziet de|vervolgafspraak|-1.0
p:ziet een|jij-boodschap|-1.0
p:ziet een|gevoelsreflectie|-1.0
p:ziet een|open-vraag|1.0
p:ziet een|aanmoediging|-1.0
p:ziet een|argumenteren|-1.0
p:ziet een|bekritiseren|-1.0
p:ziet het|argumenteren|1.0
p:ziet iedereen|jij-boodschap|1.0
p:ziet natuurlijk|prijzen|0.96
p:ziet u|ik-boodschap|-0.8
p:ziet u|open-vraag|0.99
p:ziet u|argumenteren|0.94
p:ziet u|prijzen|0.95
p:zij heeft|bekritiseren|1.0
p:zij is|interpreteren|0.89
p:zij is|geruststellen|-0.99
p:zij probeert|bekritiseren|-0.98
p:zij spijbelt|jij-boodschap|0.98
p:zij spijbelt|bekritiseren|0.81
p:zij spijbelt|geruststellen|-0.74
p:zij wil|bevelen|-0.89
p:zijn als|open-vraag|0.78
p:zijn als|adviseren|0.97
p:zijn altijd|jij-boodschap|-0.98
p:zijn altijd|aanmoediging|-0.96
p:zijn belangrijkere|afleiden|0.93
p:zijn beloop|jij-boodschap|0.96
p:zijn beloop|bekritiseren|0.96
p:zijn best|jij-boodschap|0.71
p:zijn best|waarschuwen|-0.42
p:zijn best|adviseren|-0.92
p:zijn bijna|afleiden|-0.96
p:zijn bijna|bedanken|-1.0
p:zijn boeken|bekritiseren|-0.97
p:zijn boeken|afleiden|-0.96
p:zijn broertje|afleiden|-0.66
p:zijn cijfers|parafrase|-0.99
p:zijn cijfers|open-vraag|-0.65
p:zijn cijfers|etiketteren|-0.98
p:zijn cijfers|interpreteren|1.0
p:zijn cijfers|afleiden|-0.94
p:zijn cijfers|vervolgafspraak|-0.84
p:zijn concentratie|gevoelsreflectie|-0.97
p:zijn daden|moraliseren|0.99
p:zijn door|bedanken|0.96
p:zijn drie|ik-boodschap|-1.0
p:zijn drie|samenvatting|1.0
p:zijn drie|argumenteren|0.98
p:zijn drie|bekritiseren|-0.85
p:zijn duidelijk|argumenteren|0.96
p:zijn dyslexie|bekritiseren|-0.97
p:zijn echt|bekritiseren|-1.86
p:zijn er|gevoelsreflectie|-0.97
p:zijn er|afleiden|0.97
p:zijn erg|bevelen|-1.0
p:zijn erg|vervolgafspraak|-1.0
p:zijn gang|bevelen|-0.99
p:zijn gedraai|samenvatting|-1.0
p:zijn gedraai|bekritiseren|1.0
p:zijn gemiddelde|ik-boodschap|0.93
p:zijn gemiddelde|jij-boodschap|-0.93
p:zijn gemiddelde|bekritiseren|-0.7
p:zijn geweest|gevoelsreflectie|1.47
p:zijn geweest|geruststellen|-0.83
p:zijn hockey|afleiden|0.97
p:zijn hoe|gevoelsreflectie|0.97
p:zijn hoor|moraliseren|-0.99
p:zijn huiswerk|ik-boodschap|-1.74
p:zijn huiswerk|jij-boodschap|1.0
p:zijn huiswerk|parafrase|0.99
p:zijn huiswerk|open-vraag|-0.75
p:zijn huiswerk|waarschuwen|-0.38
p:zijn huiswerk|adviseren|0.87
p:zijn huiswerk|bekritiseren|0.81
p:zijn huiswerk|geruststellen|-0.96
p:zijn huiswerk|vervolgafspraak|0.64
p:zijn huiswerk|bedanken|-0.94
p:zijn kamer|parafrase|-0.99
p:zijn kamer|adviseren|0.11
p:zijn kind|afleiden|-1.0
p:zijn klasgenoot|ik-boodschap|0.95
p:zijn laars|jij-boodschap|0.83
p:zijn laars|bekritiseren|0.96
p:zijn leeftijd|afleiden|1.0
p:zijn mentorgesprek|ik-boodschap|1.0
p:zijn met|ik-boodschap|-0.93
p:zijn met|jij-boodschap|0.93
p:zijn moeder|jij-boodschap|-0.9
p:zijn moeder|bekritiseren|0.95
p:zijn nou|argumenteren|-0.95
p:zijn om|moraliseren|-0.98
p:zijn om|interpreteren|-0.98
p:zijn ook|etiketteren|0.98
p:zijn op|vervolgafspraak|-0.98
p:zijn opdrachten|ik-boodschap|0.93
p:zijn planner|ik-boodschap|0.86
p:zijn planner|samenvatting|0.63
p:zijn planner|vervolgafspraak|-0.95
p:zijn planning|gevoelsreflectie|-0.72
p:zijn planning|samenvatting|1.26
p:zijn planning|vervolgafspraak|0.99
p:zijn planning|bedanken|0.94
p:zijn plek|waarschuwen|0.91
p:zijn plek|bekritiseren|-0.91
p:zijn pootjes|geruststellen|0.93
p:zijn rapport|prijzen|-0.99
p:zijn rekenmachine|vervolgafspraak|0.97
p:zijn rooster|ik-boodschap|0.87
p:zijn schermtijd|ik-boodschap|-0.93
p:zijn schermtijd|jij-boodschap|0.93
p:zijn slaap|ik-boodschap|-0.93
p:zijn slaap|gevoelsreflectie|-0.97
p:zijn slaap|samenvatting|0.86
p:zijn slaap|open-vraag|0.99
p:zijn slaap|bekritiseren|-0.15
p:zijn telefoon|jij-boodschap|-0.85
p:zijn telefoon|open-vraag|-0.22
p:zijn telefoon|waarschuwen|0.18
p:zijn u|bekritiseren|0.95
p:zijn vader|ik-boodschap|-0.98
p:zijn vader|parafrase|0.98
p:zijn vader|gevoelsreflectie|-0.94
p:zijn vel|jij-boodschap|-0.36
p:zijn vel|bekritiseren|-0.56
p:zijn verjaardag|ondervragen|-1.0
p:zijn verzuim|samenvatting|0.92
p:zijn verzuim|vervolgafspraak|0.92
p:zijn verzuim|bedanken|0.92
p:zijn voetbaltrainer|prijzen|-0.98
p:zijn voldoende|argumenteren|-0.96
p:zijn vrienden|gevoelsreflectie|0.95
p:zijn vrienden|open-vraag|-0.65
p:zijn werk|jij-boodschap|-0.97
p:zijn werk|moraliseren|0.94
p:zijn werk|argumenteren|-0.73
p:zijn zorgpunten|argumenteren|-0.96
p:zijn zus|open-vraag|-0.97
p:zin in|jij-boodschap|1.72
p:zin in|bekritiseren|1.17
p:zin in|interpreteren|-0.91
p:zin te|bekritiseren|-0.98
p:zit bij|waarschuwen|-0.94
p:zit dan|waarschuwen|-0.52
p:zit de|bevelen|0.89
p:zit de|vervolgafspraak|0.88
p:zit elke|ik-boodschap|0.96
p:zit elke|samenvatting|-0.96
p:zit elke|adviseren|0.96
p:zit en|gevoelsreflectie|-0.97
p:zit er|ik-boodschap|-0.97
p:zit er|afleiden|-0.93
p:zit het|interpreteren|0.99
p:zit hier|jij-boodschap|1.19
p:zit hier|samenvatting|-0.63
p:zit hier|bevelen|-0.93
p:zit hier|bekritiseren|1.38
p:zit hier|interpreteren|-0.92
p:zit hij|parafrase|-0.99
p:zit hij|waarschuwen|1.85
p:zit hij|adviseren|-0.88
p:zit in|ik-boodschap|-0.96
p:zit in|jij-boodschap|-0.67
p:zit in|bekritiseren|-0.98
p:zit je|ik-boodschap|-0.96
p:zit kan|ik-boodschap|1.0
p:zit kan|bevelen|-1.0
p:zit kan|waarschuwen|-1.0
p:zit kan|moraliseren|-1.0
p:zit kan|geruststellen|-1.0
p:zit kan|vervolgafspraak|-1.0
p:zit kom|ik-boodschap|0.92
p:zit kom|moraliseren|-0.92
p:zit kom|interpreteren|-0.92
p:zit me|ik-boodschap|1.6
p:zit me|open-vraag|0.92
p:zit me|prijzen|-1.0
p:zit merk|ik-boodschap|0.93
p:zit met|ik-boodschap|-0.96
p:zit naast|bekritiseren|-1.58
p:zit rechts|parafrase|-0.96
p:zit steeds|jij-boodschap|-0.36
p:zit steeds|bekritiseren|-0.56
p:zit te|ik-boodschap|-0.8
p:zit te|jij-boodschap|0.69
p:zit te|bekritiseren|0.91
p:zit waardoor|ik-boodschap|0.95
p:zit ze|parafrase|0.97
p:zitten al|samenvatting|-0.92
p:zitten al|vervolgafspraak|-0.92
p:zitten als|bevelen|0.63
p:zitten anders|waarschuwen|1.65
p:zitten daardoor|gevoelsreflectie|-0.83
p:zitten daardoor|bevelen|-0.93
p:zitten daardoor|vervolgafspraak|-0.93
p:zitten dat|geruststellen|0.99
p:zitten denk|interpreteren|0.97
p:zitten en|ik-boodschap|-0.95
p:zitten en|bevelen|0.25
p:zitten en|waarschuwen|-0.9
p:zitten is|geruststellen|-0.96
p:zitten is|afleiden|0.96
p:zitten je|bevelen|-1.62
p:zitten of|aanmoediging|-1.0
p:zitten of|bevelen|1.0
p:zitten of|waarschuwen|1.52
p:zitten of|moraliseren|-1.0
p:zitten of|prijzen|-1.0
p:zitten snap|geruststellen|0.85
p:zitten we|vervolgafspraak|0.92
p:zitten we|bedanken|0.92
p:zo aan|argumenteren|-0.81
p:zo aan|etiketteren|0.98
p:zo blijft|waarschuwen|2.9
p:zo blijft|prijzen|-0.99
p:zo boos|gevoelsreflectie|-1.69
p:zo boos|open-vraag|-0.92
p:zo brutaal|interpreteren|0.89
p:zo dat|ik-boodschap|-0.97
p:zo dat|argumenteren|0.9
p:zo doorgaat|jij-boodschap|1.56
p:zo doorgaat|waarschuwen|1.43
p:zo doorgaat|moraliseren|-0.95
p:zo doorgaat|bekritiseren|0.13
p:zo dramatisch|jij-boodschap|-1.0
p:zo dramatisch|waarschuwen|-1.0
p:zo dramatisch|argumenteren|-0.9
p:zo dramatisch|etiketteren|1.0
p:zo dramatisch|geruststellen|0.96
p:zo eenvoudig|argumenteren|0.97
p:zo eerlijk|gevoelsreflectie|-0.98
p:zo eerlijk|bekritiseren|-0.87
p:zo eerlijk|afronding-aankondigen|-0.96
p:zo en|afleiden|0.61
p:zo erg|argumenteren|-0.97
p:zo erg|geruststellen|1.0
p:zo erg|afleiden|-0.78
p:zo fel|bevelen|-1.0
p:zo fel|bekritiseren|-1.0
p:zo fel|interpreteren|1.0
p:zo ga|moraliseren|0.89
p:zo gaat|jij-boodschap|-0.26
p:zo gaat|bevelen|-1.8
p:zo gaat|bekritiseren|-0.74
p:zo gedraagt|waarschuwen|-0.99
p:zo gezien|aanmoediging|-0.91
p:zo goed|prijzen|1.96
p:zo goed|vervolgafspraak|-0.99
p:zo haalt|waarschuwen|-0.98
p:zo haalt|geruststellen|-0.85
p:zo hard|waarschuwen|-0.22
p:zo heftig|interpreteren|0.99
p:zo heftig|bedanken|-0.99
p:zo hoor|gevoelsreflectie|0.97
p:zo hoort|moraliseren|0.95
p:zo hoort|afleiden|-0.94
p:zo hysterisch|bevelen|1.67
p:zo hysterisch|geruststellen|-0.99
p:zo kleuterachtig|etiketteren|0.9
p:zo komen|jij-boodschap|1.8
p:zo komen|bekritiseren|1.79
p:zo kunnen|afronding-aankondigen|0.96
p:zo laat|waarschuwen|-0.64
p:zo laat|etiketteren|-0.96
p:zo lang|jij-boodschap|-0.99
p:zo lang|adviseren|-0.99
p:zo lang|bekritiseren|-0.99
p:zo lang|ondervragen|0.82
p:zo meedenkend|waarschuwen|-0.91
p:zo meedenkt|etiketteren|-0.97
p:zo met|ik-boodschap|-0.96
p:zo mist|ik-boodschap|0.92
p:zo moeilijk|parafrase|0.96
p:zo moeilijk|bekritiseren|-0.86
p:zo moeilijk|etiketteren|0.98
p:zo negatief|prijzen|-0.77
p:zo niet|parafrase|-0.96
p:zo omdat|interpreteren|0.97
p:zo ongeïnteresseerd|bekritiseren|0.96
p:zo ongeïnteresseerd|etiketteren|-0.72
p:zo ook|bevelen|-1.62
p:zo ook|bekritiseren|-0.75
p:zo ook|etiketteren|-0.98
p:zo open|gevoelsreflectie|-0.99
p:zo open|interpreteren|-0.97
p:zo open|bedanken|0.99
p:zo overdreven|jij-boodschap|-1.72
p:zo redelijk|adviseren|-0.98
p:zo redelijk|prijzen|1.0
p:zo redelijk|interpreteren|-1.0
p:zo redelijk|vervolgafspraak|-0.89
p:zo schieten|ik-boodschap|0.87
p:zo schreeuwen|bevelen|0.87
p:zo simpel|waarschuwen|-0.52
p:zo snel|jij-boodschap|-0.6
p:zo staat|samenvatting|-0.99
p:zo staat|afleiden|-0.91
p:zo stil|interpreteren|0.99
p:zo stil|ondervragen|-0.91
p:zo stoer|jij-boodschap|-0.96
p:zo stoer|ondervragen|-0.94
p:zo te|moraliseren|0.99
p:zo te|interpreteren|-0.9
p:zo tegen|bekritiseren|0.99
p:zo vaak|interpreteren|0.91
p:zo volwassen|prijzen|0.8
p:zo weer|bevelen|-0.9
p:zo weer|adviseren|-0.97
p:zo weer|geruststellen|0.98
p:zo weer|afleiden|0.89
p:zo weinig|ik-boodschap|0.95
p:zo weinig|samenvatting|-1.0
p:zo weinig|interpreteren|-0.95
p:zo werkt|parafrase|-1.0
p:zo werkt|argumenteren|1.0
p:zo zielig|bevelen|-0.99
p:zo zwaar|moraliseren|-0.94
p:zo zwaar|afleiden|1.65
p:zo'n baby|bevelen|-0.99
p:zo'n baby|etiketteren|0.51
p:zo'n betrokken|parafrase|-0.97
p:zo'n betrokken|adviseren|0.82
p:zo'n betrokken|prijzen|0.98
p:zo'n curlingouder|afleiden|-1.0
p:zo'n goede|moraliseren|-0.96
p:zo'n goede|prijzen|1.0
p:zo'n harde|jij-boodschap|-0.93
p:zo'n helikopterouder|etiketteren|0.99
p:zo'n middag|ik-boodschap|0.81
p:zo'n moeder|jij-boodschap|1.75
p:zo'n moeder|bekritiseren|-0.94
p:zo'n moeder|afleiden|-0.63
p:zo'n opmerking|samenvatting|-0.86
p:zo'n opmerking|waarschuwen|1.43
p:zo'n opmerking|bekritiseren|0.95
p:zo'n ouder|gevoelsreflectie|-0.89
p:zo'n ouder|prijzen|-0.96
p:zo'n ouder|etiketteren|0.96
p:zo'n situatie|gevoelsreflectie|-0.99
p:zo'n slimme|jij-boodschap|-0.97
p:zo'n slimme|waarschuwen|-0.97
p:zo'n slimme|prijzen|2.8
p:zo'n slimme|geruststellen|-0.97
p:zo'n typisch|moraliseren|-0.99
p:zo'n typisch|adviseren|-0.99
p:zo'n verstandige|ik-boodschap|-1.0
p:zo'n verstandige|gevoelsreflectie|-1.0
p:zo'n verstandige|argumenteren|-1.0
p:zo'n wijze|adviseren|-0.81
p:zoals je|jij-boodschap|-0.59
p:zoals je|bevelen|-0.97
p:zoals je|moraliseren|0.97
p:zoekt gewoon|bekritiseren|-0.16
p:zoekt in|jij-boodschap|0.77
p:zoekt in|bekritiseren|0.94
p:zoekt ze|moraliseren|-0.99
p:zomaar niet|moraliseren|0.94
p:zomaar niet|argumenteren|-0.73
p:zomaar wegliep|open-vraag|0.93
p:zomer eigenlijk|open-vraag|-0.93
p:zomer eigenlijk|afleiden|0.93
p:zondag met|samenvatting|1.0
p:zondag met|vervolgafspraak|1.0
p:zondag samen|adviseren|0.92
p:zonde want|ik-boodschap|0.92
p:zonde zullen|vervolgafspraak|0.97
p:zonder bericht|ik-boodschap|-0.92
p:zonder bericht|argumenteren|0.94
p:zonder boeken|open-vraag|0.85
p:zonder diploma|waarschuwen|0.9
p:zonder iets|jij-boodschap|0.92
p:zonder iets|bekritiseren|0.87
p:zonder je|ik-boodschap|0.99
p:zonder je|samenvatting|-0.99
p:zonder ontbijt|ik-boodschap|0.89
p:zonder pen|ik-boodschap|0.82
p:zoon dan|prijzen|0.89
p:zoon heeft|jij-boodschap|-0.98
p:zoon heeft|etiketteren|-0.63
p:zoon is|jij-boodschap|1.68
p:zoon is|etiketteren|0.86
p:zoon verpest|bekritiseren|0.69
p:zoon want|jij-boodschap|1.0
p:zoon want|aanmoediging|-1.0
p:zoon want|argumenteren|-1.0
p:zoon want|bekritiseren|1.0
p:zoon zit|ik-boodschap|-0.96
p:zoon zit|jij-boodschap|-0.67
p:zoon zit|bekritiseren|-0.61
p:zorg dat|bevelen|0.93
p:zorg dat|argumenteren|-0.98
p:zorg in|vervolgafspraak|0.96
p:zorg zei|jij-boodschap|-0.86
p:zorgcommissie ervan|afronding-aankondigen|-1.0
p:zorgcoördinator aan|jij-boodschap|-0.96
p:zorgcoördinator aan|bekritiseren|-0.96
p:zorgcoördinator aan|vervolgafspraak|1.51
p:zorgcoördinator en|samenvatting|0.91
p:zorgcoördinator en|vervolgafspraak|0.91
p:zorgcoördinator erbij|samenvatting|-0.85
p:zorgcoördinator niet|argumenteren|-0.97
p:zorgcoördinator twee|jij-boodschap|1.8
p:zorgcoördinator twee|bekritiseren|1.79
p:zorgelijk wat|gevoelsreflectie|0.72
p:zorgelijk wat|open-vraag|0.95
p:zorgen ?|gevoelsreflectie|-0.92
p:zorgen dat|geruststellen|0.99
p:zorgen ervoor|bekritiseren|-0.97
p:zorgen het|jij-boodschap|-1.0
p:zorgen het|gevoelsreflectie|0.85
p:zorgen het|open-vraag|0.68
p:zorgen laat|adviseren|0.97
p:zorgen maakt|gevoelsreflectie|0.85
p:zorgen maakt|open-vraag|-0.1
p:zorgen maakt|adviseren|0.92
p:zorgen om|ik-boodschap|-0.19
p:zorgen om|adviseren|-0.86
p:zorgen omdat|ik-boodschap|0.95
p:zorgen omdat|adviseren|-0.98
p:zorgen omdat|interpreteren|-0.95
p:zorgen omdat|vervolgafspraak|-0.99
p:zorgen over|parafrase|-0.99
p:zorgen over|samenvatting|-0.96
p:zorgen over|open-vraag|0.28
p:zorgen over|adviseren|0.96
p:zorgen over|geruststellen|-0.95
p:zorgen over|vervolgafspraak|-0.84
p:zorgen want|bekritiseren|-0.99
p:zorgen we|adviseren|-0.97
p:zorgen zijn|gevoelsreflectie|-0.97
p:zorgt u|bevelen|1.0
p:zorgvuldig in|geruststellen|-0.99
p:zou als|moraliseren|0.99
p:zou als|adviseren|-0.99
p:zou goed|adviseren|0.97
p:zou hij|moraliseren|0.98
p:zou ik|gevoelsreflectie|-0.99
p:zou ik|waarschuwen|-0.99
p:zou ik|adviseren|2.96
p:zou ik|afleiden|-0.96
p:zou in|adviseren|0.94
p:zou je|gevoelsreflectie|-0.76
p:zou je|open-vraag|1.0
p:zou je|geruststellen|-0.85
p:zou je|afronding-aankondigen|-1.0
p:zou jou|adviseren|-0.98
p:zou met|bevelen|-0.99
p:zou u|open-vraag|0.78
p:zou volgens|parafrase|-0.95
p:zou zijn|moraliseren|-0.98
p:zou zijn|interpreteren|-0.98
p:zouden bellen|parafrase|0.98
p:zoveel grapjes|interpreteren|0.92
p:zoveel kinderen|afleiden|0.13
p:zoveel missen|jij-boodschap|-0.96
p:zoveel verzuim|adviseren|-0.99
p:zoveel verzuim|argumenteren|0.97
p:zoë de|ik-boodschap|0.99
p:zoë het|ik-boodschap|-0.94
p:zoë het|jij-boodschap|-0.72
p:zulke ruzietjes|geruststellen|-0.93
p:zulke ruzietjes|afleiden|0.93
p:zullen we|ik-boodschap|0.84
p:zullen we|samenvatting|-0.85
p:zullen we|adviseren|-0.98
p:zullen we|etiketteren|-0.98
p:zullen we|afleiden|0.99
p:zullen we|afronding-aankondigen|-0.98
p:zullen we|vervolgafspraak|2.61
p:zullen we|bedanken|-0.94
p:zus ?|open-vraag|-0.97
p:zus gekozen|open-vraag|-0.95
p:zwaar aan|moraliseren|-0.94
p:zwaar aan|afleiden|1.65
p:zwaar is|ik-boodschap|-0.86
p:zwaar is|bedanken|-0.98
p:zwaar maken|afleiden|0.97
p:zwaar voor|ik-boodschap|0.91
p:zwaar voor|parafrase|0.99
p:zwaar was|open-vraag|-0.68
p:zwaarst ?|open-vraag|0.87
p:zwak in|bekritiseren|-0.91
p:zware tijd|gevoelsreflectie|0.99
p:zwart op|argumenteren|0.95
p:zwart op|ondervragen|1.0
p:zweverig kind|moraliseren|-0.99
p:zweverig kind|adviseren|-0.99
p:één keer|ik-boodschap|-1.94
p:één keer|bevelen|0.63
p:één keer|waarschuwen|1.63
p:één keer|argumenteren|-0.99
p:één keer|bekritiseren|-0.96
p:één onvoldoende|bevelen|-0.5
regel:aanmoediging|jij-boodschap|-1.0
regel:aanmoediging|parafrase|-2.57
regel:aanmoediging|gevoelsreflectie|-2.17
regel:aanmoediging|samenvatting|-1.91
regel:aanmoediging|open-vraag|-2.99
regel:aanmoediging|aanmoediging|8.52
regel:aanmoediging|bevelen|-1.98
regel:aanmoediging|waarschuwen|-1.0
regel:aanmoediging|bekritiseren|-1.0
regel:aanmoediging|geruststellen|-1.0
regel:aanmoediging|ondervragen|-1.0
regel:aanmoediging|afleiden|-1.0
regel:aanmoediging|vervolgafspraak|-1.0
regel:aanmoediging|bedanken|-1.0
regel:adviseren|ik-boodschap|0.99
regel:adviseren|samenvatting|-0.96
regel:adviseren|open-vraag|-1.72
regel:adviseren|bevelen|-1.91
regel:adviseren|waarschuwen|-1.74
regel:adviseren|moraliseren|-0.98
regel:adviseren|adviseren|16.39
regel:adviseren|argumenteren|-1.9
regel:adviseren|bekritiseren|-1.91
regel:adviseren|prijzen|-0.98
regel:adviseren|etiketteren|-0.7
regel:adviseren|interpreteren|-0.97
regel:adviseren|geruststellen|-1.12
regel:adviseren|ondervragen|-2.75
regel:adviseren|afleiden|-1.86
regel:adviseren|vervolgafspraak|-0.98
regel:afleiden|jij-boodschap|-1.26
regel:afleiden|open-vraag|-1.97
regel:afleiden|bevelen|-2.32
regel:afleiden|waarschuwen|-0.96
regel:afleiden|moraliseren|-2.91
regel:afleiden|adviseren|-0.92
regel:afleiden|argumenteren|-2.92
regel:afleiden|bekritiseren|-1.74
regel:afleiden|prijzen|-0.99
regel:afleiden|etiketteren|-0.51
regel:afleiden|interpreteren|-1.0
regel:afleiden|geruststellen|-1.04
regel:afleiden|ondervragen|-0.92
regel:afleiden|afleiden|14.94
regel:afleiden|afronding-aankondigen|-0.99
regel:afronding-aankondigen|ik-boodschap|-1.03
regel:afronding-aankondigen|jij-boodschap|-0.99
regel:afronding-aankondigen|samenvatting|-1.93
regel:afronding-aankondigen|bevelen|-0.96
regel:afronding-aankondigen|moraliseren|-0.87
regel:afronding-aankondigen|argumenteren|-0.97
regel:afronding-aankondigen|afleiden|-1.93
regel:afronding-aankondigen|afronding-aankondigen|10.68
regel:afronding-aankondigen|vervolgafspraak|-3.88
regel:afronding-aankondigen|bedanken|-1.02
regel:argumenteren|ik-boodschap|-1.06
regel:argumenteren|jij-boodschap|0.14
regel:argumenteren|parafrase|-1.98
regel:argumenteren|bevelen|-1.0
regel:argumenteren|waarschuwen|-1.0
regel:argumenteren|moraliseren|0.96
regel:argumenteren|adviseren|-2.98
regel:argumenteren|argumenteren|15.25
regel:argumenteren|bekritiseren|-2.69
regel:argumenteren|prijzen|-0.96
regel:argumenteren|etiketteren|0.19
regel:argumenteren|interpreteren|-1.92
regel:argumenteren|geruststellen|-0.99
regel:argumenteren|afleiden|-1.88
regel:bedanken|ik-boodschap|-1.89
regel:bedanken|parafrase|-0.98
regel:bedanken|gevoelsreflectie|-1.06
regel:bedanken|samenvatting|0.95
regel:bedanken|bevelen|-0.99
regel:bedanken|waarschuwen|-0.96
regel:bedanken|adviseren|-0.91
regel:bedanken|bekritiseren|-1.0
regel:bedanken|prijzen|-0.83
regel:bedanken|interpreteren|-0.97
regel:bedanken|afronding-aankondigen|-1.91
regel:bedanken|vervolgafspraak|-0.75
regel:bedanken|bedanken|9.77
regel:bekritiseren|ik-boodschap|0.77
regel:bekritiseren|jij-boodschap|5.6
regel:bekritiseren|gevoelsreflectie|-2.57
regel:bekritiseren|samenvatting|-0.96
regel:bekritiseren|aanmoediging|-1.0
regel:bekritiseren|bevelen|-0.99
regel:bekritiseren|waarschuwen|-1.41
regel:bekritiseren|moraliseren|-0.94
regel:bekritiseren|adviseren|-0.93
regel:bekritiseren|argumenteren|-0.31
regel:bekritiseren|bekritiseren|18.25
regel:bekritiseren|prijzen|-2.74
regel:bekritiseren|etiketteren|-4.64
regel:bekritiseren|interpreteren|-1.99
regel:bekritiseren|geruststellen|-3.64
regel:bekritiseren|ondervragen|-1.01
regel:bekritiseren|afleiden|-0.99
regel:bekritiseren|afronding-aankondigen|-1.0
regel:bekritiseren|vervolgafspraak|-1.0
regel:bevelen|ik-boodschap|-0.95
regel:bevelen|jij-boodschap|0.19
regel:bevelen|parafrase|-1.0
regel:bevelen|samenvatting|-0.64
regel:bevelen|open-vraag|-0.99
regel:bevelen|aanmoediging|-0.96
regel:bevelen|bevelen|15.22
regel:bevelen|waarschuwen|-1.05
regel:bevelen|moraliseren|-2.0
regel:bevelen|adviseren|-1.94
regel:bevelen|argumenteren|-1.98
regel:bevelen|bekritiseren|-0.46
regel:bevelen|prijzen|-1.0
regel:bevelen|etiketteren|-0.98
regel:bevelen|interpreteren|-0.97
regel:bevelen|geruststellen|-1.89
regel:bevelen|ondervragen|-1.0
regel:bevelen|afleiden|-0.99
regel:bevelen|vervolgafspraak|-0.72
regel:etiketteren|jij-boodschap|-0.99
regel:etiketteren|bevelen|-0.31
regel:etiketteren|waarschuwen|-1.0
regel:etiketteren|moraliseren|-0.99
regel:etiketteren|adviseren|-0.99
regel:etiketteren|argumenteren|-0.98
regel:etiketteren|bekritiseren|-5.68
regel:etiketteren|etiketteren|11.83
regel:etiketteren|geruststellen|-0.99
regel:etiketteren|afleiden|-2.94
regel:etiketteren|vervolgafspraak|-1.0
regel:geen|ik-boodschap|-7.19
regel:geen|jij-boodschap|0.23
regel:geen|parafrase|-2.84
regel:geen|gevoelsreflectie|-1.2
regel:geen|samenvatting|-4.74
regel:geen|open-vraag|-3.0
regel:geen|bevelen|-0.36
regel:geen|waarschuwen|0.39
regel:geen|moraliseren|-0.94
regel:geen|adviseren|-0.97
regel:geen|argumenteren|-2.02
regel:geen|bekritiseren|0.64
regel:geen|prijzen|-1.14
regel:geen|etiketteren|1.03
regel:geen|interpreteren|-1.9
regel:geen|geruststellen|-0.12
regel:geen|ondervragen|-2.88
regel:geen|afleiden|0.12
regel:geen|afronding-aankondigen|-2.85
regel:geen|vervolgafspraak|-2.36
regel:geen|bedanken|-1.99
regel:geruststellen|jij-boodschap|-1.0
regel:geruststellen|gevoelsreflectie|0.85
regel:geruststellen|open-vraag|0.68
regel:geruststellen|bevelen|-0.6
regel:geruststellen|waarschuwen|-0.99
regel:geruststellen|moraliseren|-1.93
regel:geruststellen|argumenteren|-2.85
regel:geruststellen|bekritiseren|-2.96
regel:geruststellen|prijzen|-1.82
regel:geruststellen|interpreteren|-1.79
regel:geruststellen|geruststellen|15.16
regel:geruststellen|afleiden|-4.28
regel:geruststellen|afronding-aankondigen|-1.0
regel:geruststellen|bedanken|-1.0
regel:gevoelsreflectie|ik-boodschap|-1.07
regel:gevoelsreflectie|jij-boodschap|-1.76
regel:gevoelsreflectie|parafrase|-3.73
regel:gevoelsreflectie|gevoelsreflectie|17.78
regel:gevoelsreflectie|samenvatting|-2.86
regel:gevoelsreflectie|open-vraag|-2.7
regel:gevoelsreflectie|aanmoediging|-2.9
regel:gevoelsreflectie|bevelen|0.86
regel:gevoelsreflectie|moraliseren|-1.95
regel:gevoelsreflectie|argumenteren|0.82
regel:gevoelsreflectie|prijzen|-1.99
regel:gevoelsreflectie|etiketteren|-0.98
regel:gevoelsreflectie|interpreteren|-1.98
regel:gevoelsreflectie|geruststellen|-0.82
regel:gevoelsreflectie|afleiden|1.67
regel:gevoelsreflectie|afronding-aankondigen|-1.0
regel:gevoelsreflectie|bedanken|-0.99
regel:ik-boodschap|ik-boodschap|7.39
regel:ik-boodschap|jij-boodschap|-1.0
regel:ik-boodschap|parafrase|-1.94
regel:ik-boodschap|gevoelsreflectie|-2.42
regel:ik-boodschap|samenvatting|-2.9
regel:ik-boodschap|open-vraag|-0.96
regel:ik-boodschap|aanmoediging|-0.99
regel:ik-boodschap|bevelen|-1.0
regel:ik-boodschap|waarschuwen|-2.14
regel:ik-boodschap|moraliseren|-1.0
regel:ik-boodschap|adviseren|-0.98
regel:ik-boodschap|argumenteren|-0.98
regel:ik-boodschap|bekritiseren|-1.99
regel:ik-boodschap|prijzen|-1.0
regel:ik-boodschap|etiketteren|-0.99
regel:ik-boodschap|interpreteren|-0.99
regel:ik-boodschap|geruststellen|-1.96
regel:ik-boodschap|ondervragen|-1.0
regel:ik-boodschap|afronding-aankondigen|-0.98
regel:ik-boodschap|vervolgafspraak|-1.01
regel:ik-boodschap|bedanken|-0.94
regel:interpreteren|ik-boodschap|-0.94
regel:interpreteren|jij-boodschap|-0.94
regel:interpreteren|parafrase|-0.97
regel:interpreteren|bevelen|-2.88
regel:interpreteren|waarschuwen|-0.99
regel:interpreteren|moraliseren|-2.91
regel:interpreteren|adviseren|-1.78
regel:interpreteren|argumenteren|-0.87
regel:interpreteren|bekritiseren|-2.05
regel:interpreteren|prijzen|-0.98
regel:interpreteren|etiketteren|-0.32
regel:interpreteren|interpreteren|12.57
regel:interpreteren|geruststellen|-2.67
regel:interpreteren|ondervragen|-0.94
regel:interpreteren|afleiden|0.7
regel:interpreteren|bedanken|-0.99
regel:jij-boodschap|ik-boodschap|0.77
regel:jij-boodschap|jij-boodschap|9.85
regel:jij-boodschap|gevoelsreflectie|-2.57
regel:jij-boodschap|samenvatting|-0.96
regel:jij-boodschap|aanmoediging|-1.0
regel:jij-boodschap|bevelen|-0.99
regel:jij-boodschap|waarschuwen|-0.42
regel:jij-boodschap|moraliseren|-1.93
regel:jij-boodschap|adviseren|-1.92
regel:jij-boodschap|argumenteren|-1.27
regel:jij-boodschap|bekritiseren|2.68
regel:jij-boodschap|prijzen|-1.77
regel:jij-boodschap|etiketteren|3.1
regel:jij-boodschap|interpreteren|-0.99
regel:jij-boodschap|geruststellen|-1.73
regel:jij-boodschap|ondervragen|-1.01
regel:jij-boodschap|afleiden|-1.0
regel:jij-boodschap|afronding-aankondigen|-1.0
regel:jij-boodschap|vervolgafspraak|-2.0
regel:moraliseren|ik-boodschap|-0.87
regel:moraliseren|jij-boodschap|-1.88
regel:moraliseren|parafrase|0.96
regel:moraliseren|samenvatting|-0.99
regel:moraliseren|bevelen|-2.72
regel:moraliseren|waarschuwen|-1.9
regel:moraliseren|moraliseren|12.63
regel:moraliseren|adviseren|-1.98
regel:moraliseren|argumenteren|-1.78
regel:moraliseren|bekritiseren|-1.5
regel:moraliseren|prijzen|-0.89
regel:moraliseren|etiketteren|-1.0
regel:moraliseren|interpreteren|-0.96
regel:moraliseren|ondervragen|-1.0
regel:ondervragen|ik-boodschap|-0.97
regel:ondervragen|jij-boodschap|-0.11
regel:ondervragen|parafrase|-0.99
regel:ondervragen|samenvatting|-1.0
regel:ondervragen|open-vraag|-2.0
regel:ondervragen|bevelen|-0.98
regel:ondervragen|waarschuwen|-1.62
regel:ondervragen|adviseren|-1.87
regel:ondervragen|argumenteren|-0.83
regel:ondervragen|bekritiseren|0.42
regel:ondervragen|prijzen|-0.97
regel:ondervragen|etiketteren|-0.96
regel:ondervragen|interpreteren|-1.0
regel:ondervragen|ondervragen|8.65
regel:ondervragen|afleiden|-1.93
regel:open-vraag|ik-boodschap|1.83
regel:open-vraag|jij-boodschap|-1.91
regel:open-vraag|parafrase|-2.43
regel:open-vraag|gevoelsreflectie|-3.75
regel:open-vraag|samenvatting|-0.87
regel:open-vraag|open-vraag|18.54
regel:open-vraag|aanmoediging|-1.61
regel:open-vraag|moraliseren|-0.94
regel:open-vraag|adviseren|-1.03
regel:open-vraag|argumenteren|-1.0
regel:open-vraag|bekritiseren|-2.77
regel:open-vraag|etiketteren|-1.0
regel:open-vraag|ondervragen|-1.94
regel:open-vraag|afleiden|-0.72
regel:open-vraag|afronding-aankondigen|-1.0
regel:open-vraag|vervolgafspraak|-1.6
regel:parafrase|ik-boodschap|-0.99
regel:parafrase|jij-boodschap|-1.38
regel:parafrase|parafrase|15.07
regel:parafrase|gevoelsreflectie|-2.94
regel:parafrase|samenvatting|-2.16
regel:parafrase|open-vraag|-2.68
regel:parafrase|aanmoediging|-1.0
regel:parafrase|waarschuwen|-0.96
regel:parafrase|argumenteren|-0.91
regel:parafrase|bekritiseren|-0.94
regel:parafrase|prijzen|-0.91
regel:parafrase|geruststellen|-0.91
regel:parafrase|afleiden|-0.98
regel:prijzen|ik-boodschap|-1.0
regel:prijzen|jij-boodschap|-2.6
regel:prijzen|parafrase|-1.93
regel:prijzen|gevoelsreflectie|-1.99
regel:prijzen|waarschuwen|-1.88
regel:prijzen|moraliseren|-0.96
regel:prijzen|adviseren|-2.79
regel:prijzen|argumenteren|-1.0
regel:prijzen|bekritiseren|-0.95
regel:prijzen|prijzen|10.49
regel:prijzen|etiketteren|-3.58
regel:prijzen|interpreteren|-1.0
regel:prijzen|geruststellen|-1.95
regel:prijzen|vervolgafspraak|-1.88
regel:samenvatting|ik-boodschap|-3.77
regel:samenvatting|jij-boodschap|1.27
regel:samenvatting|parafrase|-3.82
regel:samenvatting|gevoelsreflectie|-2.82
regel:samenvatting|samenvatting|12.51
regel:samenvatting|open-vraag|-4.48
regel:samenvatting|aanmoediging|-0.97
regel:samenvatting|bevelen|-2.28
regel:samenvatting|waarschuwen|-2.38
regel:samenvatting|moraliseren|-0.97
regel:samenvatting|adviseren|-1.0
regel:samenvatting|argumenteren|-1.95
regel:samenvatting|bekritiseren|1.84
regel:samenvatting|interpreteren|-0.95
regel:samenvatting|afleiden|-0.75
regel:samenvatting|afronding-aankondigen|0.9
regel:vervolgafspraak|ik-boodschap|-0.82
regel:vervolgafspraak|jij-boodschap|-0.86
regel:vervolgafspraak|parafrase|-0.78
regel:vervolgafspraak|gevoelsreflectie|-0.2
regel:vervolgafspraak|samenvatting|0.15
regel:vervolgafspraak|open-vraag|-1.69
regel:vervolgafspraak|aanmoediging|-0.97
regel:vervolgafspraak|bevelen|0.15
regel:vervolgafspraak|adviseren|-1.06
regel:vervolgafspraak|bekritiseren|-0.93
regel:vervolgafspraak|prijzen|-0.9
regel:vervolgafspraak|etiketteren|-0.98
regel:vervolgafspraak|geruststellen|-0.81
regel:vervolgafspraak|afleiden|-1.87
regel:vervolgafspraak|afronding-aankondigen|-2.9
regel:vervolgafspraak|vervolgafspraak|9.73
regel:vervolgafspraak|bedanken|-3.87
regel:waarschuwen|ik-boodschap|-1.92
regel:waarschuwen|jij-boodschap|0.63
regel:waarschuwen|bevelen|-0.88
regel:waarschuwen|waarschuwen|15.55
regel:waarschuwen|moraliseren|-1.9
regel:waarschuwen|adviseren|-0.94
regel:waarschuwen|argumenteren|-0.99
regel:waarschuwen|bekritiseren|0.13
regel:waarschuwen|prijzen|-0.99
regel:waarschuwen|etiketteren|-0.98
regel:waarschuwen|interpreteren|-1.0
regel:waarschuwen|geruststellen|-0.85
regel:waarschuwen|ondervragen|-0.99
regel:waarschuwen|afleiden|-0.98
regel:waarschuwen|vervolgafspraak|-0.94
vraag|ik-boodschap|0.78
vraag|jij-boodschap|-0.11
vraag|parafrase|-0.61
vraag|gevoelsreflectie|-1.21
vraag|samenvatting|-2.02
vraag|open-vraag|4.04
vraag|bevelen|-0.9
vraag|waarschuwen|-0.98
vraag|moraliseren|-1.95
vraag|argumenteren|-0.89
vraag|bekritiseren|-1.25
vraag|prijzen|-0.1
vraag|etiketteren|-0.98
vraag|interpreteren|-1.0
vraag|geruststellen|-0.99
vraag|ondervragen|-1.82
vraag|afleiden|1.92
vraag|afronding-aankondigen|-1.98
vraag|vervolgafspraak|0.92
vraag|bedanken|-0.94
w:'ouwe'|ik-boodschap|0.99
w:'s|jij-boodschap|0.69
w:'s|gevoelsreflectie|-0.92
w:'s|samenvatting|-0.91
w:'s|adviseren|1.03
w:'s|bekritiseren|0.65
w:'s|ondervragen|1.0
w:'s|vervolgafspraak|-0.64
w:1|ik-boodschap|-0.89
w:1|jij-boodschap|-1.0
w:1|samenvatting|-0.89
w:1|waarschuwen|0.92
w:1|argumenteren|0.98
w:1|bekritiseren|-1.0
w:1|ondervragen|-0.99
w:1|vervolgafspraak|-0.89
w:12|argumenteren|0.92
w:14|samenvatting|0.91
w:14|open-vraag|-1.0
w:14|vervolgafspraak|0.91
w:2|jij-boodschap|-0.95
w:2|argumenteren|0.71
w:2|bekritiseren|-0.71
w:2|vervolgafspraak|-0.98
w:2b|bekritiseren|-0.98
w:3|ik-boodschap|-0.89
w:3|samenvatting|-0.89
w:3|bevelen|-1.0
w:3|waarschuwen|-1.0
w:3|adviseren|-1.0
w:3|argumenteren|2.98
w:3|vervolgafspraak|-0.89
w:3b|jij-boodschap|-0.67
w:4|ik-boodschap|-0.89
w:4|jij-boodschap|-0.95
w:4|parafrase|-1.0
w:4|samenvatting|-0.89
w:4|moraliseren|-0.96
w:4|argumenteren|2.55
w:4|bekritiseren|-0.71
w:4|afleiden|0.96
w:4|vervolgafspraak|-0.89
w:4e|samenvatting|-1.0
w:5|ik-boodschap|-1.79
w:5|jij-boodschap|-0.95
w:5|parafrase|-1.0
w:5|samenvatting|-1.79
w:5|argumenteren|2.7
w:5|bekritiseren|-0.71
w:5|vervolgafspraak|-1.79
w:5e|samenvatting|-1.0
w:5x|bekritiseren|-0.99
w:6|argumenteren|-0.81
w:7|prijzen|1.83
w:8|ik-boodschap|-0.89
w:8|samenvatting|-0.89
w:8|argumenteren|0.99
w:8|etiketteren|-0.63
w:8|vervolgafspraak|-0.89
w:9|jij-boodschap|-0.95
w:9|argumenteren|0.71
w:9|bekritiseren|-0.71
w:?|ik-boodschap|-1.16
w:?|jij-boodschap|-2.08
w:?|parafrase|-3.58
w:?|gevoelsreflectie|-0.36
w:?|samenvatting|-4.01
w:?|open-vraag|1.91
w:?|bevelen|-0.9
w:?|waarschuwen|-1.96
w:?|moraliseren|-1.95
w:?|adviseren|-1.78
w:?|argumenteren|-2.56
w:?|bekritiseren|-0.41
w:?|prijzen|-2.03
w:?|etiketteren|-0.98
w:?|interpreteren|-3.0
w:?|geruststellen|-0.99
w:?|ondervragen|3.99
w:?|afleiden|-1.93
w:?|afronding-aankondigen|-1.98
w:?|vervolgafspraak|0.92
w:?|bedanken|-0.94
w:aan|jij-boodschap|-0.88
w:aan|parafrase|1.97
w:aan|samenvatting|0.81
w:aan|open-vraag|0.44
w:aan|aanmoediging|-1.0
w:aan|bevelen|2.5
w:aan|waarschuwen|0.24
w:aan|moraliseren|-1.74
w:aan|adviseren|-0.14
w:aan|argumenteren|0.98
w:aan|bekritiseren|0.15
w:aan|prijzen|-1.99
w:aan|geruststellen|-1.73
w:aan|afleiden|0.67
w:aan|afronding-aankondigen|-1.99
w:aan|vervolgafspraak|0.79
w:aan|bedanken|-0.92
w:aanbieden|bevelen|0.97
w:aanbiedt|jij-boodschap|0.61
w:aandacht|jij-boodschap|-1.0
w:aandacht|waarschuwen|-0.99
w:aandacht|moraliseren|-0.99
w:aandacht|interpreteren|0.91
w:aangekomen|bekritiseren|-0.94
w:aankaart|parafrase|-0.99
w:aankloppen|gevoelsreflectie|0.93
w:aanpakken|ik-boodschap|-0.99
w:aanpakken|parafrase|-0.91
w:aanpakken|samenvatting|0.86
w:aanpakken|open-vraag|0.99
w:aansluiting|ik-boodschap|0.95
w:aansluiting|waarschuwen|-1.8
w:aansprak|gevoelsreflectie|-0.93
w:aansteller|jij-boodschap|0.98
w:aansteller|etiketteren|0.54
w:aantekeningen|etiketteren|-0.99
w:aantrekt|samenvatting|-0.94
w:aardrijkskunde|ik-boodschap|0.93
w:aardrijkskunde|jij-boodschap|-0.93
w:aardrijkskunde|bekritiseren|-1.64
w:absenties|etiketteren|-0.98
w:absenties|afronding-aankondigen|-0.86
w:ach|jij-boodschap|0.12
w:ach|gevoelsreflectie|0.98
w:ach|open-vraag|-0.93
w:ach|moraliseren|-0.9
w:ach|argumenteren|-1.92
w:ach|bekritiseren|-0.94
w:ach|prijzen|-0.96
w:ach|etiketteren|0.27
w:ach|geruststellen|-2.8
w:ach|afleiden|5.29
w:acht|ik-boodschap|-0.96
w:acht|bevelen|0.94
w:acht|bekritiseren|-0.96
w:achter|waarschuwen|-0.83
w:achter|vervolgafspraak|-0.99
w:achterin|samenvatting|-0.96
w:achterloopt|adviseren|-0.98
w:achterloopt|argumenteren|0.97
w:achterloopt|bekritiseren|-0.23
w:achterloopt|geruststellen|-0.96
w:administratie|ik-boodschap|0.94
w:administratie|jij-boodschap|-0.91
w:administratie|waarschuwen|-0.94
w:advies|moraliseren|-0.99
w:advies|adviseren|-0.94
w:advies|prijzen|1.0
w:advies|interpreteren|-1.0
w:advocaat|jij-boodschap|1.82
w:advocaat|gevoelsreflectie|-0.78
w:advocaat|bekritiseren|-1.81
w:advocaat|etiketteren|2.72
w:af|ik-boodschap|-2.25
w:af|samenvatting|-0.36
w:af|bevelen|0.98
w:af|waarschuwen|0.81
w:af|moraliseren|0.99
w:af|argumenteren|-0.97
w:af|bekritiseren|0.73
w:af|geruststellen|-0.77
w:af|afronding-aankondigen|1.9
w:af|vervolgafspraak|1.0
w:af|bedanken|0.96
w:afdeling|open-vraag|0.91
w:afgaat|jij-boodschap|-1.0
w:afgaat|bevelen|-0.62
w:afgaat|vervolgafspraak|-0.94
w:afgelopen|ik-boodschap|1.55
w:afgelopen|jij-boodschap|-0.93
w:afgelopen|bekritiseren|-0.7
w:afgemeld|ik-boodschap|-0.97
w:afgesloten|jij-boodschap|-0.98
w:afgezegd|jij-boodschap|1.8
w:afgezegd|bekritiseren|1.79
w:afheeft|open-vraag|0.98
w:afmaakt|geruststellen|-0.92
w:afronden|ik-boodschap|0.91
w:afronden|moraliseren|-0.87
w:afronden|afronding-aankondigen|2.0
w:afronden|vervolgafspraak|-1.03
w:afronden|bedanken|0.92
w:afschuift|bekritiseren|0.52
w:afsluiten|samenvatting|-0.97
w:afsluiten|bevelen|-0.96
w:afsluiten|afronding-aankondigen|1.87
w:afsluiten|vervolgafspraak|-1.9
w:afsluiten|bedanken|-1.93
w:afspraak|samenvatting|0.91
w:afspraak|argumenteren|-0.97
w:afspraak|bekritiseren|-0.99
w:afspraak|vervolgafspraak|0.91
w:afspraken|jij-boodschap|1.82
w:afspraken|open-vraag|0.63
w:afspraken|aanmoediging|-1.0
w:afspraken|bevelen|-1.0
w:afspraken|waarschuwen|-0.52
w:afspraken|adviseren|-0.99
w:afspraken|argumenteren|-1.0
w:afspraken|bekritiseren|1.02
w:afspraken|prijzen|-1.0
w:afspraken|ondervragen|-0.99
w:afspraken|afronding-aankondigen|-0.92
w:afspraken|vervolgafspraak|-1.0
w:afspraken|bedanken|-0.99
w:afspreken|ik-boodschap|0.98
w:afspreken|jij-boodschap|0.97
w:afspreken|samenvatting|0.85
w:afspreken|open-vraag|-0.78
w:afspreken|waarschuwen|-0.99
w:afspreken|adviseren|1.86
w:afspreken|bekritiseren|0.97
w:afspreken|afronding-aankondigen|-0.98
w:afspreken|vervolgafspraak|-0.98
w:afspreken|bedanken|-0.92
w:afwezig|ik-boodschap|0.94
w:afwezig|waarschuwen|-0.94
w:afzet|bevelen|0.94
w:agenda|samenvatting|1.0
w:agenda|open-vraag|-0.94
w:agenda|adviseren|0.82
w:agenda|prijzen|0.98
w:agenda|geruststellen|-0.85
w:agenda|vervolgafspraak|1.96
w:akkoord|adviseren|-0.97
w:akkoord|bekritiseren|-0.95
w:akkoord|prijzen|1.75
w:akkoord|etiketteren|-0.97
w:akkoord|vervolgafspraak|-1.88
w:al|ik-boodschap|-0.77
w:al|jij-boodschap|0.9
w:al|samenvatting|-1.78
w:al|open-vraag|-0.98
w:al|aanmoediging|0.65
w:al|waarschuwen|-2.7
w:al|adviseren|1.8
w:al|argumenteren|1.86
w:al|bekritiseren|-1.44
w:al|prijzen|-0.97
w:al|etiketteren|-0.63
w:al|ondervragen|-0.92
w:al|vervolgafspraak|-1.91
w:alle|jij-boodschap|0.83
w:alle|aanmoediging|0.94
w:alle|argumenteren|1.0
w:alle|bekritiseren|0.96
w:alle|etiketteren|-0.96
w:allebei|samenvatting|0.82
w:allebei|vervolgafspraak|-0.58
w:allebei|bedanken|-0.98
w:alleen|ik-boodschap|-1.73
w:alleen|gevoelsreflectie|0.87
w:alleen|bekritiseren|0.14
w:alleen|interpreteren|-0.95
w:alleen|geruststellen|-0.77
w:allemaal|ik-boodschap|0.92
w:allemaal|jij-boodschap|-0.14
w:allemaal|gevoelsreflectie|0.88
w:allemaal|waarschuwen|-0.99
w:allemaal|prijzen|1.95
w:allemaal|afleiden|1.86
w:alles|jij-boodschap|1.93
w:alles|parafrase|-0.96
w:alles|gevoelsreflectie|-2.51
w:alles|aanmoediging|-0.94
w:alles|bevelen|-0.93
w:alles|bekritiseren|1.52
w:alles|etiketteren|0.34
w:alles|afleiden|-1.0
w:alles|vervolgafspraak|-0.93
w:als|ik-boodschap|-0.92
w:als|jij-boodschap|0.77
w:als|parafrase|1.02
w:als|gevoelsreflectie|-0.74
w:als|samenvatting|-0.11
w:als|open-vraag|-0.4
w:als|aanmoediging|-1.0
w:als|bevelen|-1.77
w:als|waarschuwen|1.3
w:als|moraliseren|2.86
w:als|adviseren|0.78
w:als|argumenteren|-1.94
w:als|bekritiseren|-1.08
w:als|prijzen|1.03
w:als|etiketteren|0.36
w:als|interpreteren|-2.99
w:als|geruststellen|-1.95
w:als|afleiden|-1.0
w:als|afronding-aankondigen|-0.98
w:als|vervolgafspraak|-0.46
w:als|bedanken|-1.94
w:alsof|jij-boodschap|0.91
w:alsof|gevoelsreflectie|2.87
w:alsof|open-vraag|-0.94
w:alsof|bevelen|-0.91
w:alsof|moraliseren|-0.99
w:alsof|bekritiseren|0.14
w:alsof|geruststellen|-0.74
w:alstublieft|bevelen|0.87
w:altijd|jij-boodschap|-1.9
w:altijd|aanmoediging|-0.96
w:altijd|bevelen|-0.91
w:altijd|waarschuwen|-0.91
w:altijd|moraliseren|-1.0
w:altijd|adviseren|-0.98
w:altijd|bekritiseren|-0.43
w:altijd|prijzen|1.89
w:altijd|etiketteren|-0.81
w:altijd|interpreteren|-1.0
w:altijd|ondervragen|-0.99
w:altijd|vervolgafspraak|-0.89
w:altijd|bedanken|-0.74
w:amira|ik-boodschap|0.19
w:amira|gevoelsreflectie|-0.99
w:ander|jij-boodschap|-0.59
w:ander|open-vraag|-1.0
w:ander|bevelen|-0.97
w:ander|moraliseren|0.97
w:ander|afleiden|0.81
w:andere|jij-boodschap|-0.98
w:andere|parafrase|2.76
w:andere|gevoelsreflectie|-0.93
w:andere|samenvatting|-0.99
w:andere|adviseren|-0.99
w:andere|bekritiseren|-1.0
w:andere|prijzen|-0.98
w:andere|ondervragen|-1.0
w:andere|afleiden|-0.98
w:anderen|ik-boodschap|2.93
w:anderen|gevoelsreflectie|-0.83
w:anderen|samenvatting|-0.98
w:anderen|open-vraag|0.98
w:anderen|aanmoediging|-0.99
w:anderen|bevelen|-1.8
w:anderen|bekritiseren|1.0
w:anderen|vervolgafspraak|-0.93
w:anders|ik-boodschap|-1.0
w:anders|parafrase|0.99
w:anders|gevoelsreflectie|-1.0
w:anders|bevelen|-1.13
w:anders|waarschuwen|2.49
w:anders|argumenteren|-2.0
w:anders|prijzen|1.0
w:anders|etiketteren|-1.0
w:anders|afleiden|0.96
w:andersom|jij-boodschap|1.64
w:andersom|bekritiseren|1.76
w:angst|gevoelsreflectie|0.89
w:anouk|argumenteren|-0.98
w:antwoord|argumenteren|-0.97
w:antwoorden|bekritiseren|0.91
w:apart|gevoelsreflectie|-0.83
w:apart|samenvatting|-0.91
w:apart|bevelen|-0.93
w:apart|vervolgafspraak|-0.93
w:app|ik-boodschap|-1.0
w:app|jij-boodschap|0.77
w:app|parafrase|0.96
w:app|bekritiseren|0.94
w:app|vervolgafspraak|0.98
w:avond|open-vraag|-1.92
w:avond|adviseren|1.74
w:avondeten|open-vraag|-1.0
w:avonds|waarschuwen|-0.75
w:avonds|adviseren|1.03
w:avonds|bekritiseren|0.61
w:ayoub|ik-boodschap|0.87
w:ayoub|samenvatting|0.92
w:ayoub|waarschuwen|-0.92
w:baalt|gevoelsreflectie|0.98
w:baalt|open-vraag|-0.98
w:baalt|moraliseren|-0.96
w:baalt|geruststellen|-0.95
w:baalt|ondervragen|-0.98
w:baalt|afleiden|0.96
w:baby|bevelen|-0.99
w:baby|etiketteren|0.51
w:baby|afleiden|-0.94
w:bakker|etiketteren|-0.97
w:bakker|afleiden|-0.69
w:bakker|vervolgafspraak|0.96
w:balen|gevoelsreflectie|-0.76
w:balen|open-vraag|1.0
w:balen|afronding-aankondigen|-1.0
w:bang|jij-boodschap|-0.96
w:bang|parafrase|-0.86
w:bang|samenvatting|0.89
w:bang|adviseren|-0.81
w:bang|etiketteren|-0.93
w:bang|interpreteren|1.98
w:bang|geruststellen|0.85
w:bang|bedanken|-0.99
w:bas|ik-boodschap|0.93
w:basisschool|vervolgafspraak|-0.95
w:bed|bevelen|-1.0
w:bed|moraliseren|1.0
w:bed|adviseren|-0.88
w:bed|bekritiseren|0.83
w:bed|prijzen|-0.89
w:bed|interpreteren|0.91
w:bedacht|ondervragen|0.91
w:bedankt|ik-boodschap|-0.98
w:bedankt|jij-boodschap|-1.0
w:bedankt|samenvatting|0.94
w:bedankt|waarschuwen|-0.96
w:bedankt|bekritiseren|0.67
w:bedankt|interpreteren|-1.0
w:bedankt|afronding-aankondigen|0.92
w:bedankt|vervolgafspraak|-0.94
w:bedankt|bedanken|1.74
w:bedoeling|etiketteren|-0.85
w:bedoelt|parafrase|0.81
w:bedoelt|argumenteren|-1.85
w:bedoelt|geruststellen|-0.92
w:bedtijd|samenvatting|0.85
w:bedtijd|adviseren|1.0
w:bedtijd|bedanken|-0.92
w:beetje|ik-boodschap|-0.94
w:beetje|jij-boodschap|-0.72
w:beetje|parafrase|-1.0
w:beetje|gevoelsreflectie|2.08
w:beetje|samenvatting|-1.0
w:beetje|etiketteren|-0.96
w:beetje|geruststellen|-0.98
w:beetje|afleiden|0.96
w:begeleiden|parafrase|-0.95
w:begeleiden|waarschuwen|1.65
w:begeleider|prijzen|-0.9
w:begeleider|afronding-aankondigen|-0.9
w:begeleiders|gevoelsreflectie|-0.93
w:begin|prijzen|-0.95
w:beginnen|ik-boodschap|0.96
w:beginnen|gevoelsreflectie|1.0
w:beginnen|open-vraag|1.0
w:beginnen|etiketteren|-0.98
w:beginnen|afleiden|-1.72
w:beginnen|vervolgafspraak|-0.92
w:begint|jij-boodschap|0.85
w:begint|samenvatting|-0.96
w:begint|bekritiseren|0.56
w:begint|etiketteren|-0.95
w:begint|interpreteren|0.95
w:begint|vervolgafspraak|-0.99
w:begon|parafrase|1.85
w:begon|waarschuwen|-0.96
w:begrepen|parafrase|0.74
w:begrijp|ik-boodschap|-1.94
w:begrijp|parafrase|2.41
w:begrijp|gevoelsreflectie|1.06
w:begrijp|open-vraag|-0.78
w:begrijp|aanmoediging|1.0
w:begrijp|waarschuwen|-0.96
w:begrijp|adviseren|-0.99
w:begrijp|argumenteren|0.82
w:begrijp|bekritiseren|-0.87
w:begrijp|prijzen|-0.91
w:begrijp|geruststellen|1.07
w:begrijp|afleiden|0.71
w:begrijpen|afronding-aankondigen|-0.98
w:begrijpen|vervolgafspraak|-0.98
w:begrijpt|ik-boodschap|-1.0
w:begrijpt|parafrase|-0.97
w:begrijpt|gevoelsreflectie|-1.92
w:begrijpt|open-vraag|0.96
w:begrijpt|argumenteren|-1.0
w:behandeld|jij-boodschap|-0.59
w:behandeld|bevelen|-0.97
w:behandeld|moraliseren|0.97
w:behandelt|jij-boodschap|-0.59
w:behandelt|parafrase|0.99
w:behandelt|bevelen|-0.97
w:behandelt|moraliseren|0.97
w:behoorlijk|ik-boodschap|-0.96
w:behoorlijk|gevoelsreflectie|2.58
w:behoorlijk|argumenteren|-0.99
w:behoorlijk|bekritiseren|0.92
w:behulpzaam|bekritiseren|1.92
w:behulpzaam|etiketteren|-0.86
w:behulpzaam|bedanken|-1.76
w:behulpzame|jij-boodschap|-0.91
w:behulpzame|bekritiseren|-0.91
w:behulpzame|etiketteren|-0.91
w:bel|ik-boodschap|-0.91
w:bel|gevoelsreflectie|-0.99
w:bel|open-vraag|-0.78
w:bel|bevelen|-1.92
w:bel|waarschuwen|1.29
w:bel|adviseren|-0.99
w:bel|vervolgafspraak|2.97
w:bel|bedanken|1.01
w:belachelijke|bekritiseren|0.99
w:belachelijke|geruststellen|-0.99
w:belangrijkere|afleiden|0.93
w:bellen|bevelen|-0.93
w:bellen|bekritiseren|-2.41
w:bellen|vervolgafspraak|0.97
w:belonen|ik-boodschap|-0.92
w:beloof|ik-boodschap|-0.91
w:beloof|geruststellen|0.91
w:beloop|jij-boodschap|0.96
w:beloop|bekritiseren|0.96
w:belt|jij-boodschap|-0.86
w:belt|bevelen|2.7
w:belt|waarschuwen|-1.0
w:belt|argumenteren|-1.0
w:bemoeien|bekritiseren|0.97
w:bemoeit|gevoelsreflectie|-0.88
w:bemoeit|bekritiseren|1.07
w:ben|ik-boodschap|3.76
w:ben|parafrase|0.95
w:ben|gevoelsreflectie|-0.99
w:ben|samenvatting|-1.94
w:ben|open-vraag|1.03
w:ben|aanmoediging|-0.35
w:ben|bevelen|0.93
w:ben|waarschuwen|-0.99
w:ben|argumenteren|-1.0
w:ben|bekritiseren|-0.78
w:ben|geruststellen|0.92
w:ben|afleiden|-0.98
w:ben|bedanken|0.99
w:beneden|parafrase|0.98
w:beneden|adviseren|1.9
w:benieuwd|open-vraag|0.98
w:bent|ik-boodschap|-2.71
w:bent|jij-boodschap|-0.8
w:bent|parafrase|-1.25
w:bent|gevoelsreflectie|2.88
w:bent|samenvatting|1.84
w:bent|aanmoediging|-0.96
w:bent|bevelen|-0.18
w:bent|waarschuwen|-0.89
w:bent|moraliseren|-0.99
w:bent|adviseren|-2.64
w:bent|argumenteren|-1.15
w:bent|bekritiseren|-3.56
w:bent|prijzen|1.24
w:bent|etiketteren|3.57
w:bent|interpreteren|0.87
w:bent|geruststellen|1.02
w:bent|ondervragen|1.93
w:bent|afleiden|-1.88
w:bent|afronding-aankondigen|-0.96
w:bent|vervolgafspraak|-0.99
w:bent|bedanken|0.8
w:beoordelen|bevelen|-0.9
w:beoordelingscriteria|parafrase|-0.98
w:beoordelingsrubric|argumenteren|-0.93
w:bereiken|open-vraag|0.78
w:berekend|interpreteren|-0.93
w:bericht|ik-boodschap|-0.92
w:bericht|jij-boodschap|0.93
w:bericht|argumenteren|0.94
w:bericht|bekritiseren|1.55
w:berichten|jij-boodschap|1.8
w:berichten|bekritiseren|0.9
w:beschermt|bekritiseren|-0.93
w:besloten|ondervragen|0.91
w:besluit|geruststellen|0.98
w:bespreken|ik-boodschap|0.86
w:bespreken|samenvatting|0.91
w:bespreken|bekritiseren|-0.93
w:bespreken|prijzen|-0.89
w:bespreken|afleiden|0.86
w:besproken|ik-boodschap|-0.98
w:besproken|parafrase|-1.0
w:besproken|gevoelsreflectie|-1.0
w:besproken|samenvatting|1.0
w:besproken|argumenteren|-1.0
w:best|ik-boodschap|0.13
w:best|jij-boodschap|-1.2
w:best|parafrase|0.95
w:best|gevoelsreflectie|0.88
w:best|waarschuwen|-0.42
w:best|moraliseren|0.87
w:best|adviseren|-2.77
w:best|bekritiseren|-0.97
w:best|etiketteren|-1.7
w:best|afleiden|-0.98
w:beste|jij-boodschap|-0.78
w:beste|open-vraag|-0.88
w:beste|moraliseren|0.99
w:beste|adviseren|0.12
w:beste|prijzen|1.96
w:beste|interpreteren|-0.95
w:beste|geruststellen|0.75
w:beter|jij-boodschap|-0.33
w:beter|samenvatting|1.81
w:beter|aanmoediging|-0.96
w:beter|bevelen|0.29
w:beter|bekritiseren|0.4
w:beter|prijzen|-0.99
w:beter|etiketteren|0.96
w:beter|vervolgafspraak|-0.96
w:betrokken|parafrase|-0.97
w:betrokken|bevelen|-0.99
w:betrokken|adviseren|0.82
w:betrokken|prijzen|1.17
w:bevallen|open-vraag|0.91
w:bevalt|open-vraag|-1.65
w:bevalt|afleiden|0.88
w:bevorderen|waarschuwen|1.0
w:bewezen|geruststellen|-0.99
w:bezig|ik-boodschap|0.82
w:bezig|bekritiseren|0.82
w:bezig|interpreteren|0.99
w:bezorgd|ik-boodschap|0.97
w:bezorgd|jij-boodschap|-0.97
w:bezorgd|open-vraag|-0.91
w:bezorgd|bekritiseren|-0.97
w:beëindig|jij-boodschap|-0.93
w:beëindig|afronding-aankondigen|1.95
w:beëindigen|afronding-aankondigen|0.98
w:beëindigen|vervolgafspraak|0.99
w:bibliotheek|adviseren|0.99
w:bibliotheek|ondervragen|-0.99
w:bieden|jij-boodschap|-1.0
w:bieden|moraliseren|1.0
w:bieden|adviseren|-1.0
w:bieden|etiketteren|-1.0
w:biedt|bevelen|1.45
w:biedt|moraliseren|-0.89
w:bij|ik-boodschap|2.78
w:bij|jij-boodschap|-2.49
w:bij|gevoelsreflectie|-1.78
w:bij|open-vraag|0.99
w:bij|aanmoediging|-1.0
w:bij|waarschuwen|-1.13
w:bij|moraliseren|-1.87
w:bij|adviseren|-0.97
w:bij|argumenteren|-1.01
w:bij|bekritiseren|-2.96
w:bij|prijzen|-0.93
w:bij|etiketteren|-0.98
w:bij|ondervragen|-0.99
w:bij|afleiden|-0.3
w:bij|afronding-aankondigen|0.74
w:bij|vervolgafspraak|2.3
w:bijbaan|moraliseren|-0.97
w:bijbaantje|moraliseren|-0.98
w:bijbaantje|interpreteren|-0.98
w:bijhoudt|ik-boodschap|-0.71
w:bijhoudt|samenvatting|0.97
w:bijhoudt|vervolgafspraak|0.94
w:bijles|parafrase|0.6
w:bijles|gevoelsreflectie|-1.0
w:bijles|samenvatting|2.91
w:bijles|open-vraag|-0.92
w:bijles|bevelen|0.72
w:bijles|adviseren|0.86
w:bijles|argumenteren|-1.0
w:bijles|bekritiseren|-0.97
w:bijles|prijzen|0.96
w:bijles|afronding-aankondigen|1.87
w:bijles|vervolgafspraak|0.92
w:bijles|bedanken|0.92
w:bijna|ik-boodschap|0.1
w:bijna|jij-boodschap|-0.91
w:bijna|moraliseren|-0.92
w:bijna|interpreteren|-0.92
w:bijna|afronding-aankondigen|0.99
w:bijna|bedanken|-1.0
w:bijvoorbeeld|adviseren|0.98
w:bijwerkt|ik-boodschap|0.86
w:bijwerkt|vervolgafspraak|-0.95
w:bilal|ik-boodschap|0.83
w:binnen|bekritiseren|-0.75
w:binnen|etiketteren|-0.98
w:binnengekregen|bekritiseren|-0.96
w:binnenkomt|samenvatting|-0.91
w:binnenkomt|open-vraag|0.92
w:binnenkomt|prijzen|-1.0
w:binnenkomt|interpreteren|-0.99
w:binnenkwam|ik-boodschap|0.91
w:binnenkwam|interpreteren|-0.91
w:binnenslenteren|bevelen|-0.91
w:biologie|bekritiseren|-0.96
w:biologie|etiketteren|-0.63
w:biologie|afleiden|0.93
w:blaadjes|etiketteren|-0.99
w:blauw|ik-boodschap|0.91
w:blij|ik-boodschap|0.99
w:blij|geruststellen|0.98
w:blijft|ik-boodschap|0.98
w:blijft|jij-boodschap|-0.93
w:blijft|samenvatting|-0.14
w:blijft|open-vraag|0.98
w:blijft|bevelen|-0.5
w:blijft|waarschuwen|2.0
w:blijft|argumenteren|0.99
w:blijft|bekritiseren|-0.99
w:blijft|prijzen|-0.99
w:blijft|geruststellen|0.85
w:blijkbaar|bekritiseren|0.93
w:blijkbaar|etiketteren|0.95
w:blijkt|argumenteren|0.99
w:blijven|ik-boodschap|1.85
w:blijven|jij-boodschap|-0.96
w:blijven|interpreteren|0.97
w:blijven|afleiden|0.96
w:blijven|afronding-aankondigen|1.0
w:boek|geruststellen|-0.91
w:boeken|ik-boodschap|-0.9
w:boeken|open-vraag|-0.14
w:boeken|bekritiseren|-0.97
w:boeken|afleiden|-0.96
w:boeken|vervolgafspraak|-0.97
w:boos|ik-boodschap|0.71
w:boos|parafrase|-0.32
w:boos|gevoelsreflectie|1.12
w:boos|open-vraag|-0.92
w:boos|aanmoediging|-1.0
w:boos|bevelen|0.84
w:boos|etiketteren|-0.98
w:boos|geruststellen|-0.82
w:boos|ondervragen|0.96
w:boos|afleiden|0.71
w:bovenbouw|waarschuwen|-0.99
w:bram|ik-boodschap|2.15
w:bram|jij-boodschap|-0.82
w:bram|gevoelsreflectie|-0.93
w:bram|open-vraag|-0.93
w:bram|bevelen|-0.1
w:bram|moraliseren|-0.92
w:bram|adviseren|-1.0
w:bram|argumenteren|-0.98
w:bram|bekritiseren|-0.83
w:bram|etiketteren|-0.49
w:bram|interpreteren|-0.92
w:bram|geruststellen|-0.77
w:bram|afleiden|0.22
w:brengen|parafrase|-1.0
w:brengen|bevelen|1.0
w:brengen|argumenteren|-1.0
w:brief|ik-boodschap|-1.95
w:brief|samenvatting|-0.99
w:briefje|jij-boodschap|-0.94
w:briefje|bevelen|0.94
w:broertje|afleiden|-0.66
w:brugklas|moraliseren|-0.9
w:brugklassers|prijzen|-0.95
w:brugklassers|geruststellen|0.84
w:brutaal|etiketteren|-1.86
w:brutaal|interpreteren|0.89
w:buikpijn|gevoelsreflectie|-0.92
w:buikpijn|moraliseren|-0.99
w:buikpijn|adviseren|-0.96
w:buikpijn|argumenteren|-0.87
w:buikpijn|etiketteren|-0.35
w:buiten|ik-boodschap|0.16
w:buiten|samenvatting|-0.96
w:buiten|bevelen|0.99
w:buiten|waarschuwen|1.65
w:buiten|adviseren|0.96
w:bureau|bevelen|0.93
w:capuchon|ik-boodschap|-0.91
w:carnavalsvakantie|ik-boodschap|-1.0
w:carnavalsvakantie|samenvatting|1.0
w:chagrijn|prijzen|-0.99
w:chagrijn|etiketteren|0.99
w:checken|parafrase|0.9
w:checken|geruststellen|-0.85
w:cijfer|jij-boodschap|-0.39
w:cijfer|parafrase|1.0
w:cijfer|gevoelsreflectie|-0.97
w:cijfer|aanmoediging|-1.0
w:cijfer|bekritiseren|-1.16
w:cijfer|interpreteren|-0.93
w:cijfer|geruststellen|-1.0
w:cijfer|vervolgafspraak|0.97
w:cijfers|ik-boodschap|-1.88
w:cijfers|jij-boodschap|-0.85
w:cijfers|samenvatting|2.75
w:cijfers|open-vraag|0.49
w:cijfers|waarschuwen|-0.92
w:cijfers|moraliseren|-0.97
w:cijfers|adviseren|-1.0
w:cijfers|bekritiseren|-1.86
w:cijfers|etiketteren|-0.98
w:cijfers|interpreteren|1.91
w:cijfers|afleiden|-1.69
w:cijfers|vervolgafspraak|-2.65
w:clown|jij-boodschap|0.76
w:clown|argumenteren|-1.9
w:clown|etiketteren|1.63
w:collega|bekritiseren|-0.75
w:collega|etiketteren|-0.98
w:collega|vervolgafspraak|0.97
w:collega's|argumenteren|0.98
w:collega's|bekritiseren|-0.85
w:combineert|prijzen|0.98
w:combineert|geruststellen|-0.98
w:communiceren|bekritiseren|0.96
w:concentratie|gevoelsreflectie|-0.97
w:concentratie|aanmoediging|-0.99
w:concentreren|ik-boodschap|0.89
w:concentreren|open-vraag|-0.91
w:concentreren|adviseren|-0.98
w:conciërge|waarschuwen|1.65
w:conciërge|ondervragen|1.0
w:conciërge|afleiden|-1.0
w:consequent|jij-boodschap|-0.88
w:constructief|bekritiseren|0.82
w:contact|parafrase|-0.94
w:contact|open-vraag|0.56
w:contact|aanmoediging|-0.99
w:contact|etiketteren|-0.97
w:controleert|parafrase|-0.99
w:controleert|open-vraag|-1.0
w:controleert|adviseren|-0.88
w:curlingouder|afleiden|-1.0
w:daan|ik-boodschap|-0.93
w:daan|parafrase|0.99
w:daan|gevoelsreflectie|0.9
w:daan|samenvatting|0.99
w:daan|bevelen|0.11
w:daan|argumenteren|-0.97
w:daan|prijzen|-1.88
w:daan|afleiden|0.1
w:daan|vervolgafspraak|1.61
w:daan|bedanken|-0.94
w:daar|ik-boodschap|0.26
w:daar|jij-boodschap|0.92
w:daar|parafrase|-0.99
w:daar|gevoelsreflectie|0.79
w:daar|samenvatting|-0.13
w:daar|open-vraag|0.4
w:daar|waarschuwen|-0.99
w:daar|adviseren|-1.98
w:daar|argumenteren|1.86
w:daar|bekritiseren|0.57
w:daar|prijzen|-0.99
w:daar|etiketteren|0.1
w:daar|interpreteren|-0.92
w:daar|ondervragen|-1.0
w:daar|afleiden|1.92
w:daar|afronding-aankondigen|-1.0
w:daardoor|ik-boodschap|0.96
w:daardoor|gevoelsreflectie|-0.83
w:daardoor|open-vraag|0.92
w:daardoor|bevelen|-0.93
w:daardoor|vervolgafspraak|-0.93
w:daarmee|afronding-aankondigen|0.88
w:daarna|samenvatting|-0.62
w:daarna|bevelen|-0.98
w:daarna|bekritiseren|-0.95
w:daarna|vervolgafspraak|0.99
w:daarom|parafrase|0.95
w:daarom|samenvatting|-0.95
w:daarom|bevelen|-0.89
w:daaronder|gevoelsreflectie|0.89
w:daarop|samenvatting|-0.96
w:daarover|open-vraag|-0.97
w:daarover|prijzen|-0.99
w:daarover|afleiden|0.99
w:daartegenaan|jij-boodschap|-0.91
w:daartegenaan|open-vraag|0.63
w:daartegenaan|bekritiseren|-0.91
w:daarvan|ik-boodschap|0.91
w:daarvoor|samenvatting|0.99
w:daarvoor|open-vraag|-0.99
w:daarvoor|bevelen|-0.65
w:daarvoor|waarschuwen|-0.56
w:daarvoor|bekritiseren|-0.97
w:daarvoor|interpreteren|-0.97
w:daarvoor|bedanken|1.96
w:dacht|open-vraag|-0.94
w:daden|moraliseren|0.99
w:dag|samenvatting|0.63
w:dag|open-vraag|-0.91
w:dag|bevelen|0.99
w:dag|waarschuwen|1.79
w:dagen|samenvatting|-0.99
w:dalen|parafrase|-0.99
w:dalen|samenvatting|1.0
w:dalen|adviseren|-1.0
w:dan|ik-boodschap|3.43
w:dan|jij-boodschap|-0.63
w:dan|parafrase|1.01
w:dan|gevoelsreflectie|-0.2
w:dan|samenvatting|-2.6
w:dan|open-vraag|-0.96
w:dan|aanmoediging|-1.93
w:dan|waarschuwen|0.47
w:dan|argumenteren|-0.97
w:dan|bekritiseren|-2.0
w:dan|prijzen|2.0
w:dan|interpreteren|-1.02
w:dan|geruststellen|-1.8
w:dan|ondervragen|1.0
w:dan|afleiden|-1.96
w:dan|afronding-aankondigen|-0.85
w:dan|vervolgafspraak|0.92
w:dan|bedanken|0.98
w:daniël|open-vraag|-0.97
w:dank|ik-boodschap|-0.91
w:dank|parafrase|-0.98
w:dank|bevelen|-0.99
w:dank|adviseren|-0.91
w:dank|bekritiseren|-1.67
w:dank|prijzen|-1.73
w:dank|interpreteren|-0.97
w:dank|afronding-aankondigen|1.0
w:dank|vervolgafspraak|0.19
w:dank|bedanken|4.08
w:dankbaar|gevoelsreflectie|-0.99
w:dankbaar|bedanken|0.99
w:dankjewel|afronding-aankondigen|-0.99
w:dankjewel|bedanken|0.96
w:dat|ik-boodschap|-1.48
w:dat|jij-boodschap|-0.76
w:dat|parafrase|1.68
w:dat|gevoelsreflectie|1.49
w:dat|samenvatting|-2.19
w:dat|open-vraag|1.2
w:dat|aanmoediging|-3.78
w:dat|bevelen|-0.5
w:dat|waarschuwen|-2.26
w:dat|adviseren|-3.64
w:dat|bekritiseren|0.12
w:dat|etiketteren|-2.94
w:dat|interpreteren|-0.87
w:dat|afronding-aankondigen|-2.2
w:dat|vervolgafspraak|-2.74
w:dat|bedanken|1.53
w:datum|bedanken|0.96
w:de|ik-boodschap|1.36
w:de|jij-boodschap|-1.49
w:de|parafrase|0.6
w:de|gevoelsreflectie|-1.97
w:de|samenvatting|2.48
w:de|open-vraag|-2.08
w:de|aanmoediging|-2.95
w:de|bevelen|-1.0
w:de|waarschuwen|-1.73
w:de|moraliseren|-1.94
w:de|adviseren|-0.88
w:de|bekritiseren|-1.47
w:de|prijzen|-2.0
w:de|etiketteren|-0.45
w:de|interpreteren|-1.96
w:de|geruststellen|-1.84
w:de|ondervragen|-0.21
w:de|afleiden|-1.32
w:de|afronding-aankondigen|-2.91
w:de|vervolgafspraak|1.15
w:de|bedanken|-2.9
w:deadline|argumenteren|0.97
w:deed|ik-boodschap|-0.98
w:deed|parafrase|-0.68
w:deed|moraliseren|0.94
w:deed|bekritiseren|-0.95
w:deelt|gevoelsreflectie|-0.98
w:deelt|bekritiseren|-0.79
w:deelt|prijzen|-0.97
w:definitief|bevelen|-1.0
w:definitief|interpreteren|-1.0
w:degene|jij-boodschap|1.64
w:degene|bekritiseren|1.76
w:degene|etiketteren|-0.95
w:dekt|jij-boodschap|0.94
w:dekt|bekritiseren|0.94
w:delen|bekritiseren|-0.97
w:delen|bedanken|0.97
w:denk|ik-boodschap|-1.94
w:denk|jij-boodschap|1.0
w:denk|parafrase|-1.0
w:denk|waarschuwen|-0.99
w:denk|bekritiseren|0.72
w:denk|etiketteren|0.97
w:denk|interpreteren|3.84
w:denk|afleiden|-0.98
w:denk|afronding-aankondigen|0.75
w:denk|vervolgafspraak|-0.92
w:denken|prijzen|0.96
w:denken|afleiden|0.9
w:denkt|gevoelsreflectie|-1.0
w:denkt|open-vraag|0.9
w:denkt|bekritiseren|1.81
w:denkt|geruststellen|0.99
w:denkt|ondervragen|-0.91
w:derde|ik-boodschap|1.88
w:derde|waarschuwen|-0.94
w:derde|ondervragen|1.0
w:derde|afleiden|-1.0
w:deur|ik-boodschap|0.36
w:deur|gevoelsreflectie|-0.96
w:dex|vervolgafspraak|-0.64
w:deze|ik-boodschap|-0.98
w:deze|jij-boodschap|-1.71
w:deze|gevoelsreflectie|-0.76
w:deze|samenvatting|-1.0
w:deze|waarschuwen|-0.52
w:deze|argumenteren|-0.97
w:deze|bekritiseren|-2.03
w:deze|geruststellen|0.91
w:deze|afronding-aankondigen|-1.0
w:deze|vervolgafspraak|-0.99
w:dichtklapt|ik-boodschap|0.98
w:dichtklapt|gevoelsreflectie|0.72
w:dichtklapt|samenvatting|-0.98
w:dichtklapt|open-vraag|1.93
w:dichtsloeg|ik-boodschap|-0.6
w:dichtsmeet|ik-boodschap|0.96
w:dichtsmeet|gevoelsreflectie|-0.96
w:die|jij-boodschap|1.61
w:die|parafrase|2.89
w:die|gevoelsreflectie|-0.87
w:die|open-vraag|0.92
w:die|bevelen|-1.43
w:die|moraliseren|0.86
w:die|adviseren|-2.81
w:die|argumenteren|0.13
w:die|bekritiseren|1.2
w:die|prijzen|1.03
w:die|etiketteren|1.61
w:die|interpreteren|0.91
w:die|ondervragen|-1.94
w:die|afleiden|0.83
w:die|afronding-aankondigen|-0.92
w:die|vervolgafspraak|-2.65
w:dient|bevelen|0.98
w:digitale|interpreteren|-0.99
w:dingen|jij-boodschap|-0.85
w:dingen|parafrase|-1.0
w:dingen|gevoelsreflectie|-1.0
w:dingen|samenvatting|1.92
w:dingen|open-vraag|-0.85
w:dingen|waarschuwen|-0.96
w:dingen|argumenteren|-1.0
w:dingen|afleiden|1.16
w:dingen|afronding-aankondigen|-0.97
w:dinsdag|ik-boodschap|-0.94
w:dinsdag|parafrase|-0.78
w:dinsdag|gevoelsreflectie|-0.99
w:dinsdag|samenvatting|-0.35
w:dinsdag|ondervragen|-0.99
w:dinsdag|afronding-aankondigen|0.91
w:dinsdag|vervolgafspraak|1.91
w:dinsdag|bedanken|0.99
w:dipje|geruststellen|0.99
w:dipje|afleiden|-0.83
w:diploma|waarschuwen|0.92
w:diploma|geruststellen|-0.85
w:dit|ik-boodschap|-0.98
w:dit|jij-boodschap|-1.83
w:dit|parafrase|-0.96
w:dit|gevoelsreflectie|2.63
w:dit|samenvatting|-0.97
w:dit|open-vraag|2.0
w:dit|bevelen|-0.47
w:dit|waarschuwen|0.95
w:dit|moraliseren|-0.96
w:dit|adviseren|-1.81
w:dit|argumenteren|-1.92
w:dit|bekritiseren|0.38
w:dit|prijzen|1.03
w:dit|etiketteren|-1.86
w:dit|interpreteren|0.82
w:dit|geruststellen|-0.19
w:dit|afleiden|-1.84
w:dit|afronding-aankondigen|0.22
w:dit|vervolgafspraak|-1.97
w:dit|bedanken|0.94
w:docent|ik-boodschap|-1.59
w:docent|parafrase|-0.78
w:docent|samenvatting|1.61
w:docent|open-vraag|-0.92
w:docent|moraliseren|1.97
w:docent|argumenteren|-0.81
w:docent|bekritiseren|0.99
w:docenten|jij-boodschap|0.93
w:docenten|bekritiseren|0.52
w:docentenvergadering|prijzen|1.0
w:docentenvergadering|interpreteren|-1.0
w:dochter|ik-boodschap|0.91
w:dochter|jij-boodschap|0.95
w:dochter|moraliseren|-0.91
w:dochter|prijzen|-0.94
w:dochter|etiketteren|-0.57
w:doe|jij-boodschap|-2.23
w:doe|bevelen|-0.14
w:doe|moraliseren|0.88
w:doe|argumenteren|-0.99
w:doe|bekritiseren|-1.79
w:doe|etiketteren|1.9
w:doe|geruststellen|-0.99
w:doen|gevoelsreflectie|-0.83
w:doen|bevelen|-1.92
w:doen|waarschuwen|0.91
w:doen|bekritiseren|0.1
w:doen|prijzen|-0.98
w:doen|etiketteren|-0.19
w:doen|interpreteren|0.95
w:doen|geruststellen|0.92
w:doen|vervolgafspraak|-0.93
w:doet|ik-boodschap|0.93
w:doet|jij-boodschap|0.94
w:doet|parafrase|-0.99
w:doet|samenvatting|-0.84
w:doet|open-vraag|-1.04
w:doet|bevelen|-0.89
w:doet|waarschuwen|0.12
w:doet|argumenteren|-0.98
w:doet|bekritiseren|0.83
w:doet|interpreteren|0.99
w:doet|geruststellen|1.1
w:doet|ondervragen|-0.94
w:doet|afleiden|1.53
w:doktersbriefje|afleiden|-0.93
w:dom|etiketteren|-0.87
w:donderdag|ik-boodschap|-0.97
w:donderdag|samenvatting|-1.61
w:donderdag|prijzen|-0.9
w:donderdag|afronding-aankondigen|-0.92
w:donderdag|vervolgafspraak|3.69
w:donderdagavond|ik-boodschap|-0.91
w:donderdagavond|samenvatting|-0.91
w:donderdagavond|adviseren|-0.91
w:door|ik-boodschap|0.93
w:door|jij-boodschap|1.96
w:door|parafrase|-0.87
w:door|gevoelsreflectie|2.02
w:door|samenvatting|-0.86
w:door|open-vraag|-0.95
w:door|aanmoediging|1.91
w:door|bevelen|-1.87
w:door|geruststellen|-1.0
w:door|vervolgafspraak|1.0
w:doordat|parafrase|-0.97
w:doordat|interpreteren|1.91
w:doordat|geruststellen|-1.68
w:doordeweeks|prijzen|-0.99
w:doordeweeks|afleiden|-0.96
w:doorgaan|prijzen|-0.99
w:doorgaat|jij-boodschap|1.56
w:doorgaat|waarschuwen|1.43
w:doorgaat|moraliseren|-0.95
w:doorgaat|bekritiseren|0.13
w:doorgeven|ik-boodschap|0.94
w:doorgeven|waarschuwen|-0.94
w:doorheen|ik-boodschap|-0.96
w:doorheen|gevoelsreflectie|0.96
w:doorheen|geruststellen|1.93
w:doorheen|afleiden|-0.96
w:doorneemt|adviseren|0.92
w:dossier|ik-boodschap|-1.0
w:dossier|jij-boodschap|-1.0
w:dossier|parafrase|-1.0
w:dossier|gevoelsreflectie|-1.0
w:dossier|samenvatting|-1.0
w:dossier|open-vraag|-1.0
w:dossier|aanmoediging|-1.0
w:dossier|bevelen|-1.0
w:dossier|waarschuwen|-1.0
w:dossier|moraliseren|-1.0
w:dossier|adviseren|-1.0
w:dossier|argumenteren|-1.0
w:dossier|bekritiseren|-1.0
w:dossier|prijzen|-1.0
w:dossier|etiketteren|-1.0
w:dossier|interpreteren|-1.0
w:dossier|geruststellen|-1.0
w:dossier|ondervragen|-1.0
w:dossier|afleiden|-1.0
w:dossier|afronding-aankondigen|-1.0
w:dossier|vervolgafspraak|-1.0
w:dossier|bedanken|-1.0
w:drama|moraliseren|-1.0
w:dramatisch|jij-boodschap|-1.0
w:dramatisch|waarschuwen|-1.0
w:dramatisch|argumenteren|-0.9
w:dramatisch|etiketteren|1.0
w:dramatisch|geruststellen|0.96
w:drammer|bekritiseren|-1.0
w:drie|ik-boodschap|0.39
w:drie|jij-boodschap|-1.04
w:drie|parafrase|-1.0
w:drie|gevoelsreflectie|-1.0
w:drie|samenvatting|2.84
w:drie|open-vraag|-2.62
w:drie|argumenteren|0.99
w:drie|bekritiseren|-0.89
w:drie|etiketteren|-0.63
w:drie|interpreteren|-1.0
w:drie|afleiden|-0.75
w:drie|afronding-aankondigen|-0.97
w:drie|vervolgafspraak|1.86
w:drie|bedanken|0.92
w:dromer|moraliseren|-0.99
w:dromer|adviseren|-0.99
w:druk|gevoelsreflectie|-0.91
w:druk|bevelen|-0.76
w:druk|waarschuwen|-0.9
w:druk|argumenteren|-0.95
w:druk|bekritiseren|-0.88
w:druk|interpreteren|-0.91
w:druk|geruststellen|0.98
w:druk|vervolgafspraak|-0.95
w:drukke|argumenteren|-0.91
w:duidelijk|gevoelsreflectie|0.8
w:duidelijk|bevelen|0.82
w:duidelijk|argumenteren|2.9
w:duidelijk|geruststellen|-0.93
w:duidelijk|vervolgafspraak|0.89
w:duits|samenvatting|0.96
w:duits|vervolgafspraak|-0.96
w:durfde|bedanken|0.95
w:dus|ik-boodschap|-2.03
w:dus|jij-boodschap|-3.07
w:dus|parafrase|4.03
w:dus|gevoelsreflectie|-1.26
w:dus|samenvatting|1.57
w:dus|open-vraag|-0.93
w:dus|aanmoediging|-1.0
w:dus|waarschuwen|-1.88
w:dus|adviseren|-1.85
w:dus|bekritiseren|-0.59
w:dus|prijzen|5.41
w:dus|etiketteren|-2.61
w:dus|interpreteren|-1.98
w:dus|geruststellen|-0.9
w:dus|afleiden|-0.89
w:dus|bedanken|-0.78
w:duurt|moraliseren|0.98
w:dwingen|bevelen|0.84
w:dwingen|bekritiseren|-0.84
w:dyslexie|bekritiseren|-0.97
w:echt|ik-boodschap|3.7
w:echt|jij-boodschap|-0.26
w:echt|parafrase|-1.07
w:echt|gevoelsreflectie|0.46
w:echt|samenvatting|-0.97
w:echt|open-vraag|-0.33
w:echt|waarschuwen|-0.99
w:echt|adviseren|-0.9
w:echt|bekritiseren|-0.83
w:echt|prijzen|-0.98
w:echt|etiketteren|0.86
w:echt|interpreteren|-1.82
w:echt|geruststellen|3.96
w:echt|ondervragen|-0.98
w:echt|afleiden|-1.89
w:echt|vervolgafspraak|-2.94
w:echte|jij-boodschap|0.91
w:echte|prijzen|-0.91
w:echte|etiketteren|1.25
w:echte|geruststellen|-0.91
w:een|ik-boodschap|-1.09
w:een|jij-boodschap|-0.11
w:een|parafrase|-2.05
w:een|gevoelsreflectie|0.95
w:een|samenvatting|0.1
w:een|open-vraag|-0.9
w:een|aanmoediging|-1.33
w:een|bevelen|-2.3
w:een|waarschuwen|-2.22
w:een|moraliseren|-0.98
w:een|adviseren|-0.93
w:een|argumenteren|2.45
w:een|bekritiseren|-2.91
w:een|prijzen|0.96
w:een|etiketteren|1.56
w:een|interpreteren|-1.91
w:een|geruststellen|0.62
w:een|ondervragen|-1.89
w:een|afleiden|-1.01
w:een|afronding-aankondigen|1.06
w:een|vervolgafspraak|0.19
w:eenmaal|jij-boodschap|1.78
w:eenmaal|parafrase|-1.0
w:eenmaal|bevelen|-1.84
w:eenmaal|moraliseren|1.87
w:eenmaal|adviseren|-0.99
w:eenmaal|argumenteren|-0.86
w:eenmaal|bekritiseren|-0.74
w:eenmaal|etiketteren|0.19
w:eenmaal|afleiden|0.93
w:eens|ik-boodschap|0.99
w:eens|jij-boodschap|-1.11
w:eens|parafrase|-1.94
w:eens|gevoelsreflectie|-0.99
w:eens|samenvatting|-1.72
w:eens|open-vraag|1.0
w:eens|aanmoediging|-1.0
w:eens|bevelen|-0.81
w:eens|moraliseren|-0.97
w:eens|adviseren|1.78
w:eens|argumenteren|-1.92
w:eens|bekritiseren|-1.22
w:eens|etiketteren|-0.68
w:eens|interpreteren|-2.95
w:eens|geruststellen|-0.12
w:eens|ondervragen|-0.99
w:eens|afleiden|1.84
w:eens|afronding-aankondigen|-0.99
w:eenvoudig|argumenteren|0.97
w:eerder|gevoelsreflectie|0.25
w:eerder|adviseren|-0.92
w:eerder|bekritiseren|-1.01
w:eerder|prijzen|-0.97
w:eerder|etiketteren|-0.97
w:eerder|interpreteren|0.95
w:eerlijk|ik-boodschap|-0.98
w:eerlijk|jij-boodschap|0.97
w:eerlijk|gevoelsreflectie|-1.28
w:eerlijk|open-vraag|0.78
w:eerlijk|moraliseren|0.98
w:eerlijk|bekritiseren|1.05
w:eerlijk|interpreteren|-0.92
w:eerlijk|geruststellen|-0.98
w:eerlijk|afronding-aankondigen|-0.96
w:eerlijk|bedanken|0.79
w:eerst|bevelen|1.49
w:eerst|adviseren|1.84
w:eerst|interpreteren|-0.97
w:eerst|geruststellen|-0.91
w:eerste|ik-boodschap|-0.17
w:eerste|jij-boodschap|-1.86
w:eerste|parafrase|-0.91
w:eerste|open-vraag|1.9
w:eerste|waarschuwen|-0.96
w:eerste|moraliseren|-0.9
w:eerste|bekritiseren|-0.75
w:eerste|geruststellen|0.91
w:eerste|afleiden|0.75
w:eerste|vervolgafspraak|0.34
w:eeuw|jij-boodschap|1.86
w:eeuw|etiketteren|0.98
w:eigen|geruststellen|-1.0
w:eigenlijk|ik-boodschap|-0.95
w:eigenlijk|gevoelsreflectie|-1.72
w:eigenlijk|open-vraag|-2.58
w:eigenlijk|moraliseren|-0.99
w:eigenlijk|adviseren|-0.81
w:eigenlijk|bekritiseren|-0.3
w:eigenlijk|prijzen|-0.99
w:eigenlijk|interpreteren|3.0
w:eigenlijk|geruststellen|-2.94
w:eigenlijk|ondervragen|-0.94
w:eigenlijk|afleiden|3.77
w:eigenlijk|bedanken|-0.99
w:eind|ik-boodschap|-0.81
w:eind|jij-boodschap|-0.99
w:eind|waarschuwen|0.85
w:einde|gevoelsreflectie|0.98
w:einde|afleiden|0.72
w:eindelijk|jij-boodschap|1.78
w:eindelijk|gevoelsreflectie|-0.91
w:eindelijk|bekritiseren|1.67
w:elf|jij-boodschap|-0.39
w:elf|argumenteren|0.93
w:elf|ondervragen|1.0
w:elkaar|gevoelsreflectie|-0.72
w:elkaar|samenvatting|-0.54
w:elkaar|moraliseren|0.89
w:elkaar|etiketteren|-0.98
w:elkaar|geruststellen|-0.81
w:elkaar|afleiden|-0.99
w:elkaar|afronding-aankondigen|-0.91
w:elke|ik-boodschap|1.05
w:elke|jij-boodschap|1.92
w:elke|parafrase|-0.78
w:elke|samenvatting|0.31
w:elke|open-vraag|-0.94
w:elke|bevelen|0.99
w:elke|adviseren|1.78
w:elke|bekritiseren|1.94
w:elke|geruststellen|0.88
w:elke|afleiden|1.68
w:emma|ik-boodschap|-0.19
w:emotioneel|gevoelsreflectie|0.91
w:en|ik-boodschap|3.73
w:en|jij-boodschap|1.12
w:en|parafrase|-3.99
w:en|gevoelsreflectie|-4.54
w:en|samenvatting|4.69
w:en|open-vraag|0.14
w:en|bevelen|0.25
w:en|waarschuwen|0.91
w:en|moraliseren|-1.88
w:en|adviseren|-3.95
w:en|bekritiseren|0.12
w:en|prijzen|-2.96
w:en|etiketteren|-0.98
w:en|interpreteren|-2.95
w:en|geruststellen|-1.82
w:en|afleiden|-2.76
w:en|vervolgafspraak|2.61
w:en|bedanken|-0.98
w:eng|gevoelsreflectie|1.56
w:engels|ik-boodschap|0.84
w:engels|jij-boodschap|-0.67
w:engels|samenvatting|0.86
w:engels|open-vraag|0.99
w:engels|argumenteren|-0.82
w:engels|bekritiseren|-0.63
w:engels|vervolgafspraak|0.93
w:enkel|jij-boodschap|1.86
w:enkel|bekritiseren|0.6
w:enkele|ik-boodschap|1.89
w:enkele|jij-boodschap|-2.86
w:enkele|bekritiseren|-2.2
w:enkele|etiketteren|-1.0
w:enorm|waarschuwen|0.99
w:enorm|prijzen|0.91
w:enorm|bedanken|-0.74
w:enorme|gevoelsreflectie|0.47
w:er|ik-boodschap|0.56
w:er|jij-boodschap|-0.87
w:er|parafrase|-1.78
w:er|gevoelsreflectie|0.14
w:er|samenvatting|-1.99
w:er|open-vraag|1.6
w:er|aanmoediging|-1.0
w:er|bevelen|-0.93
w:er|waarschuwen|-0.35
w:er|moraliseren|-0.9
w:er|adviseren|-1.06
w:er|argumenteren|-1.92
w:er|bekritiseren|0.45
w:er|etiketteren|-1.0
w:er|interpreteren|-1.84
w:er|geruststellen|-1.7
w:er|ondervragen|-0.92
w:er|afleiden|0.9
w:er|afronding-aankondigen|0.98
w:er|vervolgafspraak|0.97
w:er|bedanken|-0.99
w:eraan|bekritiseren|0.52
w:erbij|ik-boodschap|-0.97
w:erbij|gevoelsreflectie|0.88
w:erbij|samenvatting|-0.85
w:erbij|vervolgafspraak|1.0
w:erg|ik-boodschap|0.83
w:erg|jij-boodschap|1.31
w:erg|samenvatting|-0.93
w:erg|bevelen|-1.0
w:erg|argumenteren|-0.97
w:erg|bekritiseren|0.81
w:erg|prijzen|0.91
w:erg|afleiden|-0.78
w:erg|vervolgafspraak|-1.0
w:erg|bedanken|-0.74
w:erger|bekritiseren|0.52
w:ernst|vervolgafspraak|-1.0
w:erop|samenvatting|-0.94
w:eruit|jij-boodschap|1.56
w:eruit|samenvatting|0.91
w:eruit|waarschuwen|0.97
w:eruit|bekritiseren|1.12
w:eruit|vervolgafspraak|0.91
w:ervan|ik-boodschap|0.77
w:ervan|moraliseren|-0.96
w:ervan|bekritiseren|-0.92
w:ervan|afleiden|0.96
w:ervan|afronding-aankondigen|-1.0
w:ervaring|prijzen|1.91
w:ervoor|bevelen|1.0
w:ervoor|bekritiseren|-0.97
w:evalueren|afleiden|-0.88
w:even|ik-boodschap|0.13
w:even|jij-boodschap|-1.68
w:even|parafrase|-1.04
w:even|gevoelsreflectie|-0.21
w:even|samenvatting|0.95
w:even|open-vraag|-1.11
w:even|bevelen|0.43
w:even|waarschuwen|-0.56
w:even|moraliseren|-1.0
w:even|adviseren|0.98
w:even|argumenteren|-0.96
w:even|bekritiseren|-1.71
w:even|prijzen|1.77
w:even|etiketteren|-0.98
w:even|afleiden|2.73
w:evi|gevoelsreflectie|-0.99
w:examen|gevoelsreflectie|0.77
w:examen|geruststellen|0.9
w:examenreglement|argumenteren|0.94
w:examens|jij-boodschap|-0.82
w:examens|bevelen|-0.82
w:examens|geruststellen|0.95
w:examensecretaris|argumenteren|0.97
w:excursie|parafrase|-0.88
w:excursie|prijzen|0.8
w:excuses|jij-boodschap|-0.39
w:excuses|bevelen|2.42
w:excuses|moraliseren|0.11
w:excuses|adviseren|-1.0
w:excuses|etiketteren|-1.0
w:excuses|vervolgafspraak|-0.72
w:expres|ik-boodschap|-0.98
w:extra|jij-boodschap|-0.93
w:extra|samenvatting|0.99
w:extra|adviseren|0.11
w:extra|etiketteren|-0.7
w:extra|interpreteren|0.96
w:extra|vervolgafspraak|-0.89
w:faalangst|moraliseren|-0.99
w:falen|etiketteren|-0.93
w:fatima|bekritiseren|-0.86
w:fatsoen|interpreteren|-0.96
w:fatsoenlijk|afleiden|-0.72
w:februari|argumenteren|1.0
w:feit|jij-boodschap|-0.96
w:feit|argumenteren|1.97
w:feit|bekritiseren|-0.99
w:fel|bevelen|-1.0
w:fel|bekritiseren|-1.0
w:fel|interpreteren|1.0
w:fenna|bekritiseren|-0.95
w:fietsenhok|parafrase|-0.98
w:fietsenhok|adviseren|-0.98
w:fietsenstalling|ik-boodschap|0.98
w:fietst|gevoelsreflectie|-0.99
w:fijn|ik-boodschap|1.87
w:fijn|jij-boodschap|1.18
w:fijn|bekritiseren|0.22
w:fijn|prijzen|-0.97
w:fijn|etiketteren|-0.97
w:fijn|interpreteren|-0.97
w:fijn|vervolgafspraak|-0.99
w:fijne|jij-boodschap|-0.7
w:fijne|bekritiseren|-0.95
w:fijne|prijzen|0.97
w:fijne|afronding-aankondigen|-1.0
w:filmpje|ik-boodschap|0.83
w:finn|ik-boodschap|-0.96
w:finn|prijzen|0.94
w:fleur|parafrase|-0.95
w:fleur|bevelen|-0.99
w:formulier|bevelen|0.93
w:fouten|jij-boodschap|-0.39
w:fouten|argumenteren|0.93
w:frans|ik-boodschap|-1.69
w:frans|parafrase|-0.78
w:frans|samenvatting|1.61
w:frustreert|ik-boodschap|0.98
w:ga|ik-boodschap|-0.95
w:ga|jij-boodschap|-0.99
w:ga|parafrase|-0.68
w:ga|gevoelsreflectie|-1.0
w:ga|open-vraag|-1.93
w:ga|bevelen|2.22
w:ga|waarschuwen|0.24
w:ga|moraliseren|-0.11
w:ga|prijzen|-1.0
w:ga|geruststellen|-1.99
w:ga|ondervragen|-0.92
w:ga|afleiden|0.92
w:ga|vervolgafspraak|-0.98
w:gaan|ik-boodschap|0.98
w:gaan|jij-boodschap|0.83
w:gaan|parafrase|-0.96
w:gaan|gevoelsreflectie|0.91
w:gaan|bevelen|-0.99
w:gaan|moraliseren|0.91
w:gaan|adviseren|1.93
w:gaan|bekritiseren|0.96
w:gaan|etiketteren|-0.98
w:gaan|geruststellen|0.72
w:gaan|vervolgafspraak|-0.99
w:gaan|bedanken|-1.0
w:gaat|ik-boodschap|-1.75
w:gaat|jij-boodschap|-1.02
w:gaat|parafrase|-1.74
w:gaat|gevoelsreflectie|-2.22
w:gaat|samenvatting|3.23
w:gaat|open-vraag|0.26
w:gaat|aanmoediging|0.94
w:gaat|waarschuwen|-0.89
w:gaat|moraliseren|1.0
w:gaat|argumenteren|-0.73
w:gaat|bekritiseren|-1.01
w:gaat|prijzen|-0.99
w:gaat|interpreteren|1.85
w:gaat|geruststellen|1.03
w:gaat|ondervragen|-0.99
w:gaat|afleiden|-0.9
w:gaat|afronding-aankondigen|-0.93
w:gaat|vervolgafspraak|-2.56
w:gaf|jij-boodschap|-0.91
w:gaf|open-vraag|0.63
w:gaf|bekritiseren|-0.91
w:gamen|jij-boodschap|1.59
w:gamen|adviseren|-0.99
w:gamen|bekritiseren|1.81
w:gamen|prijzen|-0.99
w:gamen|ondervragen|0.82
w:gamet|samenvatting|-1.0
w:gamet|interpreteren|-1.0
w:gang|ik-boodschap|0.93
w:gang|gevoelsreflectie|-0.83
w:gang|samenvatting|-0.86
w:gang|bevelen|-0.99
w:gang|waarschuwen|1.15
w:gapen|ik-boodschap|0.96
w:gapen|samenvatting|-0.96
w:gapen|adviseren|0.96
w:gaten|interpreteren|-1.0
w:gaten|vervolgafspraak|0.92
w:gaten|bedanken|0.92
w:gebeld|jij-boodschap|-3.79
w:gebeld|parafrase|0.68
w:gebeld|bekritiseren|-0.21
w:gebeld|ondervragen|0.95
w:gebeld|bedanken|-0.98
w:gebeurd|ik-boodschap|0.96
w:gebeurd|parafrase|0.27
w:gebeurd|gevoelsreflectie|0.11
w:gebeurd|open-vraag|1.64
w:gebeurde|parafrase|-0.98
w:gebeurde|adviseren|-0.98
w:gebeurde|afleiden|-0.71
w:gebeuren|waarschuwen|-0.8
w:gebeuren|moraliseren|-0.96
w:gebeuren|geruststellen|1.84
w:gebeurt|ik-boodschap|-1.0
w:gebeurt|parafrase|-0.99
w:gebeurt|gevoelsreflectie|-1.69
w:gebeurt|samenvatting|1.87
w:gebeurt|waarschuwen|0.64
w:gebeurt|adviseren|-0.94
w:gebeurt|geruststellen|1.0
w:gebeurt|afleiden|-0.78
w:gebouw|afleiden|0.96
w:gebracht|parafrase|0.74
w:gebruiken|open-vraag|-0.88
w:gebruiken|adviseren|0.97
w:gedaan|jij-boodschap|-1.0
w:gedaan|gevoelsreflectie|1.0
w:gedaan|open-vraag|-1.0
w:gedaan|aanmoediging|-1.0
w:gedaan|bevelen|-0.93
w:gedaan|moraliseren|1.0
w:gedaan|adviseren|-1.0
w:gedaan|bekritiseren|-1.71
w:gedaan|prijzen|-0.97
w:gedaan|etiketteren|-1.0
w:gedaan|geruststellen|-0.87
w:gedacht|adviseren|1.85
w:gedoe|open-vraag|-0.93
w:gedoe|bevelen|-0.89
w:gedoe|bekritiseren|-0.97
w:gedoe|etiketteren|1.66
w:gedoe|afleiden|0.93
w:gedraagt|jij-boodschap|1.96
w:gedraagt|waarschuwen|-0.99
w:gedraagt|bekritiseren|0.57
w:gedraagt|etiketteren|1.0
w:gedraai|samenvatting|-1.0
w:gedraai|bekritiseren|1.0
w:gedrag|argumenteren|-0.96
w:gedrag|geruststellen|-0.91
w:gedrag|vervolgafspraak|-0.92
w:gedragen|moraliseren|0.99
w:gedragen|afleiden|-0.94
w:gedreigd|bekritiseren|0.82
w:geduwd|ik-boodschap|1.54
w:geduwd|gevoelsreflectie|0.83
w:geef|bekritiseren|0.95
w:geeft|parafrase|0.95
w:geeft|gevoelsreflectie|-0.92
w:geeft|bevelen|0.65
w:geen|ik-boodschap|3.04
w:geen|jij-boodschap|-0.99
w:geen|parafrase|-0.96
w:geen|gevoelsreflectie|-0.23
w:geen|open-vraag|-0.17
w:geen|bevelen|-0.18
w:geen|waarschuwen|-1.0
w:geen|moraliseren|-1.0
w:geen|argumenteren|2.67
w:geen|bekritiseren|0.44
w:geen|prijzen|0.96
w:geen|etiketteren|-1.0
w:geen|interpreteren|-0.91
w:geen|geruststellen|0.87
w:geen|vervolgafspraak|-1.07
w:gefrusteerd|prijzen|-0.99
w:gefrusteerd|bedanken|-0.99
w:gehaald|etiketteren|-0.63
w:gehad|ik-boodschap|0.62
w:gehad|gevoelsreflectie|0.92
w:gehad|samenvatting|0.98
w:gehad|moraliseren|-0.97
w:gehad|bekritiseren|-2.61
w:gehad|etiketteren|1.61
w:gehad|geruststellen|-0.98
w:gehad|afleiden|-0.75
w:geholpen|jij-boodschap|-0.99
w:geholpen|bekritiseren|-0.8
w:gehoord|jij-boodschap|-1.0
w:gehoord|samenvatting|-0.99
w:gehoord|interpreteren|-1.0
w:gehouden|jij-boodschap|0.99
w:gek|bekritiseren|0.69
w:gekeken|jij-boodschap|0.83
w:gekeken|bekritiseren|0.96
w:gekomen|parafrase|0.95
w:gekomen|gevoelsreflectie|-0.98
w:gekomen|bevelen|-0.99
w:gekomen|prijzen|-1.73
w:gekomen|ondervragen|0.99
w:gekomen|bedanken|2.0
w:gekozen|open-vraag|-1.91
w:gekregen|ik-boodschap|-0.81
w:gekregen|bekritiseren|-0.99
w:gekregen|afleiden|-0.96
w:gekwetst|parafrase|1.87
w:gelaten|gevoelsreflectie|0.99
w:gelaten|prijzen|-0.99
w:gelden|argumenteren|1.0
w:geldt|samenvatting|-0.99
w:geldt|argumenteren|0.99
w:geleerd|jij-boodschap|-1.59
w:geleerd|moraliseren|0.91
w:geleerd|bekritiseren|-2.58
w:gelezen|ik-boodschap|-0.99
w:gelezen|parafrase|0.95
w:gelezen|gevoelsreflectie|-0.88
w:gelezen|bekritiseren|0.12
w:gelezen|ondervragen|0.94
w:gelijk|jij-boodschap|-0.17
w:gelijk|argumenteren|0.93
w:gelijk|bekritiseren|-0.76
w:geloof|ik-boodschap|-0.97
w:gelopen|gevoelsreflectie|0.95
w:gelukkig|etiketteren|-0.98
w:gelukt|gevoelsreflectie|0.99
w:gelukt|interpreteren|-0.99
w:gemaakt|ik-boodschap|0.78
w:gemaakt|parafrase|0.98
w:gemaakt|argumenteren|-1.0
w:gemaakt|afronding-aankondigen|-0.92
w:gemaild|jij-boodschap|-1.0
w:gemaild|argumenteren|0.92
w:gemaild|bekritiseren|0.91
w:gemaild|interpreteren|-1.0
w:gemakzuchtig|bekritiseren|-2.3
w:gemakzuchtig|etiketteren|0.91
w:gemeen|bekritiseren|1.02
w:gemeente|vervolgafspraak|0.97
w:gemeld|jij-boodschap|0.12
w:gemeld|gevoelsreflectie|0.92
w:gemeld|bekritiseren|-0.94
w:gemengde|adviseren|-0.94
w:gemiddeld|argumenteren|-0.96
w:gemiddelde|jij-boodschap|-0.93
w:gemiddelde|samenvatting|-0.89
w:gemiddelde|argumenteren|0.16
w:gemiddelde|bekritiseren|-0.7
w:gemiddelde|vervolgafspraak|-0.89
w:gemist|ik-boodschap|0.91
w:gemist|argumenteren|0.97
w:gemotiveerd|jij-boodschap|0.44
w:gemotiveerd|etiketteren|-0.58
w:genegeerd|parafrase|0.8
w:genegeerd|bekritiseren|-1.0
w:genoeg|open-vraag|-0.97
w:genoeg|waarschuwen|-0.99
w:genoeg|prijzen|-0.99
w:genoeg|afleiden|0.99
w:genomen|bekritiseren|0.91
w:genomen|interpreteren|-0.99
w:gepast|bekritiseren|1.13
w:gepest|moraliseren|0.93
w:gepest|interpreteren|0.95
w:gepraat|afronding-aankondigen|0.88
w:geraakt|ik-boodschap|0.91
w:gereageerd|jij-boodschap|0.93
w:gereageerd|bekritiseren|0.86
w:gerust|ik-boodschap|-0.98
w:gerust|gevoelsreflectie|0.75
w:gerust|samenvatting|-0.91
w:gerust|aanmoediging|0.99
w:gerust|adviseren|0.93
w:gerust|bekritiseren|-0.96
w:gerust|interpreteren|-0.93
w:gerust|geruststellen|0.82
w:geschiedenis|vervolgafspraak|-0.96
w:geschopt|bekritiseren|0.92
w:geschorst|bevelen|0.51
w:geschorst|waarschuwen|0.76
w:geschorst|argumenteren|-0.99
w:geschrokken|ik-boodschap|2.8
w:geschrokken|gevoelsreflectie|0.92
w:geschrokken|samenvatting|-0.99
w:geschrokken|open-vraag|0.96
w:geschrokken|argumenteren|0.82
w:geschrokken|geruststellen|-1.72
w:gesprek|ik-boodschap|-0.91
w:gesprek|jij-boodschap|-0.91
w:gesprek|gevoelsreflectie|1.6
w:gesprek|samenvatting|-1.88
w:gesprek|waarschuwen|0.97
w:gesprek|adviseren|-0.91
w:gesprek|bekritiseren|-1.6
w:gesprek|etiketteren|-0.98
w:gesprek|ondervragen|0.93
w:gesprek|afleiden|-0.96
w:gesprek|afronding-aankondigen|2.17
w:gesprek|vervolgafspraak|0.69
w:gesprekje|vervolgafspraak|0.96
w:gesproken|adviseren|-0.92
w:gesproken|vervolgafspraak|-0.92
w:gesteund|gevoelsreflectie|0.97
w:gestuurd|jij-boodschap|1.55
w:gestuurd|waarschuwen|1.0
w:gestuurd|moraliseren|-0.95
w:gestuurd|bekritiseren|1.68
w:getekend|bekritiseren|-0.93
w:geval|etiketteren|0.95
w:gevallen|ik-boodschap|0.95
w:gevallen|bekritiseren|0.95
w:geven|gevoelsreflectie|-0.99
w:geven|aanmoediging|-0.98
w:geven|bevelen|-0.92
w:geven|waarschuwen|-0.91
w:geven|moraliseren|0.99
w:geven|bekritiseren|-0.96
w:geven|interpreteren|0.96
w:gevoel|gevoelsreflectie|-0.85
w:gevolgen|waarschuwen|1.0
w:gevolgen|moraliseren|0.99
w:geweest|jij-boodschap|-0.88
w:geweest|gevoelsreflectie|2.44
w:geweest|prijzen|-0.99
w:geweest|etiketteren|-0.98
w:geweest|geruststellen|-0.83
w:geweest|bedanken|-0.96
w:geweld|jij-boodschap|-0.97
w:geweld|bekritiseren|-1.53
w:geweldige|bekritiseren|2.96
w:geweldige|prijzen|0.76
w:geweldige|bedanken|-1.89
w:gewend|geruststellen|0.91
w:gewerkt|jij-boodschap|-1.81
w:gewerkt|bekritiseren|-0.91
w:gewond|ik-boodschap|0.98
w:gewone|jij-boodschap|-1.0
w:gewone|gevoelsreflectie|-1.0
w:gewone|open-vraag|1.0
w:gewone|aanmoediging|-1.0
w:gewone|argumenteren|-1.0
w:gewone|bekritiseren|-1.0
w:gewoon|ik-boodschap|-2.72
w:gewoon|jij-boodschap|1.96
w:gewoon|parafrase|-1.99
w:gewoon|gevoelsreflectie|-1.31
w:gewoon|samenvatting|-0.63
w:gewoon|bevelen|0.89
w:gewoon|moraliseren|0.92
w:gewoon|adviseren|1.99
w:gewoon|argumenteren|0.96
w:gewoon|bekritiseren|0.58
w:gewoon|prijzen|-0.88
w:gewoon|etiketteren|2.79
w:gewoon|interpreteren|2.07
w:gewoon|geruststellen|0.16
w:gewoon|ondervragen|-1.0
w:gewoon|afleiden|-1.09
w:geworden|etiketteren|0.97
w:geworden|ondervragen|-0.91
w:gezegd|ik-boodschap|-0.98
w:gezegd|jij-boodschap|0.97
w:gezegd|bevelen|-0.98
w:gezegd|waarschuwen|-1.0
w:gezegd|argumenteren|-0.83
w:gezegd|bekritiseren|0.97
w:gezegd|interpreteren|-0.92
w:gezegd|geruststellen|-0.98
w:gezegd|ondervragen|1.02
w:gezeur|bevelen|0.99
w:gezeur|geruststellen|-0.99
w:gezien|ik-boodschap|-0.77
w:gezien|jij-boodschap|-0.93
w:gezien|samenvatting|-0.87
w:gezien|aanmoediging|-0.91
w:gezien|adviseren|-0.99
w:gezien|argumenteren|-0.98
w:gezien|bekritiseren|-0.7
w:gezien|interpreteren|0.91
w:gezien|ondervragen|-0.92
w:gezien|afleiden|0.96
w:gezin|geruststellen|-0.95
w:gezocht|jij-boodschap|0.95
w:gezocht|bekritiseren|0.95
w:gijs|ik-boodschap|0.86
w:gijs|vervolgafspraak|-0.95
w:ging|jij-boodschap|1.55
w:ging|gevoelsreflectie|-1.78
w:ging|samenvatting|-0.14
w:ging|open-vraag|1.0
w:ging|aanmoediging|0.96
w:ging|adviseren|-0.92
w:ging|bekritiseren|1.68
w:ging|bedanken|-0.92
w:gisteren|ik-boodschap|2.23
w:gisteren|jij-boodschap|-0.33
w:gisteren|gevoelsreflectie|-0.96
w:gisteren|afleiden|-0.93
w:goed|ik-boodschap|-1.03
w:goed|jij-boodschap|-1.15
w:goed|parafrase|0.23
w:goed|samenvatting|-1.81
w:goed|open-vraag|-1.49
w:goed|bevelen|-0.93
w:goed|waarschuwen|-2.86
w:goed|moraliseren|-0.99
w:goed|adviseren|-0.14
w:goed|argumenteren|-1.0
w:goed|bekritiseren|-2.44
w:goed|prijzen|0.17
w:goed|interpreteren|-0.93
w:goed|geruststellen|0.94
w:goed|afleiden|-1.43
w:goed|vervolgafspraak|-2.87
w:goede|jij-boodschap|-0.93
w:goede|moraliseren|1.96
w:goede|adviseren|-0.99
w:goede|bekritiseren|-0.94
w:goede|prijzen|1.0
w:goede|geruststellen|0.82
w:goedemiddag|bekritiseren|0.95
w:goedemiddag|bedanken|-0.99
w:goedenavond|ik-boodschap|-0.95
w:goedkomt|geruststellen|0.96
w:graag|ik-boodschap|-0.94
w:graag|jij-boodschap|-0.72
w:graag|parafrase|-0.96
w:graag|open-vraag|0.78
w:graag|bevelen|-0.96
w:graag|bekritiseren|-0.93
w:graag|prijzen|-0.89
w:graag|bedanken|-0.96
w:grapjes|interpreteren|0.92
w:grens|jij-boodschap|1.55
w:grens|bekritiseren|1.52
w:grenzen|jij-boodschap|1.0
w:grenzen|moraliseren|1.0
w:grenzen|bekritiseren|1.0
w:groep|jij-boodschap|1.03
w:groep|gevoelsreflectie|0.92
w:groep|bekritiseren|-0.68
w:groep|interpreteren|0.91
w:groepje|ik-boodschap|0.98
w:groepje|samenvatting|-0.98
w:groepje|open-vraag|0.98
w:groepjes|ik-boodschap|-0.81
w:groepsapp|samenvatting|0.86
w:groepsapp|open-vraag|0.99
w:groepsapp|bekritiseren|1.02
w:groepsapp|afleiden|0.93
w:groepsgenoten|jij-boodschap|0.97
w:groepsgenoten|bekritiseren|0.57
w:groepsopdracht|gevoelsreflectie|-0.83
w:groepsopdracht|bevelen|-0.93
w:groepsopdracht|vervolgafspraak|-0.93
w:groepswerk|ik-boodschap|0.98
w:groepswerk|samenvatting|-0.98
w:groepswerk|open-vraag|0.98
w:grond|gevoelsreflectie|0.9
w:groot|geruststellen|-0.95
w:grote|etiketteren|0.98
w:grote|afleiden|-0.99
w:gunt|etiketteren|-1.0
w:gym|ik-boodschap|0.97
w:gym|samenvatting|-0.99
w:gymdocent|jij-boodschap|-0.91
w:gymdocent|parafrase|1.0
w:gymdocent|open-vraag|0.63
w:gymdocent|bekritiseren|-0.91
w:gymles|ik-boodschap|1.67
w:gymles|gevoelsreflectie|1.74
w:gymles|open-vraag|0.96
w:gymles|adviseren|-0.96
w:gymles|etiketteren|-0.35
w:gymspullen|gevoelsreflectie|-1.0
w:haal|bevelen|-0.9
w:haal|waarschuwen|-0.98
w:haal|adviseren|0.99
w:haal|geruststellen|1.95
w:haalde|argumenteren|0.95
w:haalt|ik-boodschap|-0.89
w:haalt|gevoelsreflectie|-0.14
w:haalt|waarschuwen|-1.81
w:haalt|argumenteren|2.64
w:haalt|bekritiseren|-0.88
w:haalt|prijzen|-0.95
w:haalt|etiketteren|-0.68
w:haalt|geruststellen|1.74
w:haalt|afleiden|0.96
w:haalt|vervolgafspraak|-0.89
w:haar|ik-boodschap|1.97
w:haar|jij-boodschap|1.05
w:haar|parafrase|-2.89
w:haar|gevoelsreflectie|0.68
w:haar|samenvatting|-0.97
w:haar|open-vraag|1.9
w:haar|aanmoediging|-1.7
w:haar|bevelen|-0.89
w:haar|waarschuwen|0.28
w:haar|moraliseren|-0.91
w:haar|adviseren|2.04
w:haar|etiketteren|-0.96
w:haar|interpreteren|0.92
w:haar|geruststellen|-1.12
w:haar|ondervragen|0.96
w:haar|vervolgafspraak|-0.95
w:haar|bedanken|-0.98
w:had|ik-boodschap|-0.92
w:had|jij-boodschap|-0.21
w:had|parafrase|1.05
w:had|gevoelsreflectie|-0.93
w:had|samenvatting|-0.95
w:had|open-vraag|-1.03
w:had|argumenteren|1.85
w:had|bekritiseren|0.32
w:hadden|bekritiseren|1.57
w:hadden|etiketteren|-0.97
w:haha|geruststellen|-0.91
w:haha|afleiden|0.78
w:halen|jij-boodschap|-0.82
w:halen|gevoelsreflectie|-0.52
w:halen|bevelen|-0.82
w:halen|adviseren|-0.99
w:halen|prijzen|1.83
w:halen|geruststellen|0.95
w:half|ik-boodschap|0.81
w:half|samenvatting|-0.99
w:half|bevelen|1.0
w:half|waarschuwen|-1.0
w:half|adviseren|-0.99
w:half|argumenteren|-1.0
w:half|geruststellen|-0.96
w:half|vervolgafspraak|1.9
w:half|bedanken|0.92
w:hand|jij-boodschap|0.98
w:hand|open-vraag|0.93
w:hand|bekritiseren|0.81
w:hand|geruststellen|-0.74
w:handen|geruststellen|0.82
w:handige|bekritiseren|0.87
w:hangen|bevelen|-0.99
w:hangen|adviseren|1.0
w:hangen|geruststellen|-1.0
w:hangt|moraliseren|-0.91
w:hard|jij-boodschap|-1.81
w:hard|waarschuwen|-0.22
w:hard|bekritiseren|-0.91
w:harde|jij-boodschap|-0.93
w:hardop|afleiden|-0.9
w:havo|open-vraag|-0.99
w:havo|bevelen|-0.65
w:havo|waarschuwen|0.35
w:havo|bekritiseren|-0.91
w:he|adviseren|-0.92
w:he|etiketteren|-0.51
w:he|interpreteren|-1.0
w:he|geruststellen|-0.91
w:he|afleiden|1.77
w:heb|ik-boodschap|-0.86
w:heb|jij-boodschap|0.81
w:heb|parafrase|0.74
w:heb|gevoelsreflectie|-0.35
w:heb|samenvatting|-0.99
w:heb|open-vraag|-0.19
w:heb|aanmoediging|0.94
w:heb|bevelen|-0.98
w:heb|waarschuwen|-0.94
w:heb|moraliseren|0.95
w:heb|adviseren|-0.92
w:heb|argumenteren|0.89
w:heb|bekritiseren|-1.49
w:heb|etiketteren|1.08
w:heb|interpreteren|0.92
w:heb|geruststellen|-0.98
w:heb|ondervragen|0.96
w:heb|vervolgafspraak|-0.96
w:hebben|ik-boodschap|-0.98
w:hebben|jij-boodschap|-1.45
w:hebben|parafrase|-1.0
w:hebben|gevoelsreflectie|-1.0
w:hebben|samenvatting|2.07
w:hebben|bevelen|-0.89
w:hebben|moraliseren|1.83
w:hebben|adviseren|-1.86
w:hebben|argumenteren|-1.0
w:hebben|bekritiseren|-1.82
w:hebben|prijzen|-0.95
w:hebben|etiketteren|-0.95
w:hebben|geruststellen|-0.9
w:hebben|afleiden|3.02
w:hebben|afronding-aankondigen|-2.62
w:hebben|vervolgafspraak|-1.87
w:hebt|ik-boodschap|1.62
w:hebt|jij-boodschap|2.66
w:hebt|parafrase|1.05
w:hebt|gevoelsreflectie|0.17
w:hebt|samenvatting|-0.91
w:hebt|open-vraag|-0.87
w:hebt|aanmoediging|-1.0
w:hebt|bevelen|-0.93
w:hebt|adviseren|-1.0
w:hebt|bekritiseren|3.8
w:hebt|etiketteren|-1.0
w:hebt|geruststellen|-0.91
w:hebt|afronding-aankondigen|-1.0
w:heeft|jij-boodschap|-1.39
w:heeft|parafrase|-0.25
w:heeft|gevoelsreflectie|1.03
w:heeft|samenvatting|-0.92
w:heeft|open-vraag|-2.95
w:heeft|aanmoediging|-1.91
w:heeft|bevelen|-1.0
w:heeft|waarschuwen|-1.91
w:heeft|moraliseren|-0.1
w:heeft|adviseren|-1.03
w:heeft|argumenteren|-0.96
w:heeft|bekritiseren|-1.04
w:heeft|prijzen|-0.13
w:heeft|etiketteren|-1.63
w:heeft|geruststellen|-1.06
w:heeft|ondervragen|1.98
w:heeft|afleiden|-2.06
w:heeft|afronding-aankondigen|-1.0
w:heeft|vervolgafspraak|-1.92
w:heeft|bedanken|-1.0
w:heel|ik-boodschap|0.91
w:heel|jij-boodschap|0.16
w:heel|parafrase|-0.9
w:heel|gevoelsreflectie|2.71
w:heel|waarschuwen|-0.83
w:heel|argumenteren|0.69
w:heel|bekritiseren|1.62
w:heel|afleiden|-0.8
w:heel|bedanken|-1.76
w:heen|ik-boodschap|-1.0
w:heen|samenvatting|-1.91
w:heen|open-vraag|1.0
w:heen|aanmoediging|-0.99
w:heen|vervolgafspraak|-0.92
w:heftig|interpreteren|0.99
w:heftig|bedanken|-0.99
w:heimwee|interpreteren|0.98
w:hek|bevelen|0.94
w:helaas|afronding-aankondigen|0.98
w:held|etiketteren|0.98
w:helder|ik-boodschap|-0.87
w:hele|ik-boodschap|-0.56
w:hele|jij-boodschap|0.97
w:hele|parafrase|1.0
w:hele|aanmoediging|-0.96
w:hele|bevelen|0.89
w:hele|argumenteren|0.93
w:hele|bekritiseren|0.66
w:hele|etiketteren|0.3
w:helemaal|ik-boodschap|-0.96
w:helemaal|jij-boodschap|-1.91
w:helemaal|gevoelsreflectie|2.63
w:helemaal|moraliseren|-1.89
w:helemaal|bekritiseren|-1.66
w:helemaal|etiketteren|-0.87
w:helemaal|interpreteren|0.91
w:helemaal|geruststellen|-0.96
w:helft|parafrase|-0.88
w:helft|argumenteren|1.0
w:helikopterouder|etiketteren|1.87
w:helikopterouders|bekritiseren|-1.86
w:helpen|parafrase|-0.95
w:helpen|gevoelsreflectie|-0.76
w:helpen|open-vraag|1.0
w:helpen|adviseren|-0.98
w:helpen|afronding-aankondigen|-1.0
w:helpen|vervolgafspraak|0.64
w:helpen|bedanken|-0.94
w:helpt|open-vraag|-0.91
w:helpt|adviseren|0.92
w:helpt|argumenteren|0.99
w:hem|jij-boodschap|0.89
w:hem|parafrase|1.78
w:hem|gevoelsreflectie|-0.78
w:hem|samenvatting|1.31
w:hem|open-vraag|0.78
w:hem|aanmoediging|-0.91
w:hem|bevelen|2.12
w:hem|waarschuwen|1.82
w:hem|adviseren|2.03
w:hem|argumenteren|-1.0
w:hem|bekritiseren|-0.21
w:hem|etiketteren|-1.0
w:hem|ondervragen|-1.97
w:hem|afleiden|-0.9
w:hem|afronding-aankondigen|-1.0
w:hem|vervolgafspraak|-1.21
w:hem|bedanken|-0.99
w:herexamen|geruststellen|0.97
w:herfstvakantie|ik-boodschap|0.97
w:herfstvakantie|jij-boodschap|-0.97
w:herfstvakantie|bekritiseren|-1.93
w:herkansing|gevoelsreflectie|-0.11
w:herkansing|argumenteren|2.91
w:herkansing|bekritiseren|-0.88
w:herkansing|geruststellen|0.99
w:herkansing|vervolgafspraak|0.89
w:herkansingen|open-vraag|-1.0
w:het|ik-boodschap|-1.07
w:het|jij-boodschap|-0.25
w:het|parafrase|-0.49
w:het|gevoelsreflectie|-1.4
w:het|samenvatting|0.28
w:het|open-vraag|-2.43
w:het|aanmoediging|-1.78
w:het|bevelen|-3.76
w:het|waarschuwen|-1.66
w:het|moraliseren|-0.96
w:het|adviseren|-1.09
w:het|argumenteren|1.06
w:het|bekritiseren|-0.82
w:het|etiketteren|-1.68
w:het|interpreteren|-1.0
w:het|geruststellen|-0.89
w:het|ondervragen|-1.99
w:het|afleiden|-0.95
w:het|afronding-aankondigen|-1.11
w:het|vervolgafspraak|-1.09
w:het|bedanken|-2.51
w:hetzelfde|ik-boodschap|0.87
w:hetzelfde|argumenteren|0.98
w:hetzelfde|bekritiseren|-0.85
w:heus|gevoelsreflectie|-0.14
w:heus|adviseren|-0.81
w:heus|argumenteren|-0.9
w:heus|bekritiseren|-0.88
w:heus|geruststellen|2.86
w:hielp|ik-boodschap|1.82
w:hier|ik-boodschap|-1.9
w:hier|jij-boodschap|1.19
w:hier|parafrase|0.91
w:hier|gevoelsreflectie|1.84
w:hier|samenvatting|0.29
w:hier|bevelen|-0.41
w:hier|waarschuwen|-0.81
w:hier|moraliseren|0.91
w:hier|adviseren|-0.98
w:hier|argumenteren|0.95
w:hier|bekritiseren|1.37
w:hier|prijzen|0.76
w:hier|etiketteren|-1.93
w:hier|interpreteren|-0.92
w:hier|geruststellen|0.18
w:hier|afleiden|-0.98
w:hier|afronding-aankondigen|3.65
w:hier|vervolgafspraak|-1.04
w:hier|bedanken|1.9
w:hierbij|afleiden|-0.97
w:hierbij|afronding-aankondigen|1.98
w:hierbij|vervolgafspraak|-0.73
w:hierdoor|bevelen|-0.9
w:hierover|afleiden|1.0
w:hij|ik-boodschap|1.25
w:hij|jij-boodschap|0.9
w:hij|parafrase|-1.64
w:hij|gevoelsreflectie|-0.12
w:hij|samenvatting|-0.35
w:hij|open-vraag|-1.84
w:hij|aanmoediging|-1.59
w:hij|bevelen|-1.39
w:hij|waarschuwen|-0.66
w:hij|adviseren|-2.73
w:hij|argumenteren|-0.12
w:hij|bekritiseren|-1.19
w:hij|prijzen|-0.14
w:hij|etiketteren|-0.7
w:hij|geruststellen|-0.88
w:hij|ondervragen|-0.96
w:hij|afleiden|0.23
w:hij|vervolgafspraak|-1.98
w:hij|bedanken|0.92
w:hm|aanmoediging|1.92
w:hmm|gevoelsreflectie|-0.97
w:hockey|afleiden|1.95
w:hoe|ik-boodschap|2.11
w:hoe|jij-boodschap|-2.72
w:hoe|parafrase|-1.72
w:hoe|gevoelsreflectie|-2.36
w:hoe|samenvatting|-0.29
w:hoe|open-vraag|3.88
w:hoe|aanmoediging|-0.65
w:hoe|waarschuwen|-0.92
w:hoe|adviseren|-0.87
w:hoe|argumenteren|-1.0
w:hoe|bekritiseren|-2.0
w:hoe|interpreteren|-2.0
w:hoe|geruststellen|-1.8
w:hoe|ondervragen|-1.0
w:hoe|afleiden|3.51
w:hoe|afronding-aankondigen|-0.93
w:hoe|vervolgafspraak|0.14
w:hoe|bedanken|-1.66
w:hoeft|moraliseren|-1.93
w:hoeft|geruststellen|0.96
w:hoeft|afleiden|1.08
w:hoi|jij-boodschap|-0.82
w:hoi|bevelen|-1.62
w:hoofdstuk|waarschuwen|-0.83
w:hoog|aanmoediging|-0.94
w:hoogte|prijzen|0.99
w:hoogte|vervolgafspraak|-0.99
w:hoogte|bedanken|0.94
w:hoor|ik-boodschap|0.71
w:hoor|jij-boodschap|-1.0
w:hoor|parafrase|0.86
w:hoor|gevoelsreflectie|4.24
w:hoor|open-vraag|-0.24
w:hoor|aanmoediging|1.13
w:hoor|waarschuwen|-0.52
w:hoor|adviseren|-1.95
w:hoor|bekritiseren|-1.0
w:hoor|geruststellen|1.0
w:hoor|ondervragen|0.96
w:hoor|afleiden|-0.78
w:hoor|bedanken|-0.99
w:hoorde|ik-boodschap|0.93
w:hoorde|gevoelsreflectie|-0.83
w:hoort|jij-boodschap|-2.93
w:hoort|parafrase|0.96
w:hoort|waarschuwen|-0.38
w:hoort|moraliseren|3.01
w:hoort|adviseren|-1.0
w:hoort|argumenteren|-0.99
w:hoort|bekritiseren|-3.94
w:hoort|prijzen|-0.89
w:hoort|etiketteren|-1.0
w:hoort|interpreteren|-0.96
w:hoort|geruststellen|-0.94
w:hoort|ondervragen|-1.0
w:hoort|afleiden|1.67
w:horen|ik-boodschap|-0.91
w:horen|parafrase|1.87
w:horen|gevoelsreflectie|-0.72
w:horen|samenvatting|1.04
w:horen|open-vraag|-0.78
w:horen|bevelen|-0.36
w:horen|waarschuwen|-0.81
w:horen|moraliseren|0.95
w:horen|argumenteren|-0.95
w:horen|bekritiseren|-1.76
w:horen|vervolgafspraak|1.0
w:horen|bedanken|0.94
w:hou|bevelen|2.41
w:hou|waarschuwen|-0.81
w:hou|geruststellen|-0.99
w:houd|samenvatting|0.94
w:houd|bedanken|0.94
w:houden|jij-boodschap|-1.0
w:houden|open-vraag|-0.99
w:houden|aanmoediging|-0.99
w:houden|bevelen|0.51
w:houden|waarschuwen|0.24
w:houden|prijzen|-1.0
w:houden|afleiden|0.96
w:houden|afronding-aankondigen|-1.0
w:houden|vervolgafspraak|0.92
w:houden|bedanken|0.92
w:houding|jij-boodschap|-0.99
w:houding|bekritiseren|0.87
w:houding|afleiden|-0.99
w:houdt|jij-boodschap|1.0
w:houdt|gevoelsreflectie|0.99
w:houdt|samenvatting|-1.0
w:houdt|open-vraag|0.63
w:houdt|aanmoediging|-1.0
w:houdt|bevelen|0.96
w:houdt|argumenteren|-1.0
w:houdt|prijzen|-1.0
w:houdt|interpreteren|-1.0
w:houdt|afronding-aankondigen|-1.0
w:houdt|vervolgafspraak|-0.96
w:huilend|ik-boodschap|0.78
w:huis|ik-boodschap|0.12
w:huis|gevoelsreflectie|-0.99
w:huis|samenvatting|-0.99
w:huis|open-vraag|-1.65
w:huis|moraliseren|0.98
w:huis|etiketteren|-0.98
w:huis|afleiden|0.88
w:huisarts|jij-boodschap|-0.94
w:huisarts|parafrase|-0.96
w:huisarts|gevoelsreflectie|0.93
w:huisarts|bevelen|0.94
w:huisarts|bekritiseren|-0.99
w:huisarts|interpreteren|-0.95
w:huisarts|geruststellen|0.72
w:huisarts|ondervragen|-0.94
w:huisarts|vervolgafspraak|0.91
w:huiswek|samenvatting|-0.76
w:huiswerk|ik-boodschap|-1.23
w:huiswerk|jij-boodschap|1.06
w:huiswerk|parafrase|2.89
w:huiswerk|samenvatting|0.85
w:huiswerk|open-vraag|0.22
w:huiswerk|waarschuwen|-0.38
w:huiswerk|moraliseren|0.95
w:huiswerk|adviseren|0.87
w:huiswerk|bekritiseren|0.58
w:huiswerk|geruststellen|-0.96
w:huiswerk|ondervragen|-1.0
w:huiswerk|afleiden|-1.95
w:huiswerk|vervolgafspraak|0.64
w:huiswerk|bedanken|-0.94
w:huiswerkinstituut|adviseren|0.98
w:huiswerkklas|parafrase|-0.78
w:huiswerkklas|samenvatting|1.64
w:huiswerkklas|open-vraag|-0.99
w:huiswerkklas|bevelen|-0.65
w:huiswerkklas|waarschuwen|-0.56
w:huiswerkmoment|vervolgafspraak|-0.98
w:huiswerkopdracht|ik-boodschap|0.97
w:huiswerkopdracht|jij-boodschap|-0.97
w:huiswerkopdracht|bekritiseren|-0.97
w:huiswerkritme|prijzen|0.97
w:huiswerktijd|open-vraag|-0.78
w:huiswerktijd|waarschuwen|-0.99
w:huiswerktijd|adviseren|1.86
w:hulp|samenvatting|0.99
w:hulp|adviseren|0.98
w:hulp|prijzen|0.95
w:hulpvraag|afleiden|-0.95
w:hun|ik-boodschap|0.96
w:hun|aanmoediging|-0.99
w:hun|moraliseren|0.91
w:hysterisch|bevelen|1.67
w:hysterisch|etiketteren|0.97
w:hysterisch|geruststellen|-0.99
w:hè|gevoelsreflectie|0.98
w:hè|open-vraag|-0.98
w:hè|bekritiseren|-2.81
w:hè|etiketteren|0.85
w:hè|ondervragen|-0.98
w:hé|afleiden|-0.71
w:idee|jij-boodschap|-0.72
w:idee|parafrase|1.91
w:idee|moraliseren|-0.98
w:idee|adviseren|1.82
w:idee|prijzen|0.98
w:idee|interpreteren|0.93
w:idee|geruststellen|-1.0
w:ideeën|gevoelsreflectie|-0.8
w:ieder|jij-boodschap|-0.97
w:ieder|bekritiseren|-1.53
w:iedereen|ik-boodschap|-0.81
w:iedereen|jij-boodschap|1.0
w:iedereen|samenvatting|-0.91
w:iedereen|open-vraag|-1.8
w:iedereen|moraliseren|-0.9
w:iedereen|bekritiseren|0.91
w:iedereen|etiketteren|-0.68
w:iedereen|geruststellen|-1.66
w:iedereen|afleiden|1.68
w:iemand|ik-boodschap|0.98
w:iemand|jij-boodschap|-2.27
w:iemand|bevelen|-0.7
w:iemand|waarschuwen|-0.9
w:iemand|moraliseren|3.77
w:iemand|adviseren|-1.0
w:iemand|bekritiseren|-1.79
w:iemand|prijzen|0.96
w:iemand|etiketteren|-1.0
w:iets|jij-boodschap|0.92
w:iets|gevoelsreflectie|1.87
w:iets|samenvatting|-0.94
w:iets|argumenteren|-1.0
w:iets|bekritiseren|0.94
w:iets|prijzen|-1.0
w:iets|interpreteren|-1.0
w:iets|geruststellen|-1.0
w:iets|ondervragen|-1.0
w:iets|afleiden|0.96
w:iets|afronding-aankondigen|-0.99
w:iets|vervolgafspraak|0.84
w:ik|ik-boodschap|3.82
w:ik|jij-boodschap|-1.18
w:ik|parafrase|-1.75
w:ik|gevoelsreflectie|-3.41
w:ik|samenvatting|-2.13
w:ik|open-vraag|-2.98
w:ik|aanmoediging|0.6
w:ik|bevelen|-1.69
w:ik|waarschuwen|-0.21
w:ik|moraliseren|-2.01
w:ik|adviseren|0.93
w:ik|argumenteren|-0.26
w:ik|bekritiseren|-3.33
w:ik|prijzen|-0.94
w:ik|etiketteren|-2.25
w:ik|interpreteren|-1.01
w:ik|geruststellen|-2.86
w:ik|ondervragen|-1.05
w:ik|afleiden|-1.19
w:ik|afronding-aankondigen|1.69
w:ik|vervolgafspraak|1.54
w:ik|bedanken|-2.79
w:ilias|adviseren|-0.98
w:in|ik-boodschap|1.02
w:in|jij-boodschap|-0.38
w:in|parafrase|-1.07
w:in|gevoelsreflectie|0.76
w:in|samenvatting|0.75
w:in|open-vraag|-0.1
w:in|aanmoediging|-2.0
w:in|bevelen|-1.55
w:in|waarschuwen|-0.98
w:in|adviseren|-0.87
w:in|bekritiseren|0.11
w:in|prijzen|-1.87
w:in|etiketteren|-1.7
w:in|interpreteren|-1.88
w:in|geruststellen|-0.3
w:in|ondervragen|-1.92
w:in|afleiden|0.11
w:in|afronding-aankondigen|-1.03
w:in|vervolgafspraak|-1.08
w:in|bedanken|-1.08
w:incident|parafrase|0.98
w:incident|afleiden|0.95
w:indruk|interpreteren|0.95
w:informatie|gevoelsreflectie|-1.0
w:informatie|bekritiseren|-0.1
w:informatie|vervolgafspraak|-1.0
w:informatie|bedanken|-0.98
w:informatieavond|prijzen|-0.99
w:ingehaald|bekritiseren|-0.63
w:ingeleverd|ik-boodschap|0.93
w:ingeleverd|jij-boodschap|-0.93
w:ingeleverd|argumenteren|0.85
w:ingeleverd|bekritiseren|-1.64
w:ingelevert|ik-boodschap|0.97
w:ingelevert|jij-boodschap|-0.97
w:ingelevert|bekritiseren|-0.97
w:ingelicht|gevoelsreflectie|0.93
w:ingelicht|ondervragen|0.83
w:ingreep|parafrase|0.99
w:inhalen|ik-boodschap|0.91
w:inhalen|waarschuwen|-0.97
w:inhalen|geruststellen|-0.97
w:inleverde|ik-boodschap|-0.77
w:inleverde|argumenteren|-0.98
w:inlevert|ik-boodschap|-0.82
w:inlevert|waarschuwen|0.92
w:inmiddels|vervolgafspraak|-1.0
w:innemen|waarschuwen|-0.75
w:inpakt|open-vraag|-0.98
w:inpakt|adviseren|1.85
w:inschrijven|open-vraag|-1.0
w:inspectie|bekritiseren|0.82
w:instemt|adviseren|-0.98
w:interesse|bekritiseren|0.2
w:intern|prijzen|-0.9
w:intern|afronding-aankondigen|-0.9
w:internet|jij-boodschap|-0.84
w:inzet|bekritiseren|2.0
w:inzet|bedanken|-0.92
w:inzetten|prijzen|1.0
w:iris|waarschuwen|-0.99
w:irriteert|bekritiseren|1.8
w:is|ik-boodschap|-1.01
w:is|jij-boodschap|-0.61
w:is|parafrase|-0.1
w:is|gevoelsreflectie|1.03
w:is|samenvatting|0.8
w:is|open-vraag|-1.02
w:is|aanmoediging|-0.73
w:is|bevelen|-1.69
w:is|waarschuwen|-3.43
w:is|adviseren|-2.78
w:is|argumenteren|1.28
w:is|bekritiseren|-0.79
w:is|prijzen|-1.93
w:is|etiketteren|-0.64
w:is|interpreteren|-1.05
w:is|geruststellen|-2.61
w:is|ondervragen|-1.0
w:is|afleiden|0.83
w:is|afronding-aankondigen|0.99
w:is|vervolgafspraak|-0.88
w:is|bedanken|-1.94
w:isa|open-vraag|-1.0
w:ja|ik-boodschap|-0.99
w:ja|jij-boodschap|-0.26
w:ja|open-vraag|-1.0
w:ja|aanmoediging|0.92
w:ja|bevelen|-0.96
w:ja|bekritiseren|-0.74
w:ja|etiketteren|1.97
w:ja|geruststellen|-0.91
w:ja|ondervragen|-1.0
w:ja|afleiden|0.78
w:ja|bedanken|-1.0
w:jaar|ik-boodschap|-0.95
w:jaar|jij-boodschap|-0.13
w:jaar|parafrase|0.99
w:jaar|open-vraag|1.0
w:jaar|aanmoediging|-0.97
w:jaar|waarschuwen|1.59
w:jaar|adviseren|-0.99
w:jaar|argumenteren|-0.92
w:jaar|bekritiseren|-0.98
w:jaar|prijzen|-0.99
w:jaar|etiketteren|0.98
w:jaar|geruststellen|0.95
w:jaar|afleiden|-0.89
w:jaarplanning|argumenteren|0.94
w:jaloers|jij-boodschap|-0.98
w:jaloers|prijzen|-0.98
w:jaloers|interpreteren|0.89
w:jammer|jij-boodschap|-0.82
w:jammer|gevoelsreflectie|-1.68
w:jammer|bevelen|-0.93
w:jammer|adviseren|0.91
w:jammer|vervolgafspraak|-0.92
w:jammer|bedanken|-0.94
w:jansen|jij-boodschap|-0.67
w:jansen|vervolgafspraak|1.0
w:januari|ik-boodschap|0.93
w:januari|gevoelsreflectie|-0.94
w:jara|ik-boodschap|-0.81
w:jayden|ik-boodschap|0.71
w:jayden|jij-boodschap|-0.91
w:jayden|gevoelsreflectie|0.83
w:jayden|open-vraag|0.63
w:jayden|bevelen|0.63
w:jayden|bekritiseren|-0.91
w:je|ik-boodschap|0.48
w:je|jij-boodschap|-1.04
w:je|gevoelsreflectie|-1.83
w:je|samenvatting|-1.9
w:je|open-vraag|-4.64
w:je|aanmoediging|-1.99
w:je|bevelen|-2.36
w:je|waarschuwen|-1.36
w:je|adviseren|-0.18
w:je|argumenteren|-2.74
w:je|bekritiseren|-0.52
w:je|prijzen|-1.15
w:je|etiketteren|-2.18
w:je|interpreteren|0.95
w:je|geruststellen|-0.93
w:je|ondervragen|-1.8
w:je|afleiden|-0.2
w:je|afronding-aankondigen|-2.98
w:je|vervolgafspraak|-0.4
w:je|bedanken|-0.93
w:jesse|ik-boodschap|-0.98
w:jesse|jij-boodschap|-0.96
w:jesse|bevelen|-0.55
w:jesse|waarschuwen|-0.92
w:jesse|adviseren|0.95
w:jesse|bekritiseren|-0.96
w:jesse|afleiden|-0.74
w:jezelf|ik-boodschap|0.96
w:jezelf|jij-boodschap|-0.98
w:jij|ik-boodschap|-0.55
w:jij|jij-boodschap|4.02
w:jij|parafrase|0.21
w:jij|gevoelsreflectie|-1.02
w:jij|open-vraag|1.12
w:jij|moraliseren|-0.96
w:jij|adviseren|-3.7
w:jij|argumenteren|-0.98
w:jij|bekritiseren|3.58
w:jij|prijzen|1.97
w:jij|etiketteren|-1.87
w:jij|interpreteren|-0.91
w:jij|geruststellen|-0.8
w:jij|ondervragen|-0.98
w:jij|afleiden|-0.89
w:jij|vervolgafspraak|-0.72
w:joep|ik-boodschap|-0.99
w:joep|jij-boodschap|1.56
w:joep|waarschuwen|0.97
w:joep|bekritiseren|1.12
w:joh|jij-boodschap|-0.91
w:joh|open-vraag|-0.93
w:joh|moraliseren|-0.96
w:joh|etiketteren|0.9
w:joh|geruststellen|0.91
w:joh|afleiden|1.92
w:jongen|adviseren|-1.0
w:jongen|bekritiseren|-1.65
w:jongen|prijzen|0.94
w:jongen|etiketteren|-1.55
w:jongens|samenvatting|-0.96
w:jongens|argumenteren|-0.95
w:jou|ik-boodschap|0.81
w:jou|gevoelsreflectie|-0.83
w:jou|samenvatting|-0.91
w:jou|open-vraag|0.13
w:jou|aanmoediging|-1.0
w:jou|bevelen|-1.84
w:jou|adviseren|-0.98
w:jou|argumenteren|-1.0
w:jou|geruststellen|-0.83
w:jouw|adviseren|0.94
w:juf|parafrase|0.99
w:jullie|jij-boodschap|1.31
w:jullie|open-vraag|0.39
w:jullie|aanmoediging|-0.96
w:jullie|bevelen|-0.15
w:jullie|waarschuwen|-0.94
w:jullie|adviseren|-0.93
w:jullie|bekritiseren|2.67
w:jullie|prijzen|1.93
w:jullie|interpreteren|-0.99
w:jullie|geruststellen|0.95
w:jullie|vervolgafspraak|-1.0
w:kader|adviseren|-0.94
w:kamer|ik-boodschap|0.96
w:kamer|parafrase|-0.99
w:kamer|samenvatting|-0.96
w:kamer|adviseren|1.08
w:kamp|gevoelsreflectie|0.98
w:kamp|open-vraag|-0.98
w:kamp|waarschuwen|0.93
w:kamp|ondervragen|-0.98
w:kamp|afleiden|0.95
w:kampweek|parafrase|-0.99
w:kampweek|samenvatting|0.87
w:kan|ik-boodschap|3.48
w:kan|parafrase|-2.9
w:kan|open-vraag|-1.03
w:kan|aanmoediging|-0.84
w:kan|bevelen|-1.9
w:kan|waarschuwen|0.68
w:kan|moraliseren|-1.0
w:kan|adviseren|-0.98
w:kan|argumenteren|-0.99
w:kan|bekritiseren|-1.95
w:kan|prijzen|2.91
w:kan|etiketteren|-0.93
w:kan|geruststellen|-1.98
w:kan|afleiden|-0.91
w:kan|afronding-aankondigen|1.0
w:kan|vervolgafspraak|-0.34
w:kan|bedanken|-0.94
w:kans|ik-boodschap|0.92
w:kans|bevelen|0.65
w:kans|etiketteren|-1.0
w:kantine|gevoelsreflectie|-0.97
w:kantoor|vervolgafspraak|0.96
w:kantoor|bedanken|-0.96
w:karin|ik-boodschap|-0.98
w:kast|afleiden|-0.96
w:keer|ik-boodschap|-0.49
w:keer|jij-boodschap|0.91
w:keer|gevoelsreflectie|-0.76
w:keer|open-vraag|1.0
w:keer|bevelen|0.37
w:keer|waarschuwen|2.65
w:keer|moraliseren|-0.98
w:keer|adviseren|-0.94
w:keer|argumenteren|-0.97
w:keer|bekritiseren|0.78
w:keer|prijzen|-0.9
w:keer|etiketteren|-1.61
w:keer|interpreteren|-1.0
w:keer|afronding-aankondigen|-1.9
w:keer|vervolgafspraak|0.55
w:kennelijk|bekritiseren|0.99
w:kennen|argumenteren|0.96
w:kent|jij-boodschap|-0.94
w:kerst|samenvatting|-1.0
w:kerst|geruststellen|0.98
w:kerstdiner|prijzen|0.91
w:kerstdiner|bedanken|-0.74
w:keus|ik-boodschap|-0.87
w:keuze|samenvatting|-0.93
w:keuze|bekritiseren|0.87
w:keuzevak|open-vraag|-0.96
w:kevin|ik-boodschap|0.95
w:kevin|etiketteren|-0.89
w:kijk|ik-boodschap|-0.33
w:kijk|jij-boodschap|-0.95
w:kijk|parafrase|-1.0
w:kijk|samenvatting|-0.62
w:kijk|bevelen|0.95
w:kijk|adviseren|-0.18
w:kijk|argumenteren|2.74
w:kijk|bekritiseren|-1.63
w:kijk|vervolgafspraak|0.99
w:kijken|ik-boodschap|-0.71
w:kijken|jij-boodschap|-1.0
w:kijken|parafrase|-0.78
w:kijken|samenvatting|0.67
w:kijken|open-vraag|-0.91
w:kijken|aanmoediging|-0.97
w:kijken|bekritiseren|-1.0
w:kijken|interpreteren|-0.99
w:kijken|geruststellen|-0.81
w:kijken|afronding-aankondigen|-0.93
w:kijken|vervolgafspraak|0.61
w:kijken|bedanken|-0.94
w:kijkt|ik-boodschap|-0.89
w:kijkt|jij-boodschap|-0.91
w:kijkt|parafrase|0.91
w:kijkt|gevoelsreflectie|3.51
w:kijkt|samenvatting|0.1
w:kijkt|open-vraag|0.63
w:kijkt|moraliseren|0.99
w:kijkt|argumenteren|0.98
w:kijkt|bekritiseren|-0.91
w:kijkt|ondervragen|-1.0
w:kijkt|vervolgafspraak|0.1
w:kind|jij-boodschap|-0.97
w:kind|parafrase|0.96
w:kind|gevoelsreflectie|0.8
w:kind|moraliseren|0.91
w:kind|adviseren|-0.99
w:kind|bekritiseren|-1.53
w:kind|prijzen|-0.89
w:kind|afleiden|-1.0
w:kinderen|jij-boodschap|0.91
w:kinderen|bevelen|-0.89
w:kinderen|bekritiseren|-1.0
w:kinderen|prijzen|-0.91
w:kinderen|etiketteren|0.91
w:kinderen|ondervragen|-1.0
w:kinderen|afleiden|-0.8
w:klaagt|gevoelsreflectie|-0.92
w:klaar|parafrase|-1.0
w:klaar|gevoelsreflectie|0.99
w:klaar|bevelen|1.91
w:klaar|moraliseren|-0.99
w:klaar|geruststellen|-1.0
w:klaarstaat|prijzen|0.91
w:klaarstaat|bedanken|-0.74
w:klaarzetten|ik-boodschap|1.0
w:klaarzetten|open-vraag|-0.85
w:klaarzetten|bevelen|-1.0
w:klaarzetten|waarschuwen|-1.0
w:klaarzetten|moraliseren|-1.0
w:klaarzetten|geruststellen|-1.0
w:klaarzetten|vervolgafspraak|-1.0
w:klacht|etiketteren|-0.99
w:klap|geruststellen|0.98
w:klas|ik-boodschap|0.37
w:klas|jij-boodschap|-1.03
w:klas|parafrase|-0.93
w:klas|gevoelsreflectie|-0.96
w:klas|samenvatting|1.84
w:klas|open-vraag|-0.85
w:klas|bevelen|0.12
w:klas|waarschuwen|-0.69
w:klas|moraliseren|-0.99
w:klas|adviseren|-0.85
w:klas|argumenteren|0.98
w:klas|bekritiseren|-0.82
w:klas|prijzen|0.91
w:klas|etiketteren|0.87
w:klas|geruststellen|0.99
w:klas|afleiden|-1.57
w:klas|vervolgafspraak|-0.95
w:klasgenoot|ik-boodschap|2.67
w:klasgenoot|jij-boodschap|-0.92
w:klasgenoot|bekritiseren|-0.31
w:klasgenoten|jij-boodschap|-1.59
w:klasgenoten|moraliseren|0.91
w:klasgenoten|bekritiseren|-2.71
w:klasgenoten|afleiden|-0.72
w:kleren|parafrase|0.71
w:kleren|gevoelsreflectie|0.85
w:kleren|samenvatting|-0.85
w:kleuter|jij-boodschap|1.89
w:kleuter|etiketteren|1.89
w:kleuterachtig|bekritiseren|-0.97
w:kleuterachtig|etiketteren|2.56
w:klimaatverandering|bekritiseren|-0.87
w:klinkt|jij-boodschap|0.9
w:klinkt|parafrase|-3.25
w:klinkt|gevoelsreflectie|4.8
w:klinkt|samenvatting|-1.93
w:klinkt|aanmoediging|-1.0
w:klinkt|moraliseren|-0.99
w:klinkt|bekritiseren|-0.68
w:klinkt|etiketteren|0.98
w:klinkt|geruststellen|-1.0
w:klopt|ik-boodschap|-0.81
w:klopt|jij-boodschap|-0.93
w:klopt|parafrase|1.0
w:klopt|gevoelsreflectie|1.0
w:klopt|samenvatting|0.85
w:klopt|open-vraag|-1.68
w:klopt|aanmoediging|-1.0
w:klopt|argumenteren|1.06
w:klopt|interpreteren|-0.99
w:klopt|ondervragen|-0.99
w:klopt|afleiden|-0.96
w:knap|prijzen|1.95
w:knap|geruststellen|-0.98
w:koelkast|bevelen|-0.99
w:koelkast|adviseren|1.0
w:koelkast|geruststellen|-1.0
w:kom|ik-boodschap|0.92
w:kom|jij-boodschap|-0.95
w:kom|moraliseren|-0.92
w:kom|argumenteren|0.71
w:kom|bekritiseren|-0.71
w:kom|interpreteren|-0.92
w:kom|afleiden|0.86
w:komen|ik-boodschap|-0.96
w:komen|jij-boodschap|-0.63
w:komen|parafrase|0.97
w:komen|adviseren|-0.96
w:komen|bekritiseren|0.45
w:komen|etiketteren|-0.35
w:komen|interpreteren|-0.96
w:komen|afleiden|-0.99
w:kommen|bekritiseren|-0.9
w:kommen|bedanken|0.74
w:komst|vervolgafspraak|-0.94
w:komst|bedanken|0.98
w:komt|ik-boodschap|-0.2
w:komt|jij-boodschap|0.8
w:komt|gevoelsreflectie|1.82
w:komt|samenvatting|-0.94
w:komt|open-vraag|0.53
w:komt|bevelen|-2.37
w:komt|moraliseren|-0.99
w:komt|adviseren|0.93
w:komt|argumenteren|-1.96
w:komt|bekritiseren|1.11
w:komt|prijzen|-0.87
w:komt|etiketteren|-0.98
w:komt|interpreteren|0.98
w:komt|geruststellen|2.96
w:komt|afleiden|-2.31
w:komt|vervolgafspraak|-1.41
w:kon|ik-boodschap|0.96
w:kon|jij-boodschap|-0.6
w:kon|gevoelsreflectie|-1.71
w:kon|open-vraag|-0.78
w:kon|adviseren|0.91
w:kon|argumenteren|-1.0
w:kon|afronding-aankondigen|-1.0
w:kort|samenvatting|1.91
w:kort|waarschuwen|-0.92
w:kort|bekritiseren|-0.1
w:kort|bedanken|-0.98
w:kortom|ik-boodschap|-1.79
w:kortom|jij-boodschap|1.25
w:kortom|gevoelsreflectie|-1.0
w:kortom|samenvatting|2.19
w:kortom|open-vraag|-0.89
w:kortom|aanmoediging|-0.97
w:kortom|bevelen|-0.93
w:kortom|bekritiseren|2.14
w:kortom|interpreteren|-0.95
w:kortom|afronding-aankondigen|0.99
w:kortom|bedanken|0.93
w:kosten|waarschuwen|0.91
w:kosten|bekritiseren|-0.91
w:kreeg|gevoelsreflectie|0.8
w:kreeg|vervolgafspraak|0.89
w:krijg|ik-boodschap|-0.99
w:krijgen|bekritiseren|-0.98
w:krijgt|parafrase|1.82
w:krijgt|samenvatting|1.92
w:krijgt|argumenteren|0.94
w:krijgt|ondervragen|-0.99
w:krijgt|vervolgafspraak|1.92
w:krijgt|bedanken|0.92
w:kringetjes|ik-boodschap|0.98
w:kritiek|jij-boodschap|0.99
w:kritiek|samenvatting|-0.84
w:kritiek|open-vraag|-0.99
w:kritiek|bekritiseren|1.72
w:kun|ik-boodschap|0.99
w:kun|moraliseren|-0.99
w:kunnen|parafrase|0.96
w:kunnen|bevelen|-0.99
w:kunnen|argumenteren|0.92
w:kunnen|bekritiseren|-0.38
w:kunnen|prijzen|0.89
w:kunnen|geruststellen|-0.85
w:kunnen|ondervragen|-1.0
w:kunnen|afronding-aankondigen|0.96
w:kunt|ik-boodschap|0.95
w:kunt|jij-boodschap|-0.85
w:kunt|open-vraag|-0.78
w:kunt|aanmoediging|-0.98
w:kunt|waarschuwen|-0.97
w:kunt|adviseren|2.99
w:kunt|bekritiseren|-0.73
w:kunt|prijzen|-0.19
w:kunt|etiketteren|-0.7
w:kunt|interpreteren|-1.92
w:kunt|geruststellen|-0.25
w:kunt|afleiden|-0.71
w:kunt|vervolgafspraak|-0.98
w:kwaad|gevoelsreflectie|0.89
w:kwaad|aanmoediging|-0.96
w:kwaad|bevelen|0.96
w:kwam|ik-boodschap|0.96
w:kwam|gevoelsreflectie|-1.69
w:kwam|open-vraag|0.97
w:kwart|bevelen|0.94
w:kwart|interpreteren|-0.91
w:kwartaal|jij-boodschap|-0.91
w:kwartaal|bekritiseren|-0.91
w:kwartier|gevoelsreflectie|-0.67
w:kwartier|afleiden|-0.89
w:kwartier|afronding-aankondigen|-0.75
w:kwetst|ik-boodschap|0.99
w:kwijt|interpreteren|0.99
w:kwijt|bedanken|-0.99
w:kwijtraken|aanmoediging|-0.99
w:kán|parafrase|-0.88
w:kán|argumenteren|1.0
w:laag|jij-boodschap|-0.39
w:laag|argumenteren|0.93
w:laars|jij-boodschap|0.83
w:laars|bekritiseren|0.96
w:laat|jij-boodschap|0.34
w:laat|parafrase|-1.94
w:laat|gevoelsreflectie|-0.89
w:laat|samenvatting|-0.1
w:laat|open-vraag|-1.92
w:laat|bevelen|-0.88
w:laat|waarschuwen|-0.57
w:laat|moraliseren|-1.02
w:laat|adviseren|-0.9
w:laat|argumenteren|1.0
w:laat|etiketteren|-1.92
w:laat|geruststellen|-1.0
w:laat|afleiden|-0.9
w:laat|vervolgafspraak|0.19
w:laatste|ik-boodschap|-1.7
w:laatste|gevoelsreflectie|-0.97
w:laatste|open-vraag|-0.76
w:laatste|adviseren|0.91
w:laatste|argumenteren|-0.98
w:laatste|etiketteren|-0.97
w:lachen|geruststellen|0.95
w:lacht|samenvatting|-1.0
w:lag|ondervragen|1.0
w:lage|samenvatting|0.92
w:lage|waarschuwen|-0.92
w:lager|geruststellen|-0.99
w:laks|ik-boodschap|-0.93
w:laks|jij-boodschap|0.93
w:laks|bevelen|-1.0
w:laks|vervolgafspraak|-1.0
w:lang|jij-boodschap|-0.99
w:lang|adviseren|-0.99
w:lang|bekritiseren|-0.99
w:lang|ondervragen|0.82
w:langs|jij-boodschap|-0.98
w:langs|bekritiseren|-0.9
w:langs|vervolgafspraak|0.99
w:langs|bedanken|0.74
w:langst|moraliseren|0.98
w:lapt|jij-boodschap|0.83
w:lapt|bekritiseren|0.96
w:laptop|ik-boodschap|1.97
w:laptop|jij-boodschap|-0.82
w:laptop|samenvatting|-0.98
w:laptop|open-vraag|0.98
w:laptop|bekritiseren|-0.92
w:laptop|etiketteren|-0.96
w:laptop|interpreteren|-0.99
w:laptop|ondervragen|-0.83
w:lars|afleiden|0.89
w:lastig|ik-boodschap|1.0
w:lastig|parafrase|-0.9
w:lastig|open-vraag|-0.85
w:lastig|bevelen|-1.0
w:lastig|waarschuwen|-1.0
w:lastig|moraliseren|-1.0
w:lastig|argumenteren|-0.97
w:lastig|bekritiseren|-0.88
w:lastig|interpreteren|-0.9
w:lastig|geruststellen|-1.0
w:lastig|ondervragen|-1.0
w:lastig|vervolgafspraak|-1.0
w:lastige|argumenteren|-1.0
w:lastpak|jij-boodschap|1.0
w:lastpak|etiketteren|1.0
w:lastpak|afleiden|-1.0
w:lastpak|vervolgafspraak|-1.0
w:laten|ik-boodschap|1.94
w:laten|jij-boodschap|1.76
w:laten|gevoelsreflectie|-0.99
w:laten|samenvatting|-0.86
w:laten|waarschuwen|-0.96
w:laten|moraliseren|-1.97
w:laten|adviseren|1.15
w:laten|bekritiseren|1.81
w:laten|prijzen|-0.99
w:laten|interpreteren|1.0
w:laten|geruststellen|-0.96
w:laten|ondervragen|-0.95
w:laten|afleiden|0.78
w:laten|afronding-aankondigen|3.66
w:laten|vervolgafspraak|-0.7
w:laten|bedanken|-0.94
w:later|open-vraag|-0.93
w:later|prijzen|-1.0
w:later|afleiden|1.92
w:leeftijd|argumenteren|-1.92
w:leeftijd|bekritiseren|-0.8
w:leeftijd|geruststellen|-0.94
w:leeftijd|afleiden|2.56
w:leeg|interpreteren|-0.99
w:leek|jij-boodschap|0.83
w:leek|bekritiseren|0.96
w:leerling|jij-boodschap|-0.83
w:leerling|waarschuwen|-0.45
w:leerling|moraliseren|1.98
w:leerling|adviseren|-0.96
w:leerling|argumenteren|0.97
w:leerling|bekritiseren|-0.91
w:leerling|prijzen|0.99
w:leerling|etiketteren|0.16
w:leerling|geruststellen|-0.98
w:leerlingen|jij-boodschap|-1.87
w:leerlingen|adviseren|-0.99
w:leerlingen|argumenteren|1.0
w:leerlingen|prijzen|0.91
w:leerlingen|etiketteren|-1.87
w:leerlingen|geruststellen|-0.99
w:leerplicht|ik-boodschap|-0.92
w:leerplichtambtenaar|ik-boodschap|-0.99
w:leerplichtambtenaar|waarschuwen|1.93
w:leert|ik-boodschap|0.84
w:leert|argumenteren|0.97
w:leert|vervolgafspraak|0.92
w:leerweg|adviseren|-0.94
w:leg|bevelen|0.91
w:leg|adviseren|-0.98
w:leggen|ik-boodschap|0.96
w:leggen|samenvatting|-0.96
w:leggen|bevelen|0.65
w:leggen|adviseren|1.89
w:lekker|ik-boodschap|1.6
w:lekker|open-vraag|0.92
w:lekker|bekritiseren|1.79
w:lekker|prijzen|-1.0
w:lekker|etiketteren|-0.86
w:leraar|moraliseren|0.94
w:leren|parafrase|1.93
w:leren|samenvatting|0.96
w:leren|bevelen|0.98
w:leren|moraliseren|0.99
w:leren|bekritiseren|0.75
w:leren|etiketteren|0.94
w:leren|interpreteren|-0.91
w:leren|geruststellen|-0.98
w:leren|afleiden|-0.98
w:leren|vervolgafspraak|-0.96
w:les|ik-boodschap|-0.57
w:les|parafrase|-0.99
w:les|samenvatting|-1.0
w:les|open-vraag|0.78
w:les|moraliseren|-0.91
w:les|argumenteren|-0.96
w:les|bekritiseren|1.98
w:les|interpreteren|-0.95
w:les|ondervragen|-1.0
w:lessen|bekritiseren|0.95
w:let|jij-boodschap|-0.82
w:let|samenvatting|0.85
w:let|bevelen|-0.82
w:let|waarschuwen|0.97
w:let|bekritiseren|-1.0
w:let|geruststellen|1.95
w:let|bedanken|-0.92
w:leuk|jij-boodschap|-0.82
w:leukere|afleiden|0.98
w:leukste|jij-boodschap|-0.91
w:leukste|prijzen|0.91
w:leukste|etiketteren|-0.91
w:leven|bevelen|-0.84
w:leven|moraliseren|0.91
w:leven|afleiden|0.93
w:lever|bevelen|0.9
w:lever|waarschuwen|0.98
w:leveren|bevelen|0.98
w:levert|argumenteren|0.97
w:lezen|ik-boodschap|-0.96
w:lezen|parafrase|0.96
w:lezen|afleiden|-0.9
w:lichten|vervolgafspraak|0.97
w:lieg|jij-boodschap|1.86
w:lieg|gevoelsreflectie|-1.0
w:lieg|open-vraag|-1.0
w:lieg|bekritiseren|2.13
w:lieg|ondervragen|-0.86
w:liegen|moraliseren|0.96
w:liegen|argumenteren|-0.96
w:lieke|ik-boodschap|0.98
w:lieke|samenvatting|-0.98
w:lieke|open-vraag|0.98
w:liever|afleiden|0.95
w:lig|jij-boodschap|1.56
w:lig|waarschuwen|0.97
w:lig|bekritiseren|1.12
w:liggen|ik-boodschap|0.98
w:liggen|parafrase|0.99
w:liggen|samenvatting|-0.98
w:liggen|adviseren|0.98
w:liggen|prijzen|-0.89
w:liggen|afleiden|0.24
w:ligt|ik-boodschap|-0.96
w:ligt|gevoelsreflectie|0.96
w:ligt|open-vraag|-0.92
w:ligt|bevelen|0.93
w:ligt|argumenteren|0.98
w:ligt|bekritiseren|-0.85
w:ligt|interpreteren|1.0
w:lijkt|parafrase|-0.9
w:lijkt|gevoelsreflectie|0.88
w:lijkt|adviseren|0.99
w:lijkt|argumenteren|-0.9
w:lijkt|bekritiseren|-0.99
w:lijkt|geruststellen|0.96
w:lijst|ondervragen|1.0
w:lijst|afleiden|-1.0
w:lina|jij-boodschap|-0.82
w:lina|bekritiseren|-0.92
w:logisch|argumenteren|0.97
w:logisch|prijzen|-0.96
w:lokaal|ik-boodschap|0.77
w:loop|ik-boodschap|0.84
w:loop|waarschuwen|-0.83
w:loop|bekritiseren|-0.99
w:loop|prijzen|-0.91
w:loop|vervolgafspraak|1.92
w:loopt|ik-boodschap|-0.93
w:loopt|parafrase|0.98
w:loopt|gevoelsreflectie|-0.72
w:loopt|open-vraag|0.98
w:lopen|waarschuwen|-0.64
w:lopen|etiketteren|-0.96
w:los|adviseren|-0.81
w:los|interpreteren|1.92
w:loslaten|gevoelsreflectie|-0.99
w:loslaten|adviseren|0.99
w:loslaten|prijzen|0.99
w:losse|etiketteren|-0.99
w:lotte|ik-boodschap|0.97
w:lotte|bekritiseren|-2.3
w:lotte|etiketteren|0.91
w:lotte|geruststellen|-0.85
w:lucas|waarschuwen|0.93
w:luchtig|afleiden|0.96
w:lui|ik-boodschap|-0.62
w:lui|bekritiseren|1.59
w:lui|etiketteren|1.91
w:lui|geruststellen|1.1
w:luiste|jij-boodschap|1.83
w:luiste|etiketteren|1.61
w:luiste|geruststellen|-0.98
w:luister|gevoelsreflectie|-0.2
w:luister|samenvatting|-0.91
w:luister|aanmoediging|0.99
w:luister|adviseren|-0.96
w:luister|vervolgafspraak|-1.0
w:luisterd|waarschuwen|-1.0
w:luisteren|aanmoediging|-0.96
w:luisteren|bevelen|0.96
w:luisteren|interpreteren|-0.97
w:luisteren|afronding-aankondigen|1.0
w:luistert|gevoelsreflectie|-0.85
w:luistert|bevelen|1.0
w:luistert|moraliseren|-1.0
w:luistert|bekritiseren|0.79
w:luiwammes|bekritiseren|-1.0
w:lukt|jij-boodschap|-0.99
w:lukt|argumenteren|-0.94
w:lukt|prijzen|1.97
w:lukt|interpreteren|-0.95
w:lukt|geruststellen|-0.98
w:lukt|afleiden|-0.98
w:lukt|vervolgafspraak|-0.96
w:luuk|ik-boodschap|-0.77
w:luuk|jij-boodschap|0.89
w:luuk|argumenteren|-0.98
w:luuk|etiketteren|0.89
w:luuk|geruststellen|-0.96
w:maag|ik-boodschap|-0.97
w:maak|ik-boodschap|-0.99
w:maak|gevoelsreflectie|-0.94
w:maak|samenvatting|-0.96
w:maak|argumenteren|0.97
w:maak|bekritiseren|-0.99
w:maak|interpreteren|-0.95
w:maak|vervolgafspraak|-0.99
w:maakt|ik-boodschap|0.81
w:maakt|jij-boodschap|2.16
w:maakt|gevoelsreflectie|2.61
w:maakt|samenvatting|1.05
w:maakt|moraliseren|-1.0
w:maakt|bekritiseren|0.65
w:maakt|prijzen|-1.96
w:maakt|afleiden|0.28
w:maakt|vervolgafspraak|1.56
w:maakt|bedanken|-0.94
w:maakte|parafrase|0.96
w:maand|argumenteren|-1.0
w:maand|bekritiseren|-0.93
w:maand|afronding-aankondigen|-1.0
w:maand|bedanken|-1.0
w:maandag|ik-boodschap|1.69
w:maandag|gevoelsreflectie|0.8
w:maandag|bevelen|0.9
w:maandag|adviseren|-0.99
w:maandag|bekritiseren|-0.93
w:maandag|afleiden|-0.74
w:maandag|afronding-aankondigen|0.93
w:maandag|vervolgafspraak|4.75
w:maandag|bedanken|-0.99
w:maandagochtend|moraliseren|-0.99
w:maanden|argumenteren|-0.98
w:maandje|geruststellen|0.91
w:maar|ik-boodschap|-0.15
w:maar|jij-boodschap|1.56
w:maar|parafrase|1.33
w:maar|gevoelsreflectie|1.34
w:maar|samenvatting|-0.98
w:maar|open-vraag|-3.01
w:maar|aanmoediging|1.82
w:maar|bevelen|-1.01
w:maar|waarschuwen|-1.0
w:maar|moraliseren|-1.92
w:maar|adviseren|0.76
w:maar|argumenteren|-0.11
w:maar|bekritiseren|0.1
w:maar|prijzen|-1.9
w:maar|etiketteren|-0.98
w:maar|geruststellen|1.9
w:maar|ondervragen|0.96
w:maar|afleiden|2.58
w:maar|afronding-aankondigen|0.75
w:maar|vervolgafspraak|-0.99
w:maart|samenvatting|0.91
w:maart|bevelen|-1.0
w:maart|waarschuwen|-1.0
w:maart|adviseren|-1.0
w:maart|argumenteren|1.0
w:maart|vervolgafspraak|0.91
w:maat|waarschuwen|-0.99
w:maat|bekritiseren|0.99
w:machteloos|gevoelsreflectie|1.75
w:mag|open-vraag|-0.98
w:mag|aanmoediging|0.97
w:mag|moraliseren|1.0
w:mag|ondervragen|-0.98
w:magister|ik-boodschap|0.93
w:magister|bevelen|-0.88
w:magister|argumenteren|0.92
w:magister|bekritiseren|-1.0
w:mail|jij-boodschap|0.12
w:mail|gevoelsreflectie|-0.88
w:mail|samenvatting|0.85
w:mail|bevelen|-1.0
w:mail|waarschuwen|-1.0
w:mail|adviseren|-1.99
w:mail|bekritiseren|1.8
w:mail|ondervragen|0.94
w:mail|vervolgafspraak|0.21
w:mail|bedanken|-0.95
w:mails|bekritiseren|1.13
w:mails|bedanken|1.0
w:maken|ik-boodschap|0.84
w:maken|gevoelsreflectie|-0.76
w:maken|samenvatting|0.99
w:maken|open-vraag|0.22
w:maken|bevelen|-0.87
w:maken|waarschuwen|0.54
w:maken|adviseren|0.92
w:maken|interpreteren|-0.97
w:maken|ondervragen|-1.0
w:maken|afleiden|1.96
w:maken|afronding-aankondigen|-1.0
w:maken|vervolgafspraak|2.04
w:makkelijk|jij-boodschap|2.27
w:makkelijk|adviseren|0.96
w:makkelijk|bekritiseren|1.76
w:makkelijk|prijzen|1.83
w:makkelijk|interpreteren|0.96
w:makkelijk|geruststellen|-0.94
w:man|ik-boodschap|0.6
w:manier|parafrase|0.74
w:manier|adviseren|-0.96
w:manier|bekritiseren|0.96
w:manier|etiketteren|-0.35
w:me|ik-boodschap|6.47
w:me|jij-boodschap|-0.77
w:me|parafrase|-1.87
w:me|samenvatting|-0.96
w:me|bevelen|0.61
w:me|waarschuwen|-1.0
w:me|moraliseren|-1.0
w:me|adviseren|-0.89
w:me|argumenteren|-0.98
w:me|bekritiseren|-1.52
w:me|interpreteren|-0.95
w:me|geruststellen|-1.95
w:me|afleiden|-0.74
w:me|vervolgafspraak|-1.03
w:mede|jij-boodschap|1.66
w:mede|bekritiseren|1.8
w:mede|etiketteren|-0.88
w:medewerking|bekritiseren|0.97
w:medewerking|prijzen|0.95
w:medewerking|bedanken|-0.97
w:mediatheek|samenvatting|0.96
w:mediatheek|vervolgafspraak|-0.96
w:medicijnen|open-vraag|-0.91
w:mee|parafrase|-1.0
w:mee|gevoelsreflectie|2.15
w:mee|open-vraag|1.0
w:mee|bevelen|-0.28
w:mee|waarschuwen|0.12
w:mee|bekritiseren|1.31
w:mee|prijzen|3.49
w:mee|etiketteren|-0.97
w:mee|interpreteren|-0.86
w:mee|geruststellen|-1.0
w:mee|ondervragen|-0.98
w:mee|vervolgafspraak|0.98
w:meedenken|bedanken|0.96
w:meedenkend|waarschuwen|-0.91
w:meedenkt|etiketteren|-0.97
w:meedoen|ik-boodschap|1.96
w:meedoen|open-vraag|0.85
w:meegaan|gevoelsreflectie|-0.93
w:meekijken|open-vraag|-1.0
w:meekrijgen|ik-boodschap|-0.87
w:meekrijgen|moraliseren|0.98
w:meekwam|afronding-aankondigen|0.98
w:meekwam|bedanken|0.98
w:meer|ik-boodschap|0.26
w:meer|jij-boodschap|-0.98
w:meer|parafrase|-0.94
w:meer|gevoelsreflectie|-1.19
w:meer|samenvatting|0.1
w:meer|bevelen|-0.4
w:meer|waarschuwen|-0.9
w:meer|adviseren|1.06
w:meer|argumenteren|0.98
w:meer|bekritiseren|-1.08
w:meer|prijzen|-0.97
w:meer|etiketteren|-0.99
w:meer|interpreteren|-0.91
w:meer|afleiden|0.86
w:meer|vervolgafspraak|-1.89
w:mees|ik-boodschap|-0.97
w:meest|open-vraag|0.92
w:meestal|samenvatting|-0.96
w:meeste|gevoelsreflectie|-0.92
w:meevolgen|parafrase|-0.96
w:meewerkt|waarschuwen|0.99
w:mei|argumenteren|0.92
w:meid|jij-boodschap|-0.97
w:meid|waarschuwen|-0.97
w:meid|bekritiseren|-0.95
w:meid|prijzen|0.97
w:meid|geruststellen|-0.97
w:meisjes|ik-boodschap|-1.0
w:meisjes|samenvatting|1.0
w:meisjes|moraliseren|0.91
w:meld|ik-boodschap|-0.92
w:melden|ik-boodschap|0.1
w:melden|jij-boodschap|0.92
w:melden|gevoelsreflectie|-0.92
w:melden|samenvatting|-0.99
w:melden|argumenteren|0.88
w:melden|bekritiseren|0.81
w:meneer|ik-boodschap|-0.95
w:meneer|jij-boodschap|0.44
w:meneer|gevoelsreflectie|-1.93
w:meneer|aanmoediging|-0.96
w:meneer|etiketteren|0.38
w:meneer|afleiden|-0.69
w:meneer|vervolgafspraak|1.0
w:mentor|ik-boodschap|-0.95
w:mentor|jij-boodschap|-0.98
w:mentor|open-vraag|0.78
w:mentor|bevelen|-0.98
w:mentor|adviseren|-0.99
w:mentor|vervolgafspraak|0.72
w:mentor|bedanken|0.94
w:mentorgesprek|ik-boodschap|1.0
w:mentorgroep|waarschuwen|-0.94
w:mentorlessen|gevoelsreflectie|-0.72
w:mentorlessen|samenvatting|0.95
w:mentorlessen|vervolgafspraak|-0.98
w:merk|jij-boodschap|0.9
w:merk|gevoelsreflectie|0.75
w:merk|open-vraag|1.15
w:merk|adviseren|0.91
w:merk|bekritiseren|0.9
w:merk|prijzen|-1.0
w:merk|etiketteren|-1.0
w:merk|geruststellen|-0.96
w:merken|ik-boodschap|-0.92
w:merken|open-vraag|-0.59
w:merken|geruststellen|-0.96
w:merkt|ik-boodschap|0.95
w:merkt|parafrase|0.98
w:merkt|adviseren|0.98
w:met|jij-boodschap|-2.05
w:met|parafrase|0.17
w:met|gevoelsreflectie|0.79
w:met|samenvatting|1.13
w:met|open-vraag|-1.06
w:met|aanmoediging|-1.0
w:met|bevelen|-0.68
w:met|waarschuwen|-1.79
w:met|moraliseren|0.89
w:met|adviseren|0.96
w:met|argumenteren|-0.27
w:met|bekritiseren|-0.73
w:met|prijzen|1.18
w:met|interpreteren|-1.97
w:met|geruststellen|0.78
w:met|afleiden|1.0
w:met|afronding-aankondigen|0.9
w:met|vervolgafspraak|1.0
w:met|bedanken|1.86
w:meteen|parafrase|0.98
w:meteen|bekritiseren|-1.0
w:meteen|prijzen|1.91
w:meteen|etiketteren|0.85
w:meteen|ondervragen|1.91
w:meteen|afleiden|-0.99
w:mevrouw|ik-boodschap|-0.98
w:mevrouw|jij-boodschap|0.19
w:mevrouw|bevelen|2.42
w:mevrouw|moraliseren|-0.89
w:mevrouw|adviseren|-0.97
w:mevrouw|bekritiseren|0.95
w:mevrouw|etiketteren|0.9
w:mevrouw|interpreteren|-0.9
w:mevrouw|vervolgafspraak|0.24
w:middag|ik-boodschap|0.81
w:middag|jij-boodschap|-1.0
w:middag|parafrase|0.95
w:middag|gevoelsreflectie|-1.0
w:middag|samenvatting|-0.95
w:middag|open-vraag|1.92
w:middag|aanmoediging|-1.0
w:middag|argumenteren|-1.0
w:middag|bekritiseren|-1.0
w:middelpunt|ik-boodschap|-0.94
w:middelpunt|jij-boodschap|-0.72
w:middernacht|jij-boodschap|2.72
w:middernacht|moraliseren|1.0
w:middernacht|bekritiseren|2.84
w:middernacht|prijzen|-0.94
w:mij|ik-boodschap|-0.96
w:mij|jij-boodschap|0.99
w:mij|parafrase|-0.99
w:mij|gevoelsreflectie|-0.99
w:mij|open-vraag|0.96
w:mij|aanmoediging|-0.96
w:mij|bevelen|1.21
w:mij|waarschuwen|-1.2
w:mij|moraliseren|-1.98
w:mij|argumenteren|0.12
w:mij|bekritiseren|0.82
w:mij|prijzen|-1.95
w:mij|etiketteren|-0.93
w:mij|interpreteren|2.92
w:mij|ondervragen|0.96
w:mij|afleiden|-0.95
w:mij|vervolgafspraak|2.77
w:mijn|ik-boodschap|-0.97
w:mijn|jij-boodschap|-0.78
w:mijn|parafrase|-0.99
w:mijn|bevelen|0.93
w:mijn|moraliseren|-0.96
w:mijn|adviseren|0.99
w:mijn|bekritiseren|-0.49
w:mijn|etiketteren|-1.92
w:mijn|bedanken|1.0
w:mila|jij-boodschap|-0.91
w:mila|open-vraag|0.85
w:mila|moraliseren|0.99
w:mila|prijzen|0.91
w:mila|etiketteren|-0.91
w:milan|ik-boodschap|2.65
w:milan|jij-boodschap|-1.85
w:milan|samenvatting|-0.96
w:milan|open-vraag|-1.0
w:milan|moraliseren|-0.92
w:milan|adviseren|0.9
w:milan|bekritiseren|-1.93
w:minder|ik-boodschap|0.99
w:minder|parafrase|-0.94
w:minder|moraliseren|-0.99
w:minuten|open-vraag|-0.97
w:minuten|argumenteren|-0.98
w:minuten|vervolgafspraak|-0.99
w:mis|ik-boodschap|-0.98
w:mis|parafrase|0.98
w:mis|waarschuwen|-0.8
w:mis|bekritiseren|-0.99
w:misschien|ik-boodschap|1.92
w:misschien|gevoelsreflectie|0.94
w:misschien|samenvatting|-0.96
w:misschien|open-vraag|-0.78
w:misschien|bevelen|-0.92
w:misschien|waarschuwen|-0.75
w:misschien|adviseren|5.77
w:misschien|geruststellen|-1.0
w:misschien|vervolgafspraak|-0.98
w:missen|jij-boodschap|-0.96
w:missen|parafrase|0.96
w:mist|open-vraag|0.93
w:mist|aanmoediging|-0.97
w:mist|waarschuwen|-0.99
w:mist|argumenteren|1.91
w:mist|vervolgafspraak|-0.6
w:mm|samenvatting|-1.98
w:mo|ik-boodschap|0.94
w:mo|waarschuwen|-0.94
w:mobiel|waarschuwen|0.98
w:moe|ik-boodschap|0.87
w:moe|jij-boodschap|-0.97
w:moe|samenvatting|0.92
w:moe|waarschuwen|-0.92
w:moe|moraliseren|-0.9
w:moe|prijzen|-0.96
w:moe|interpreteren|-0.98
w:moeder|ik-boodschap|-1.0
w:moeder|jij-boodschap|1.97
w:moeder|parafrase|0.9
w:moeder|gevoelsreflectie|-0.12
w:moeder|bevelen|-0.99
w:moeder|waarschuwen|-0.92
w:moeder|moraliseren|1.0
w:moeder|adviseren|0.82
w:moeder|argumenteren|-1.0
w:moeder|bekritiseren|1.02
w:moeder|prijzen|0.98
w:moeder|afleiden|-0.63
w:moeder|vervolgafspraak|1.0
w:moeilijk|gevoelsreflectie|1.72
w:moeilijk|bevelen|-0.9
w:moeilijk|argumenteren|1.95
w:moeilijk|bekritiseren|-0.86
w:moeilijk|interpreteren|1.83
w:moeilijk|vervolgafspraak|0.89
w:moeite|ik-boodschap|-0.98
w:moeite|bedanken|0.74
w:moest|parafrase|1.87
w:moet|ik-boodschap|1.0
w:moet|jij-boodschap|-1.84
w:moet|parafrase|-1.99
w:moet|gevoelsreflectie|3.28
w:moet|samenvatting|-1.8
w:moet|open-vraag|-1.99
w:moet|aanmoediging|-0.96
w:moet|bevelen|0.97
w:moet|waarschuwen|1.92
w:moet|moraliseren|1.97
w:moet|adviseren|-0.95
w:moet|bekritiseren|-0.96
w:moet|prijzen|0.89
w:moet|etiketteren|-1.98
w:moet|geruststellen|0.17
w:moet|ondervragen|-1.0
w:moet|afleiden|-0.98
w:moet|afronding-aankondigen|0.98
w:moet|vervolgafspraak|-1.91
w:moeten|parafrase|-0.97
w:moeten|samenvatting|-0.97
w:moeten|bevelen|0.84
w:moeten|waarschuwen|-0.94
w:moeten|moraliseren|1.1
w:moeten|adviseren|-0.99
w:moeten|bekritiseren|-1.59
w:moeten|etiketteren|-0.97
w:moeten|afleiden|-0.98
w:moeten|afronding-aankondigen|1.75
w:moeten|vervolgafspraak|-1.9
w:mogelijk|ik-boodschap|-0.92
w:mogelijk|open-vraag|-0.59
w:mohammed|jij-boodschap|1.64
w:mohammed|bekritiseren|1.76
w:moment|argumenteren|-0.82
w:mooi|ik-boodschap|0.95
w:mooi|adviseren|-0.92
w:mooi|afleiden|0.93
w:mooi|bedanken|-0.96
w:moois|prijzen|-1.0
w:morgen|ik-boodschap|-1.0
w:morgen|jij-boodschap|-1.86
w:morgen|parafrase|-1.0
w:morgen|samenvatting|-0.94
w:morgen|bevelen|3.59
w:morgen|moraliseren|-0.89
w:morgen|argumenteren|-1.0
w:morgen|bekritiseren|-0.94
w:morgen|ondervragen|-1.0
w:morgen|vervolgafspraak|0.99
w:morgen|bedanken|-0.98
w:muur|ik-boodschap|0.83
w:na|ik-boodschap|-0.77
w:na|jij-boodschap|-1.0
w:na|parafrase|0.87
w:na|gevoelsreflectie|-1.0
w:na|samenvatting|-0.92
w:na|aanmoediging|-1.0
w:na|bevelen|0.9
w:na|argumenteren|-0.98
w:na|bekritiseren|-1.0
w:na|prijzen|-1.0
w:na|geruststellen|-0.76
w:na|vervolgafspraak|0.98
w:na|bedanken|-0.96
w:naar|ik-boodschap|2.72
w:naar|jij-boodschap|-0.34
w:naar|parafrase|-1.86
w:naar|gevoelsreflectie|-0.11
w:naar|samenvatting|-1.05
w:naar|open-vraag|-1.01
w:naar|aanmoediging|-1.96
w:naar|bevelen|0.98
w:naar|waarschuwen|1.05
w:naar|moraliseren|-0.86
w:naar|adviseren|-0.84
w:naar|argumenteren|-1.75
w:naar|bekritiseren|0.99
w:naar|prijzen|-1.0
w:naar|etiketteren|-0.98
w:naar|geruststellen|0.72
w:naar|ondervragen|-1.0
w:naar|vervolgafspraak|0.1
w:naast|ik-boodschap|0.89
w:naast|parafrase|0.95
w:naast|bevelen|-0.7
w:naast|waarschuwen|-0.9
w:naast|moraliseren|-0.92
w:naast|bekritiseren|-1.58
w:naast|interpreteren|-0.92
w:nabespreking|open-vraag|0.98
w:nablijven|waarschuwen|1.53
w:nablijven|argumenteren|1.0
w:nablijven|afleiden|-0.98
w:nachts|jij-boodschap|0.69
w:nachts|bekritiseren|0.91
w:nadenken|aanmoediging|0.97
w:nam|bekritiseren|-0.9
w:nam|bedanken|0.74
w:namen|adviseren|0.97
w:natuurkunde|jij-boodschap|-0.95
w:natuurkunde|argumenteren|0.71
w:natuurkunde|bekritiseren|-0.71
w:natuurlijk|jij-boodschap|-0.94
w:natuurlijk|moraliseren|-0.99
w:natuurlijk|adviseren|-0.96
w:natuurlijk|prijzen|1.91
w:natuurlijk|etiketteren|-0.35
w:nauwelijks|ik-boodschap|0.93
w:nauwelijks|bekritiseren|2.63
w:nederland|moraliseren|0.91
w:nederlands|argumenteren|-0.94
w:nederlands|bekritiseren|-0.96
w:nee|aanmoediging|-0.93
w:neem|jij-boodschap|-1.0
w:neem|gevoelsreflectie|-0.94
w:neem|aanmoediging|1.99
w:neem|bevelen|-0.69
w:neem|bekritiseren|-1.0
w:neem|vervolgafspraak|-0.94
w:neemt|ik-boodschap|1.0
w:neemt|jij-boodschap|0.77
w:neemt|parafrase|-0.99
w:neemt|moraliseren|-0.91
w:neemt|bekritiseren|-0.65
w:neer|samenvatting|-0.94
w:negatief|prijzen|-0.77
w:negen|parafrase|0.98
w:negen|samenvatting|-0.99
w:negen|bevelen|1.0
w:negen|waarschuwen|-1.0
w:negen|adviseren|0.98
w:negen|interpreteren|-0.91
w:negen|vervolgafspraak|0.92
w:negen|bedanken|0.92
w:nemen|ik-boodschap|0.99
w:nemen|gevoelsreflectie|-0.76
w:nemen|bevelen|-0.84
w:nemen|moraliseren|-0.98
w:nemen|adviseren|1.68
w:nemen|prijzen|0.98
w:nemen|interpreteren|-0.98
w:nemen|afronding-aankondigen|-1.0
w:nergens|jij-boodschap|1.9
w:nergens|samenvatting|-1.85
w:nergens|open-vraag|-0.87
w:nergens|argumenteren|0.98
w:nergens|bekritiseren|2.7
w:nergens|geruststellen|-1.0
w:nestje|etiketteren|0.95
w:net|jij-boodschap|0.89
w:net|etiketteren|0.89
w:netjes|jij-boodschap|-0.92
w:netjes|aanmoediging|-0.73
w:netjes|argumenteren|-0.81
w:netjes|bekritiseren|-0.97
w:nette|bekritiseren|0.99
w:neus|geruststellen|0.97
w:niemand|jij-boodschap|-0.99
w:niemand|parafrase|2.58
w:niemand|gevoelsreflectie|1.94
w:niemand|geruststellen|1.87
w:niet|ik-boodschap|2.35
w:niet|jij-boodschap|-2.96
w:niet|parafrase|2.12
w:niet|gevoelsreflectie|-3.16
w:niet|samenvatting|-1.85
w:niet|open-vraag|-0.28
w:niet|aanmoediging|-1.0
w:niet|waarschuwen|0.83
w:niet|moraliseren|-0.14
w:niet|argumenteren|0.1
w:niet|bekritiseren|-0.84
w:niet|prijzen|-0.23
w:niet|etiketteren|-0.88
w:niet|interpreteren|-1.94
w:niet|geruststellen|0.1
w:niet|afleiden|-0.92
w:niet|afronding-aankondigen|-1.01
w:niet|vervolgafspraak|-2.56
w:niet|bedanken|-2.61
w:niets|ik-boodschap|0.98
w:niets|parafrase|0.99
w:niets|open-vraag|-0.89
w:niets|waarschuwen|0.91
w:niets|bekritiseren|-2.94
w:niets|interpreteren|-0.93
w:niets|geruststellen|0.96
w:niets|ondervragen|0.91
w:nieuw|afronding-aankondigen|0.9
w:nieuw|vervolgafspraak|1.93
w:nieuw|bedanken|-1.0
w:nieuwe|ik-boodschap|0.62
w:nieuwe|open-vraag|-0.74
w:nieuwe|ondervragen|-0.92
w:nieuwe|afleiden|1.84
w:nieuwe|bedanken|0.96
w:niks|ik-boodschap|-0.86
w:niks|jij-boodschap|0.89
w:niks|parafrase|-0.99
w:niks|gevoelsreflectie|-0.99
w:niks|samenvatting|-0.84
w:niks|open-vraag|-1.58
w:niks|bevelen|-0.98
w:niks|moraliseren|-1.87
w:niks|adviseren|-0.98
w:niks|argumenteren|0.98
w:niks|bekritiseren|1.72
w:niks|afleiden|1.03
w:nina|ik-boodschap|-0.95
w:noah|ik-boodschap|0.89
w:noah|open-vraag|-0.78
w:nodig|jij-boodschap|1.0
w:nodig|gevoelsreflectie|0.53
w:nodig|bevelen|-0.89
w:nodig|bekritiseren|2.82
w:nodig|afronding-aankondigen|-0.9
w:noemt|ik-boodschap|0.99
w:nog|ik-boodschap|-0.1
w:nog|jij-boodschap|-0.19
w:nog|open-vraag|0.99
w:nog|bevelen|-0.47
w:nog|waarschuwen|2.47
w:nog|adviseren|-0.94
w:nog|argumenteren|-0.99
w:nog|etiketteren|-0.96
w:nog|ondervragen|-1.0
w:nog|afleiden|-0.13
w:nog|vervolgafspraak|-2.62
w:nogal|jij-boodschap|0.98
w:nogal|bekritiseren|-0.13
w:nooit|jij-boodschap|0.68
w:nooit|parafrase|0.99
w:nooit|aanmoediging|-1.91
w:nooit|bevelen|1.0
w:nooit|waarschuwen|-1.0
w:nooit|moraliseren|-1.0
w:nooit|argumenteren|-1.0
w:nooit|bekritiseren|1.45
w:nooit|prijzen|-1.0
w:nooit|interpreteren|-1.0
w:nooit|afronding-aankondigen|-1.0
w:noor|ik-boodschap|0.77
w:noor|jij-boodschap|-1.93
w:noor|samenvatting|0.92
w:noor|moraliseren|1.0
w:noor|adviseren|-1.0
w:noor|bekritiseren|-0.96
w:noor|etiketteren|-1.0
w:noor|afronding-aankondigen|0.98
w:noor|vervolgafspraak|0.99
w:noor|bedanken|0.98
w:nooti|jij-boodschap|1.8
w:nooti|bekritiseren|1.59
w:normaal|argumenteren|-0.97
w:normaal|interpreteren|-0.96
w:normaal|geruststellen|0.96
w:normaal|afleiden|-0.8
w:normering|jij-boodschap|-0.39
w:normering|argumenteren|0.93
w:nou|ik-boodschap|0.62
w:nou|jij-boodschap|1.69
w:nou|gevoelsreflectie|-0.91
w:nou|samenvatting|0.96
w:nou|open-vraag|-0.98
w:nou|bevelen|-1.39
w:nou|waarschuwen|-0.81
w:nou|moraliseren|0.96
w:nou|adviseren|-0.1
w:nou|argumenteren|-1.05
w:nou|bekritiseren|2.16
w:nou|prijzen|-0.91
w:nou|etiketteren|2.02
w:nou|geruststellen|-0.91
w:nou|afleiden|-0.72
w:nou|vervolgafspraak|-0.96
w:nou|bedanken|-2.73
w:nu|ik-boodschap|0.94
w:nu|jij-boodschap|-1.96
w:nu|parafrase|-2.05
w:nu|gevoelsreflectie|-0.73
w:nu|samenvatting|0.94
w:nu|aanmoediging|-0.96
w:nu|bevelen|4.79
w:nu|waarschuwen|-0.61
w:nu|moraliseren|-1.05
w:nu|adviseren|-0.92
w:nu|argumenteren|-0.81
w:nu|prijzen|1.8
w:nu|etiketteren|-0.98
w:nu|interpreteren|-0.97
w:nu|geruststellen|-1.88
w:nu|ondervragen|-0.92
w:nu|afronding-aankondigen|3.73
w:nu|vervolgafspraak|-0.24
w:och|afleiden|1.53
w:ochtend|ik-boodschap|0.96
w:ochtend|samenvatting|-0.96
w:ochtend|adviseren|0.96
w:ochtends|gevoelsreflectie|-0.92
w:ochtends|samenvatting|-0.91
w:ochtends|bekritiseren|-0.86
w:ochtends|ondervragen|1.0
w:ochtends|vervolgafspraak|-0.64
w:oefenen|waarschuwen|-0.9
w:oefeningen|gevoelsreflectie|-0.76
w:oefeningen|open-vraag|1.0
w:oefeningen|afronding-aankondigen|-1.0
w:oefent|argumenteren|0.72
w:of|parafrase|0.9
w:of|aanmoediging|-1.0
w:of|bevelen|1.0
w:of|waarschuwen|1.52
w:of|moraliseren|-1.0
w:of|geruststellen|-0.93
w:ogen|bevelen|0.89
w:oke|afleiden|-0.98
w:oke|afronding-aankondigen|0.75
w:oke|vervolgafspraak|-0.95
w:oké|ik-boodschap|-0.98
w:oké|parafrase|-0.9
w:oké|open-vraag|-0.99
w:olivier|ik-boodschap|1.0
w:om|ik-boodschap|0.62
w:om|jij-boodschap|-0.89
w:om|parafrase|1.45
w:om|gevoelsreflectie|-0.1
w:om|samenvatting|1.87
w:om|open-vraag|0.4
w:om|aanmoediging|-1.0
w:om|bevelen|0.49
w:om|waarschuwen|-1.94
w:om|moraliseren|-0.13
w:om|argumenteren|-3.76
w:om|bekritiseren|-1.27
w:om|prijzen|-0.93
w:om|etiketteren|-0.43
w:om|geruststellen|-0.98
w:om|ondervragen|-0.96
w:om|afronding-aankondigen|-1.02
w:om|vervolgafspraak|0.91
w:omar|ik-boodschap|0.93
w:omar|gevoelsreflectie|-0.83
w:omar|waarschuwen|0.99
w:omar|vervolgafspraak|-0.97
w:omdat|jij-boodschap|-2.5
w:omdat|parafrase|2.55
w:omdat|open-vraag|-0.91
w:omdat|bevelen|-1.0
w:omdat|waarschuwen|-0.99
w:omdat|bekritiseren|-2.55
w:omdat|etiketteren|-0.93
w:omdat|interpreteren|4.85
w:omdat|geruststellen|-0.98
w:omdat|ondervragen|-0.94
w:omdat|afleiden|-0.98
w:omdat|vervolgafspraak|-0.99
w:omdat|bedanken|-0.99
w:omgaat|bekritiseren|0.61
w:onacceptabel|jij-boodschap|-0.97
w:onacceptabel|geruststellen|-0.91
w:onbeleefd|jij-boodschap|0.97
w:onbeleefd|bekritiseren|0.57
w:onbeschoft|jij-boodschap|-0.46
w:onbeschoft|argumenteren|-0.99
w:onbetrouwbare|bekritiseren|-1.65
w:onbetrouwbare|etiketteren|0.66
w:onder|waarschuwen|-0.99
w:onder|adviseren|-0.96
w:onder|bekritiseren|0.99
w:onder|etiketteren|-0.35
w:onderbreken|parafrase|-0.99
w:onderbreken|bevelen|0.93
w:onderbreken|afronding-aankondigen|1.0
w:onderschat|waarschuwen|0.99
w:ondersteboven|jij-boodschap|-0.79
w:ondersteunen|moraliseren|0.91
w:onderwijs|prijzen|0.96
w:onderzoek|argumenteren|0.99
w:oneerlijk|jij-boodschap|-1.59
w:oneerlijk|parafrase|1.0
w:oneerlijk|gevoelsreflectie|-0.69
w:oneerlijk|open-vraag|-1.0
w:oneerlijk|aanmoediging|-1.0
w:oneerlijk|moraliseren|0.91
w:oneerlijk|bekritiseren|-0.76
w:ongeldig|waarschuwen|1.0
w:ongeldig|ondervragen|-0.99
w:ongepaste|bekritiseren|0.65
w:ongerust|gevoelsreflectie|1.83
w:ongerust|samenvatting|-0.99
w:ongerust|moraliseren|-0.99
w:ongerust|interpreteren|-0.99
w:ongerust|geruststellen|1.96
w:ongerust|afleiden|-0.96
w:ongeïnteresseerd|jij-boodschap|1.0
w:ongeïnteresseerd|bekritiseren|0.96
w:ongeïnteresseerd|etiketteren|-0.72
w:onhandig|bekritiseren|0.95
w:online|parafrase|-0.99
w:online|samenvatting|0.87
w:onmogelijk|argumenteren|0.93
w:onnodig|bekritiseren|1.02
w:onredelijk|bekritiseren|0.92
w:onrustig|parafrase|-0.96
w:onrustig|adviseren|-0.91
w:ons|jij-boodschap|0.95
w:ons|waarschuwen|-0.96
w:ons|prijzen|-1.0
w:ons|ondervragen|0.99
w:ons|afronding-aankondigen|-1.0
w:ons|vervolgafspraak|-0.84
w:ontbijt|ik-boodschap|0.89
w:ontbreekt|afleiden|-0.98
w:ontevreden|gevoelsreflectie|-0.72
w:ontevreden|samenvatting|0.95
w:ontvangen|parafrase|-0.88
w:ontzettend|etiketteren|-0.97
w:ontzettende|jij-boodschap|0.86
w:onveilig|parafrase|-0.98
w:onverschillig|jij-boodschap|0.98
w:onverschillig|bekritiseren|0.87
w:onvoldoende|jij-boodschap|-0.83
w:onvoldoende|parafrase|-1.0
w:onvoldoende|gevoelsreflectie|0.98
w:onvoldoende|bevelen|-1.4
w:onvoldoende|prijzen|-0.99
w:onvoldoende|etiketteren|-1.59
w:onvoldoende|afleiden|2.64
w:onvoldoendes|ik-boodschap|1.89
w:onvoldoendes|open-vraag|-1.0
w:onvoldoendes|argumenteren|0.99
w:onvoldoendes|bekritiseren|-0.99
w:onze|samenvatting|-0.92
w:onze|moraliseren|0.99
w:onze|afronding-aankondigen|0.99
w:onze|vervolgafspraak|-0.92
w:onzeker|samenvatting|-0.93
w:onzeker|bevelen|-1.0
w:onzeker|bekritiseren|-1.0
w:onzeker|interpreteren|1.0
w:onzeker|geruststellen|-0.96
w:onzeker|ondervragen|-0.94
w:onzin|bekritiseren|0.98
w:onzinnige|etiketteren|-0.99
w:onzinverhaal|bekritiseren|2.56
w:onzinverhaal|etiketteren|-0.95
w:oog|ik-boodschap|0.91
w:ooit|jij-boodschap|0.93
w:ooit|bekritiseren|1.55
w:ook|ik-boodschap|-1.22
w:ook|jij-boodschap|-0.69
w:ook|gevoelsreflectie|0.82
w:ook|open-vraag|-0.94
w:ook|bevelen|-1.62
w:ook|moraliseren|1.89
w:ook|adviseren|-1.13
w:ook|argumenteren|-0.75
w:ook|bekritiseren|-0.43
w:ook|prijzen|2.07
w:ook|etiketteren|-1.25
w:ook|geruststellen|0.86
w:ook|afleiden|-0.91
w:ook|vervolgafspraak|2.39
w:ook|bedanken|0.24
w:oor|aanmoediging|0.65
w:op|ik-boodschap|-0.92
w:op|jij-boodschap|-0.72
w:op|parafrase|-2.95
w:op|samenvatting|0.76
w:op|open-vraag|-0.49
w:op|aanmoediging|-0.73
w:op|bevelen|-1.15
w:op|waarschuwen|0.31
w:op|adviseren|1.66
w:op|argumenteren|-1.7
w:op|bekritiseren|0.71
w:op|prijzen|-0.25
w:op|etiketteren|-2.52
w:op|interpreteren|0.89
w:op|ondervragen|1.07
w:op|afleiden|-0.68
w:op|afronding-aankondigen|-0.99
w:op|vervolgafspraak|0.98
w:opdagen|jij-boodschap|1.78
w:opdagen|gevoelsreflectie|-0.91
w:opdagen|bekritiseren|1.67
w:opdracht|ik-boodschap|0.93
w:opdracht|jij-boodschap|-1.86
w:opdracht|open-vraag|-1.0
w:opdracht|adviseren|-0.85
w:opdracht|bekritiseren|-1.64
w:opdracht|etiketteren|-1.55
w:opdrachten|ik-boodschap|1.84
w:opdrachten|open-vraag|-0.14
w:opdrachten|moraliseren|-0.92
w:opdrachten|interpreteren|-0.92
w:opdrachten|geruststellen|-0.92
w:open|gevoelsreflectie|-0.99
w:open|interpreteren|-0.97
w:open|bedanken|0.99
w:opgaven|open-vraag|-0.97
w:opgaven|prijzen|-0.91
w:opgaven|vervolgafspraak|0.97
w:opgelet|bekritiseren|2.69
w:opgevallen|ik-boodschap|-0.99
w:ophalen|samenvatting|0.99
w:ophalen|open-vraag|-0.99
w:ophalen|bevelen|-0.65
w:ophalen|waarschuwen|-0.56
w:ophoudt|ik-boodschap|-0.91
w:oplaadt|ik-boodschap|0.99
w:opletten|jij-boodschap|-0.9
w:opletten|bekritiseren|-0.9
w:oplevert|parafrase|0.86
w:oplevert|open-vraag|-0.92
w:oplossen|open-vraag|0.85
w:oplossing|adviseren|-0.97
w:oplossing|prijzen|0.96
w:opmerking|jij-boodschap|0.95
w:opmerking|samenvatting|-0.86
w:opmerking|waarschuwen|1.43
w:opmerking|bekritiseren|3.88
w:opneemt|open-vraag|0.78
w:opnemen|etiketteren|-0.97
w:opnieuw|ik-boodschap|0.96
w:opnieuw|samenvatting|-0.85
w:opnieuw|afronding-aankondigen|-0.98
w:oprecht|jij-boodschap|-0.82
w:oprecht|bekritiseren|-0.92
w:opruimen|afleiden|-0.99
w:opschrijft|ik-boodschap|0.97
w:opstaat|bevelen|0.63
w:opsteekt|ik-boodschap|0.93
w:opstelt|bekritiseren|0.92
w:opvoeden|argumenteren|-0.99
w:opvoeder|prijzen|1.0
w:orde|bevelen|-0.52
w:orde|bekritiseren|1.0
w:orthopedagoog|adviseren|-0.93
w:oude|ik-boodschap|-0.99
w:oude|samenvatting|0.86
w:oude|open-vraag|0.99
w:oude|aanmoediging|-0.97
w:oude|interpreteren|0.98
w:ouder|ik-boodschap|-1.0
w:ouder|jij-boodschap|-1.68
w:ouder|parafrase|-1.97
w:ouder|gevoelsreflectie|-0.95
w:ouder|samenvatting|-1.0
w:ouder|open-vraag|-1.0
w:ouder|aanmoediging|-1.0
w:ouder|bevelen|-1.0
w:ouder|waarschuwen|-1.0
w:ouder|moraliseren|0.9
w:ouder|adviseren|-1.0
w:ouder|interpreteren|-1.0
w:ouder|geruststellen|0.66
w:ouder|ondervragen|-1.0
w:ouder|afleiden|-1.94
w:ouder|afronding-aankondigen|-1.0
w:ouder|vervolgafspraak|-1.0
w:ouder|bedanken|-1.0
w:ouderavond|ondervragen|0.99
w:ouderavonden|bekritiseren|0.96
w:ouders|ik-boodschap|-0.93
w:ouders|jij-boodschap|-0.98
w:ouders|samenvatting|-0.97
w:ouders|moraliseren|1.86
w:ouders|adviseren|0.97
w:ouders|argumenteren|-0.95
w:ouders|prijzen|-0.98
w:ouders|vervolgafspraak|-0.97
w:ouders|bedanken|-0.97
w:over|ik-boodschap|-1.79
w:over|jij-boodschap|0.45
w:over|parafrase|-0.7
w:over|gevoelsreflectie|-1.74
w:over|open-vraag|-1.26
w:over|bevelen|0.95
w:over|moraliseren|-2.92
w:over|argumenteren|-0.27
w:over|bekritiseren|-0.5
w:over|prijzen|-0.95
w:over|etiketteren|-1.96
w:over|interpreteren|1.87
w:over|geruststellen|0.23
w:over|afleiden|-0.63
w:over|afronding-aankondigen|-3.0
w:over|vervolgafspraak|-0.99
w:over|bedanken|0.89
w:overal|jij-boodschap|1.76
w:overal|gevoelsreflectie|-1.77
w:overal|samenvatting|-0.84
w:overal|open-vraag|-0.99
w:overal|bekritiseren|1.99
w:overal|prijzen|-1.96
w:overal|etiketteren|0.96
w:overal|afleiden|-0.63
w:overal|afronding-aankondigen|-1.0
w:overdreven|jij-boodschap|-1.72
w:overgang|open-vraag|0.87
w:overgangsnormen|afleiden|-0.91
w:overkomt|interpreteren|-0.95
w:overkomt|geruststellen|-1.9
w:overkomt|afleiden|1.05
w:overleg|samenvatting|0.91
w:overleg|vervolgafspraak|0.91
w:overtuigd|waarschuwen|-0.99
w:overtuigd|geruststellen|0.99
w:paar|open-vraag|0.92
w:paar|argumenteren|-0.98
w:paar|prijzen|-0.95
w:paar|geruststellen|1.77
w:pak|ik-boodschap|-0.81
w:pak|waarschuwen|0.81
w:pakt|parafrase|0.97
w:pakt|waarschuwen|0.98
w:pakt|adviseren|-0.94
w:paniek|geruststellen|0.84
w:pas|ik-boodschap|1.75
w:pas|parafrase|0.87
w:pas|gevoelsreflectie|-0.93
w:pas|samenvatting|-0.91
w:pas|waarschuwen|-0.94
w:pas|interpreteren|-0.91
w:pas|geruststellen|-0.85
w:pauze|ik-boodschap|0.82
w:pauze|gevoelsreflectie|-0.99
w:pauze|open-vraag|0.93
w:pauze|moraliseren|-0.99
w:pauze|argumenteren|-0.98
w:pauze|prijzen|-1.0
w:pauze|interpreteren|-0.99
w:pauze|afleiden|-0.99
w:pauzes|ik-boodschap|-0.93
w:pen|ik-boodschap|0.82
w:periode|ik-boodschap|-0.83
w:periode|jij-boodschap|-1.0
w:periode|bekritiseren|-2.75
w:periode|vervolgafspraak|-0.96
w:pest|jij-boodschap|1.64
w:pest|bekritiseren|1.76
w:pesten|bekritiseren|-0.1
w:pesten|bedanken|-0.98
w:pesterijen|gevoelsreflectie|-1.0
w:pesterijen|afronding-aankondigen|0.88
w:pesterijen|vervolgafspraak|-1.0
w:peter|jij-boodschap|0.9
w:peter|bekritiseren|0.9
w:peters|gevoelsreflectie|-1.0
w:piekeren|bevelen|-0.55
w:pijn|jij-boodschap|-1.0
w:pijn|parafrase|-0.99
w:pijn|gevoelsreflectie|-0.99
w:pijn|moraliseren|1.0
w:pijn|adviseren|-1.0
w:pijn|argumenteren|-0.98
w:pijn|etiketteren|-1.0
w:pijn|interpreteren|0.99
w:pitbull|jij-boodschap|0.91
w:pitbull|prijzen|-0.91
w:pitbull|etiketteren|0.91
w:pitbull|geruststellen|-0.91
w:plagen|geruststellen|-0.94
w:plagen|afleiden|1.57
w:plan|gevoelsreflectie|0.8
w:plan|adviseren|-0.98
w:plan|prijzen|0.99
w:plan|afronding-aankondigen|-1.0
w:plan|vervolgafspraak|1.89
w:plan|bedanken|-1.0
w:plannen|jij-boodschap|-2.76
w:plannen|samenvatting|0.98
w:plannen|bevelen|0.84
w:plannen|adviseren|0.93
w:plannen|argumenteren|-0.97
w:plannen|bekritiseren|-1.45
w:plannen|interpreteren|-0.93
w:plannen|ondervragen|0.13
w:plannen|afleiden|-0.75
w:plannen|afronding-aankondigen|0.96
w:planner|ik-boodschap|0.29
w:planner|parafrase|-0.95
w:planner|samenvatting|1.6
w:planner|vervolgafspraak|-0.95
w:planning|ik-boodschap|-0.1
w:planning|gevoelsreflectie|-0.72
w:planning|samenvatting|1.32
w:planning|bekritiseren|0.81
w:planning|afleiden|-0.86
w:planning|vervolgafspraak|1.95
w:planning|bedanken|0.94
w:planningsmaatje|samenvatting|1.0
w:planningsmaatje|vervolgafspraak|1.0
w:playstation|moraliseren|0.95
w:playstation|adviseren|0.99
w:playstation|afleiden|-0.96
w:plein|argumenteren|-0.99
w:plek|samenvatting|0.96
w:plek|waarschuwen|0.91
w:plek|bekritiseren|-0.91
w:plek|vervolgafspraak|-0.96
w:plezier|jij-boodschap|-0.93
w:plezier|samenvatting|0.82
w:plicht|samenvatting|-0.99
w:plicht|moraliseren|1.82
w:plichten|moraliseren|0.95
w:plichten|etiketteren|-0.53
w:pootjes|geruststellen|0.93
w:positiefs|afronding-aankondigen|-0.99
w:positieve|waarschuwen|-0.96
w:praat|ik-boodschap|-1.66
w:praat|parafrase|-0.78
w:praat|samenvatting|2.55
w:praat|aanmoediging|-0.99
w:praat|bevelen|0.95
w:praat|waarschuwen|-0.22
w:praat|bekritiseren|-1.0
w:praat|ondervragen|-1.0
w:praat|vervolgafspraak|0.94
w:praat|bedanken|0.94
w:praten|ik-boodschap|2.45
w:praten|jij-boodschap|-0.86
w:praten|parafrase|-0.96
w:praten|bevelen|0.27
w:praten|waarschuwen|-0.9
w:praten|adviseren|0.94
w:praten|prijzen|-0.98
w:praten|afleiden|-0.72
w:praten|afronding-aankondigen|-0.98
w:praten|vervolgafspraak|-0.3
w:precies|open-vraag|0.92
w:precies|aanmoediging|-0.81
w:precies|argumenteren|0.98
w:precies|bekritiseren|-0.85
w:presentatie|jij-boodschap|-0.78
w:presentatie|bekritiseren|1.07
w:presentatie|prijzen|0.99
w:presenteerblaadje|etiketteren|0.34
w:prikkelbaar|parafrase|-0.99
w:prima|jij-boodschap|0.69
w:prima|open-vraag|0.9
w:prima|bekritiseren|1.0
w:prima|geruststellen|0.92
w:prinses|etiketteren|0.34
w:probeer|ik-boodschap|-0.92
w:probeert|bekritiseren|-0.98
w:proberen|adviseren|1.0
w:probleem|jij-boodschap|0.12
w:probleem|moraliseren|-0.96
w:probleem|argumenteren|-0.91
w:probleem|bekritiseren|-0.94
w:probleem|etiketteren|0.96
w:probleem|interpreteren|1.98
w:probleem|afleiden|-0.63
w:profiel|samenvatting|0.92
w:profiel|open-vraag|-0.95
w:programma|afleiden|-0.95
w:project|jij-boodschap|-0.82
w:protocol|moraliseren|-0.94
w:pta|ik-boodschap|-0.81
w:pta|argumenteren|0.97
w:pta|afleiden|-0.96
w:puber|geruststellen|0.81
w:puber|afleiden|0.72
w:pubers|jij-boodschap|-0.26
w:pubers|bevelen|-0.96
w:pubers|bekritiseren|-0.74
w:pubers|etiketteren|-0.51
w:pubers|interpreteren|-1.0
w:pubers|geruststellen|-0.91
w:pubers|afleiden|1.77
w:puberteit|moraliseren|-0.94
w:puberteit|interpreteren|1.0
w:puberteit|geruststellen|-0.71
w:puberteit|afleiden|1.65
w:pubertijd|moraliseren|-0.95
w:punt|ik-boodschap|0.92
w:punt|jij-boodschap|-0.26
w:punt|bevelen|-0.96
w:punt|bekritiseren|-0.74
w:punt|vervolgafspraak|-0.99
w:put|ik-boodschap|0.96
w:raakt|parafrase|-0.96
w:raakt|gevoelsreflectie|0.77
w:raakt|samenvatting|-0.91
w:raakt|aanmoediging|0.99
w:raam|ik-boodschap|-0.96
w:radeloos|gevoelsreflectie|0.93
w:raken|ik-boodschap|0.98
w:raken|interpreteren|0.99
w:raken|bedanken|-0.99
w:ramp|bekritiseren|-0.99
w:ramp|geruststellen|0.99
w:rapport|ik-boodschap|1.89
w:rapport|jij-boodschap|-1.98
w:rapport|samenvatting|-0.85
w:rapport|open-vraag|0.94
w:rapport|bevelen|-0.88
w:rapport|moraliseren|-0.94
w:rapport|bekritiseren|-1.0
w:rapport|prijzen|-0.99
w:rare|bekritiseren|0.99
w:ravi|ik-boodschap|-0.92
w:ravi|interpreteren|0.99
w:rayan|gevoelsreflectie|0.92
w:reactie|bekritiseren|2.01
w:reactie|etiketteren|0.99
w:reactie|geruststellen|-0.99
w:reageerde|aanmoediging|-0.61
w:reageert|gevoelsreflectie|0.92
w:reageert|samenvatting|-0.96
w:reageert|bevelen|-1.0
w:reageert|bekritiseren|-1.0
w:reageert|etiketteren|0.97
w:reageert|interpreteren|1.99
w:reageren|jij-boodschap|1.8
w:reageren|waarschuwen|0.91
w:reageren|bekritiseren|1.59
w:recht|ik-boodschap|-1.0
w:recht|jij-boodschap|-1.0
w:recht|parafrase|-1.0
w:recht|gevoelsreflectie|-1.0
w:recht|samenvatting|-1.0
w:recht|open-vraag|-1.0
w:recht|aanmoediging|-1.0
w:recht|bevelen|-1.0
w:recht|waarschuwen|-1.0
w:recht|moraliseren|-1.0
w:recht|adviseren|-1.0
w:recht|argumenteren|-1.0
w:recht|bekritiseren|-1.0
w:recht|prijzen|-1.0
w:recht|etiketteren|-1.0
w:recht|interpreteren|-1.0
w:recht|ondervragen|-1.0
w:recht|afleiden|-1.0
w:recht|afronding-aankondigen|-1.0
w:recht|vervolgafspraak|-1.0
w:recht|bedanken|-1.0
w:rechtop|ik-boodschap|-0.95
w:rechtop|bevelen|0.95
w:rechts|parafrase|-0.96
w:rechtszaak|jij-boodschap|1.65
w:rechtszaak|gevoelsreflectie|-0.89
w:redelijk|parafrase|-0.91
w:redelijk|adviseren|-0.98
w:redelijk|prijzen|1.0
w:redelijk|interpreteren|-1.0
w:redelijk|vervolgafspraak|-0.89
w:redt|parafrase|-0.86
w:regel|argumenteren|0.99
w:regel|vervolgafspraak|0.97
w:regelen|jij-boodschap|0.96
w:regelen|prijzen|0.91
w:regelen|afleiden|-0.93
w:regelen|bedanken|-0.74
w:regelmatig|open-vraag|-0.91
w:regels|bevelen|-0.37
w:regels|waarschuwen|0.76
w:regels|moraliseren|0.95
w:regels|argumenteren|1.01
w:regels|interpreteren|-0.93
w:regelt|prijzen|0.97
w:regelt|afleiden|-1.0
w:reglement|argumenteren|1.97
w:reistijd|open-vraag|-0.85
w:reken|jij-boodschap|-0.91
w:reken|prijzen|0.87
w:reken|etiketteren|-0.91
w:rekenen|adviseren|-0.98
w:rekenen|argumenteren|0.98
w:rekenmachine|gevoelsreflectie|-0.76
w:rekenmachine|open-vraag|1.0
w:rekenmachine|afronding-aankondigen|-1.0
w:rekenmachine|vervolgafspraak|0.97
w:respect|ik-boodschap|-0.87
w:respect|jij-boodschap|0.93
w:respect|moraliseren|1.97
w:rest|ik-boodschap|0.78
w:rest|parafrase|0.99
w:rest|open-vraag|-0.91
w:rest|waarschuwen|-0.16
w:rest|argumenteren|0.95
w:richten|waarschuwen|-0.96
w:rij|gevoelsreflectie|-0.97
w:rij|open-vraag|-1.98
w:rij|vervolgafspraak|-0.92
w:rijtje|open-vraag|0.87
w:rik|ik-boodschap|0.93
w:roep|bevelen|0.99
w:roept|ik-boodschap|0.96
w:roept|parafrase|-0.99
w:roken|ik-boodschap|0.98
w:rollen|bevelen|0.89
w:rommeltje|jij-boodschap|0.91
w:rommeltje|bekritiseren|0.91
w:ronden|samenvatting|-0.96
w:ronden|argumenteren|-0.97
w:ronden|afronding-aankondigen|1.9
w:ronduit|jij-boodschap|-0.46
w:rookt|jij-boodschap|-0.98
w:rookt|waarschuwen|-0.98
w:rooster|ik-boodschap|0.87
w:rooster|parafrase|0.96
w:rooster|gevoelsreflectie|-0.72
w:rooster|samenvatting|0.95
w:rooster|adviseren|0.81
w:rooster|bekritiseren|-0.92
w:rooster|vervolgafspraak|-0.96
w:rot|ik-boodschap|-0.9
w:rot|gevoelsreflectie|-0.17
w:rot|open-vraag|-0.99
w:rotmoment|gevoelsreflectie|1.0
w:rotmoment|geruststellen|-0.83
w:rust|parafrase|0.98
w:rust|adviseren|0.98
w:rusten|afleiden|0.93
w:rustig|parafrase|-0.99
w:rustig|gevoelsreflectie|-0.97
w:rustig|aanmoediging|1.91
w:rustig|bevelen|0.91
w:rustiger|vervolgafspraak|0.99
w:ruzie|jij-boodschap|0.77
w:ruzie|parafrase|0.93
w:ruzie|gevoelsreflectie|-1.0
w:ruzie|samenvatting|1.98
w:ruzie|open-vraag|0.99
w:ruzie|adviseren|-1.0
w:ruzie|argumenteren|-1.0
w:ruzie|bekritiseren|0.94
w:ruzie|afleiden|0.89
w:ruzies|adviseren|-0.91
w:ruzietjes|geruststellen|-0.93
w:ruzietjes|afleiden|2.82
w:s|waarschuwen|-0.75
w:saboteert|samenvatting|-1.0
w:saboteert|bekritiseren|1.0
w:samen|ik-boodschap|0.13
w:samen|jij-boodschap|-1.77
w:samen|parafrase|-0.99
w:samen|samenvatting|0.95
w:samen|open-vraag|-1.0
w:samen|adviseren|0.78
w:samen|prijzen|0.97
w:samen|geruststellen|-1.0
w:samen|afleiden|-0.88
w:samen|vervolgafspraak|5.41
w:samen|bedanken|-1.93
w:samengevat|ik-boodschap|-1.0
w:samengevat|jij-boodschap|0.99
w:samengevat|parafrase|-0.94
w:samengevat|gevoelsreflectie|0.8
w:samengevat|samenvatting|0.85
w:samengevat|open-vraag|-1.83
w:samengevat|adviseren|-1.0
w:samengevat|bekritiseren|1.62
w:samengevat|vervolgafspraak|0.89
w:samengevat|bedanken|-0.98
w:samenvat|parafrase|0.99
w:samenvat|gevoelsreflectie|-0.89
w:samenvat|samenvatting|2.0
w:samenvat|open-vraag|-0.99
w:samenvat|bevelen|-0.65
w:samenvat|waarschuwen|-0.56
w:samenvatten|parafrase|-0.96
w:samenvatten|samenvatting|0.94
w:samenvatten|vervolgafspraak|-0.95
w:samenvatten|bedanken|0.94
w:samenvattend|gevoelsreflectie|0.95
w:samenvattend|samenvatting|0.85
w:samenvattend|open-vraag|-0.65
w:samenvattend|bevelen|-0.7
w:samenvattend|waarschuwen|-0.9
w:samenvattend|argumenteren|-0.96
w:samenwerken|ik-boodschap|0.98
w:samenwerken|samenvatting|-0.98
w:samenwerken|open-vraag|0.98
w:sandra|ik-boodschap|-0.96
w:sandra|jij-boodschap|0.96
w:sandra|geruststellen|0.95
w:sanne|ik-boodschap|-1.86
w:sanne|samenvatting|-0.91
w:sanne|adviseren|-0.91
w:sara|parafrase|0.91
w:schaamt|parafrase|-1.0
w:schaamt|samenvatting|-1.0
w:schaamt|interpreteren|1.0
w:schakel|waarschuwen|0.99
w:schandalig|bekritiseren|0.95
w:scheiding|interpreteren|0.99
w:scheikunde|waarschuwen|-0.83
w:schelen|parafrase|-0.99
w:schelen|gevoelsreflectie|-0.99
w:schelen|interpreteren|0.99
w:scherm|parafrase|-0.94
w:schermtijd|ik-boodschap|-0.93
w:schermtijd|jij-boodschap|0.93
w:schieten|ik-boodschap|0.87
w:schieten|adviseren|-0.93
w:school|jij-boodschap|-1.12
w:school|parafrase|-0.12
w:school|gevoelsreflectie|-0.89
w:school|samenvatting|-0.25
w:school|open-vraag|2.0
w:school|aanmoediging|-1.0
w:school|bevelen|0.24
w:school|waarschuwen|-0.5
w:school|moraliseren|0.95
w:school|argumenteren|-4.66
w:school|bekritiseren|-1.17
w:school|etiketteren|-0.96
w:school|interpreteren|0.91
w:school|geruststellen|0.91
w:school|afleiden|-0.72
w:school|vervolgafspraak|-1.0
w:school|bedanken|-0.74
w:schoolapp|moraliseren|0.99
w:schoolarts|open-vraag|-0.91
w:schoolgids|ondervragen|-0.92
w:schoolkamp|moraliseren|0.91
w:schoolplein|afleiden|0.95
w:schoolreisje|afleiden|1.0
w:schooltijd|geruststellen|-1.0
w:schooltijd|bedanken|-0.96
w:schoolvoetbalteam|waarschuwen|0.81
w:schorsing|jij-boodschap|-0.99
w:schorsing|gevoelsreflectie|0.93
w:schorsing|samenvatting|-0.99
w:schorsing|etiketteren|-0.98
w:schreeuwen|bevelen|1.86
w:schreeuwen|bekritiseren|-1.0
w:schriftje|adviseren|0.98
w:schrijf|adviseren|0.98
w:schrijft|argumenteren|0.88
w:schrik|ik-boodschap|2.49
w:schrik|jij-boodschap|-0.92
w:schrik|gevoelsreflectie|1.45
w:schrik|bekritiseren|-0.31
w:schrok|ik-boodschap|2.28
w:schrok|gevoelsreflectie|-2.07
w:schrok|open-vraag|-0.99
w:schuift|jij-boodschap|-0.96
w:schuift|bevelen|-0.95
w:schuift|vervolgafspraak|1.51
w:schuld|jij-boodschap|1.77
w:schuld|samenvatting|-0.91
w:schuld|open-vraag|-0.87
w:schuld|bekritiseren|0.91
w:schuldig|gevoelsreflectie|-0.87
w:schuldig|bekritiseren|-0.9
w:scoren|geruststellen|-0.99
w:sectie|gevoelsreflectie|0.8
w:sectie|aanmoediging|-0.96
w:sectie|etiketteren|0.96
w:sectie|vervolgafspraak|0.89
w:sem|ik-boodschap|0.91
w:sem|jij-boodschap|-0.98
w:sem|open-vraag|0.98
w:sem|adviseren|-0.94
w:sem|bekritiseren|-1.65
w:sem|etiketteren|0.66
w:sem|ondervragen|-0.83
w:sem|vervolgafspraak|-0.99
w:september|argumenteren|0.94
w:serieus|ik-boodschap|0.99
w:serieus|jij-boodschap|0.77
w:serieus|interpreteren|-0.99
w:sfeer|ik-boodschap|-0.93
w:sfeer|jij-boodschap|1.56
w:sfeer|samenvatting|0.85
w:sfeer|open-vraag|-0.85
w:sfeer|waarschuwen|0.97
w:sfeer|bekritiseren|0.98
w:sfeer|afleiden|-0.75
w:simpel|waarschuwen|-0.52
w:simpel|argumenteren|1.67
w:sinds|ik-boodschap|2.75
w:sinds|jij-boodschap|-0.97
w:sinds|open-vraag|0.92
w:sinds|moraliseren|-0.92
w:sinds|argumenteren|0.94
w:sinds|bekritiseren|-1.93
w:sinds|interpreteren|-0.92
w:sinds|vervolgafspraak|-0.64
w:situatie|gevoelsreflectie|-0.99
w:situatie|argumenteren|-1.0
w:slaap|gevoelsreflectie|-0.97
w:slaap|samenvatting|-0.1
w:slaap|open-vraag|1.86
w:slaap|adviseren|0.96
w:slaap|bekritiseren|-0.15
w:slaapt|parafrase|-0.99
w:slaapt|samenvatting|1.86
w:slaapt|aanmoediging|-0.97
w:slaapt|adviseren|-1.0
w:slaapt|interpreteren|-0.95
w:slaapt|vervolgafspraak|-0.95
w:slaat|jij-boodschap|-0.82
w:slaat|argumenteren|0.98
w:slag|gevoelsreflectie|1.0
w:slag|open-vraag|-1.0
w:slapen|adviseren|-0.91
w:slecht|ik-boodschap|-0.99
w:slecht|jij-boodschap|0.61
w:slecht|parafrase|-0.99
w:slecht|samenvatting|1.86
w:slecht|open-vraag|-0.9
w:slecht|aanmoediging|-0.97
w:slecht|adviseren|-1.0
w:slecht|bekritiseren|1.47
w:slecht|vervolgafspraak|-0.95
w:slechte|open-vraag|-0.93
w:slechte|geruststellen|1.66
w:slechte|afleiden|0.71
w:slechter|aanmoediging|-0.97
w:slim|adviseren|0.92
w:slim|etiketteren|0.95
w:slimme|jij-boodschap|-0.97
w:slimme|gevoelsreflectie|-0.99
w:slimme|waarschuwen|-0.97
w:slimme|prijzen|3.8
w:slimme|etiketteren|-1.0
w:slimme|geruststellen|-0.97
w:slimste|moraliseren|-0.99
w:slimste|adviseren|-0.85
w:slimste|etiketteren|-0.7
w:slordig|bekritiseren|0.97
w:slordig|prijzen|-0.97
w:slordige|bekritiseren|-0.95
w:sluit|bedanken|0.96
w:sluiten|vervolgafspraak|-0.94
w:smit|bevelen|1.45
w:smit|moraliseren|-0.89
w:smit|interpreteren|-0.9
w:smoesjes|ik-boodschap|-1.0
w:snap|parafrase|0.85
w:snap|gevoelsreflectie|2.38
w:snap|samenvatting|-0.95
w:snap|bevelen|0.84
w:snap|adviseren|0.92
w:snap|prijzen|-0.91
w:snap|geruststellen|1.77
w:snapt|ik-boodschap|0.62
w:snapt|parafrase|-0.96
w:snapt|waarschuwen|-0.97
w:snapt|adviseren|-1.0
w:snapt|prijzen|0.8
w:snapt|etiketteren|-1.0
w:snapt|interpreteren|0.92
w:snapt|geruststellen|-1.9
w:snel|jij-boodschap|-0.6
w:snel|bekritiseren|-0.69
w:snel|bedanken|1.0
w:sneller|bekritiseren|-0.1
w:sneller|bedanken|-0.98
w:sociale|etiketteren|-0.83
w:sofia|gevoelsreflectie|-0.98
w:sofie|ik-boodschap|-0.99
w:soms|jij-boodschap|0.89
w:soms|bekritiseren|-1.0
w:soms|etiketteren|0.89
w:soort|bekritiseren|1.13
w:soort|afleiden|0.97
w:sophie|gevoelsreflectie|0.91
w:spannend|gevoelsreflectie|1.0
w:speelde|jij-boodschap|-0.98
w:speelde|bekritiseren|-0.98
w:speelt|ik-boodschap|-1.95
w:speelt|samenvatting|1.0
w:speelt|waarschuwen|0.91
w:spieken|jij-boodschap|-1.59
w:spieken|moraliseren|0.91
w:spieken|bekritiseren|-1.72
w:spiekt|jij-boodschap|-0.91
w:spiekt|waarschuwen|1.0
w:spiekt|ondervragen|-0.99
w:spiekt|afleiden|0.91
w:spijbelen|waarschuwen|0.94
w:spijbelt|ik-boodschap|-0.99
w:spijbelt|jij-boodschap|1.92
w:spijbelt|bekritiseren|0.81
w:spijbelt|etiketteren|-0.93
w:spijbelt|geruststellen|-0.74
w:sprake|gevoelsreflectie|0.92
w:spreek|samenvatting|0.85
w:spreek|bevelen|-0.98
w:spreek|bedanken|-0.92
w:spreken|ik-boodschap|-0.71
w:spreken|samenvatting|1.6
w:spreken|argumenteren|-0.81
w:spreken|prijzen|-0.9
w:spreken|etiketteren|-0.98
w:spreken|afleiden|-0.99
w:spreken|afronding-aankondigen|-1.88
w:spreken|vervolgafspraak|1.94
w:spullen|ik-boodschap|1.8
w:spullen|bekritiseren|1.0
w:sta|ik-boodschap|0.81
w:sta|jij-boodschap|-0.91
w:sta|bekritiseren|-0.91
w:staan|ik-boodschap|0.95
w:staan|open-vraag|-1.0
w:staan|moraliseren|0.93
w:staan|argumenteren|0.95
w:staan|bekritiseren|0.98
w:staat|ik-boodschap|-0.89
w:staat|jij-boodschap|-0.72
w:staat|samenvatting|-1.84
w:staat|bevelen|0.11
w:staat|waarschuwen|1.43
w:staat|moraliseren|-0.94
w:staat|adviseren|0.81
w:staat|bekritiseren|-0.92
w:staat|afleiden|-1.88
w:staat|vervolgafspraak|-0.95
w:stad|ondervragen|1.0
w:stage|jij-boodschap|-0.98
w:stage|samenvatting|0.98
w:stage|bekritiseren|-0.96
w:stage|afleiden|0.66
w:stagebegeleider|jij-boodschap|-0.86
w:stagebegeleider|bevelen|1.73
w:stagebegeleider|vervolgafspraak|-0.98
w:stagebegeleider|bedanken|-0.98
w:stand|gevoelsreflectie|-0.98
w:star|argumenteren|-0.93
w:staren|ik-boodschap|-0.8
w:start|open-vraag|0.92
w:statistisch|adviseren|-0.99
w:steeds|jij-boodschap|4.41
w:steeds|parafrase|-0.99
w:steeds|gevoelsreflectie|-2.75
w:steeds|samenvatting|0.92
w:steeds|open-vraag|-1.07
w:steeds|bevelen|-0.93
w:steeds|argumenteren|-0.98
w:steeds|bekritiseren|3.98
w:steeds|prijzen|-1.0
w:steeds|ondervragen|0.11
w:steeds|vervolgafspraak|-0.93
w:steek|jij-boodschap|-0.78
w:steek|gevoelsreflectie|0.99
w:stel|ik-boodschap|-0.97
w:stel|etiketteren|0.98
w:stel|vervolgafspraak|0.95
w:stellen|ik-boodschap|0.96
w:stellen|jij-boodschap|1.0
w:stellen|moraliseren|1.0
w:stellen|bekritiseren|1.0
w:stelt|moraliseren|-0.96
w:stelt|argumenteren|-0.95
w:stelt|bekritiseren|2.63
w:stelt|afleiden|1.94
w:sterk|bekritiseren|-1.78
w:sterke|jij-boodschap|-0.97
w:steunen|moraliseren|0.95
w:steunen|argumenteren|-0.95
w:stil|interpreteren|0.99
w:stil|ondervragen|-0.91
w:stiller|jij-boodschap|-1.0
w:stoeien|ik-boodschap|0.98
w:stoer|jij-boodschap|-0.96
w:stoer|interpreteren|0.95
w:stoer|ondervragen|-0.94
w:stof|ik-boodschap|0.62
w:stond|argumenteren|2.86
w:stond|ondervragen|1.0
w:stond|afleiden|-1.0
w:stonden|parafrase|-0.98
w:stonden|bekritiseren|-0.9
w:stop|bevelen|1.0
w:stop|waarschuwen|0.97
w:stop|bekritiseren|-1.0
w:stoppen|gevoelsreflectie|-1.0
w:stoppen|afronding-aankondigen|0.98
w:stoppen|vervolgafspraak|0.7
w:stopt|open-vraag|-0.97
w:stopt|bevelen|0.98
w:stopt|bekritiseren|-0.1
w:stopt|bedanken|-0.98
w:straat|waarschuwen|-0.64
w:straat|etiketteren|-0.96
w:straf|parafrase|0.99
w:straf|open-vraag|-0.68
w:strafwerk|waarschuwen|-0.91
w:straks|ik-boodschap|-0.1
w:straks|jij-boodschap|-0.91
w:straks|aanmoediging|-0.97
w:straks|waarschuwen|1.86
w:straks|bekritiseren|-1.82
w:straks|prijzen|-0.99
w:straks|geruststellen|0.91
w:straks|vervolgafspraak|-0.97
w:streng|parafrase|-0.97
w:stress|argumenteren|-0.87
w:structuur|parafrase|-1.91
w:structuur|bedanken|0.98
w:studiewijzer|parafrase|-0.98
w:studiewijzer|argumenteren|0.98
w:stuk|prijzen|-0.99
w:stuk|etiketteren|0.99
w:sturen|bevelen|-1.0
w:sturen|moraliseren|1.0
w:sturen|bekritiseren|1.96
w:sturen|vervolgafspraak|-0.72
w:stuur|aanmoediging|-1.0
w:stuur|bevelen|1.0
w:stuur|waarschuwen|1.52
w:stuur|moraliseren|-1.0
w:stuur|adviseren|-0.99
w:stuur|argumenteren|-0.97
w:stuur|prijzen|-1.0
w:stuur|vervolgafspraak|0.93
w:stuur|bedanken|0.96
w:stuurde|jij-boodschap|-0.46
w:stuurt|jij-boodschap|-0.94
w:stuurt|bevelen|0.94
w:sven|adviseren|0.94
w:taak|bevelen|-1.0
w:taak|moraliseren|1.0
w:taal|bekritiseren|-0.91
w:tafel|vervolgafspraak|0.92
w:tafel|bedanken|0.92
w:tandarts|bevelen|-0.93
w:tandarts|ondervragen|-0.99
w:tas|open-vraag|-0.98
w:tas|adviseren|1.85
w:tas|geruststellen|-0.97
w:te|ik-boodschap|-0.82
w:te|jij-boodschap|0.65
w:te|parafrase|-0.93
w:te|samenvatting|-0.73
w:te|open-vraag|-0.7
w:te|aanmoediging|-1.0
w:te|bevelen|-2.04
w:te|waarschuwen|-1.81
w:te|moraliseren|1.85
w:te|adviseren|0.81
w:te|argumenteren|1.01
w:te|bekritiseren|0.56
w:te|etiketteren|-0.5
w:te|interpreteren|0.97
w:te|geruststellen|-2.0
w:te|ondervragen|-2.01
w:te|afronding-aankondigen|-2.0
w:te|vervolgafspraak|-1.69
w:te|bedanken|-1.04
w:team|adviseren|-0.97
w:teamleider|aanmoediging|-1.0
w:teamleider|bevelen|1.81
w:teamleider|waarschuwen|1.52
w:teamleider|moraliseren|-1.0
w:teamleider|prijzen|-1.0
w:teamleider|vervolgafspraak|-0.92
w:teamleider|bedanken|-0.92
w:tegelijk|ik-boodschap|0.6
w:tegelijk|afronding-aankondigen|-0.98
w:tegelijk|vervolgafspraak|-0.98
w:tegen|ik-boodschap|-0.12
w:tegen|jij-boodschap|0.98
w:tegen|gevoelsreflectie|0.68
w:tegen|samenvatting|-0.91
w:tegen|open-vraag|-0.87
w:tegen|bevelen|0.95
w:tegen|bekritiseren|1.04
w:tegen|etiketteren|-0.97
w:tegen|ondervragen|0.96
w:tegenover|jij-boodschap|-0.62
w:tegenover|moraliseren|0.91
w:tegenover|bekritiseren|-1.14
w:tegenovergestelde|jij-boodschap|0.97
w:tegenovergestelde|bekritiseren|0.97
w:tegenvallend|gevoelsreflectie|-0.98
w:tegenwoordig|geruststellen|-0.96
w:tegenwoordig|afleiden|0.96
w:tekent|jij-boodschap|-0.7
w:tekent|prijzen|0.97
w:tekortpunten|argumenteren|0.94
w:telefoon|ik-boodschap|0.15
w:telefoon|jij-boodschap|-1.03
w:telefoon|samenvatting|-0.96
w:telefoon|open-vraag|-0.22
w:telefoon|bevelen|0.29
w:telefoon|waarschuwen|0.98
w:telefoon|moraliseren|-0.91
w:telefoon|bekritiseren|0.94
w:telefoon|prijzen|-0.94
w:telefoon|geruststellen|-0.97
w:telefoon|vervolgafspraak|-0.94
w:telefoonnummer|open-vraag|-0.88
w:telefoons|bevelen|0.82
w:teleur|jij-boodschap|0.97
w:teleur|bekritiseren|0.97
w:teleurgesteld|parafrase|-2.25
w:teleurgesteld|gevoelsreflectie|2.68
w:teleurgesteld|aanmoediging|-1.0
w:teleurgesteld|argumenteren|-1.0
w:teleurgesteld|bekritiseren|1.0
w:teleurgesteld|geruststellen|-0.98
w:teleurgesteld|vervolgafspraak|0.89
w:teleurgestelt|geruststellen|-0.99
w:tenminste|afleiden|0.75
w:ter|gevoelsreflectie|0.92
w:terecht|geruststellen|0.93
w:terechtgebracht|bekritiseren|0.71
w:terug|jij-boodschap|-1.0
w:terug|parafrase|-1.9
w:terug|samenvatting|1.79
w:terug|interpreteren|-1.0
w:terug|vervolgafspraak|-0.46
w:terug|bedanken|-0.96
w:terugvindt|etiketteren|-0.99
w:terwijl|jij-boodschap|1.0
w:terwijl|gevoelsreflectie|0.88
w:terwijl|moraliseren|1.0
w:terwijl|bekritiseren|1.0
w:tess|open-vraag|-0.91
w:tevoren|open-vraag|-0.98
w:tevoren|adviseren|1.85
w:tevreden|gevoelsreflectie|-0.72
w:tevreden|samenvatting|0.95
w:thijs|ik-boodschap|0.92
w:thijs|jij-boodschap|1.0
w:thijs|etiketteren|1.0
w:thijs|afleiden|-1.0
w:thijs|vervolgafspraak|-1.0
w:thnx|afronding-aankondigen|-1.85
w:thuis|ik-boodschap|1.12
w:thuis|jij-boodschap|-0.96
w:thuis|parafrase|0.15
w:thuis|gevoelsreflectie|-1.09
w:thuis|samenvatting|1.04
w:thuis|open-vraag|0.84
w:thuis|bevelen|-1.02
w:thuis|waarschuwen|-1.08
w:thuis|moraliseren|-1.0
w:thuis|adviseren|0.96
w:thuis|argumenteren|-0.94
w:thuis|bekritiseren|-0.67
w:thuis|prijzen|1.99
w:thuis|etiketteren|-1.0
w:thuis|interpreteren|0.96
w:thuis|geruststellen|-1.98
w:thuis|ondervragen|1.0
w:thuis|afleiden|-1.95
w:thuis|vervolgafspraak|-1.66
w:thuisblijft|jij-boodschap|-1.0
w:thuisblijft|ondervragen|-1.0
w:thuisgehouden|jij-boodschap|0.92
w:thuisgehouden|bekritiseren|1.82
w:thuiskomt|waarschuwen|-0.92
w:thuissituatie|vervolgafspraak|-0.92
w:tien|ik-boodschap|0.99
w:tien|parafrase|0.96
w:tien|samenvatting|-0.91
w:tien|waarschuwen|-0.94
w:tien|argumenteren|-0.98
w:tien|prijzen|-0.89
w:tien|ondervragen|-0.96
w:ties|open-vraag|0.92
w:tijd|ik-boodschap|-0.82
w:tijd|jij-boodschap|0.19
w:tijd|parafrase|-1.99
w:tijd|gevoelsreflectie|0.73
w:tijd|samenvatting|-1.53
w:tijd|open-vraag|0.98
w:tijd|aanmoediging|2.2
w:tijd|waarschuwen|-0.97
w:tijd|moraliseren|1.03
w:tijd|argumenteren|-1.95
w:tijd|bekritiseren|-0.62
w:tijd|etiketteren|-0.94
w:tijd|interpreteren|-1.95
w:tijd|geruststellen|-0.97
w:tijd|vervolgafspraak|-0.92
w:tijd|bedanken|0.9
w:tijdens|ik-boodschap|0.97
w:tijdens|samenvatting|-0.98
w:tijdens|open-vraag|0.98
w:tijdens|bevelen|-0.62
w:tijdens|argumenteren|-0.99
w:tijdens|vervolgafspraak|-0.94
w:tijdstip|afronding-aankondigen|0.93
w:tijdstip|vervolgafspraak|0.93
w:tillen|moraliseren|-0.94
w:tillen|afleiden|1.65
w:tim|bekritiseren|-0.61
w:timer|argumenteren|-0.99
w:tip|adviseren|0.99
w:tip|prijzen|-0.98
w:tja|jij-boodschap|2.87
w:tja|open-vraag|-1.65
w:tja|argumenteren|-0.93
w:tja|bekritiseren|1.97
w:tja|etiketteren|2.0
w:tja|interpreteren|-1.0
w:tja|afleiden|1.88
w:tja|bedanken|-0.92
w:toch|jij-boodschap|-0.34
w:toch|parafrase|0.97
w:toch|gevoelsreflectie|1.37
w:toch|bevelen|-0.97
w:toch|waarschuwen|-0.92
w:toch|moraliseren|2.89
w:toch|adviseren|-1.0
w:toch|bekritiseren|-0.95
w:toch|prijzen|1.87
w:toch|etiketteren|0.86
w:toch|afleiden|1.67
w:toch|vervolgafspraak|-0.92
w:toe|ik-boodschap|1.88
w:toe|parafrase|0.94
w:toe|samenvatting|0.86
w:toe|bekritiseren|-0.99
w:toe|interpreteren|-0.92
w:toe|vervolgafspraak|0.97
w:toegeven|interpreteren|0.99
w:toekomst|adviseren|-0.86
w:toekomt|ik-boodschap|0.93
w:toen|ik-boodschap|1.13
w:toen|jij-boodschap|0.83
w:toen|parafrase|0.19
w:toen|samenvatting|-0.99
w:toen|aanmoediging|1.37
w:toen|bevelen|-0.98
w:toen|adviseren|-0.92
w:toen|argumenteren|-0.83
w:toestaat|gevoelsreflectie|-0.93
w:toestemmingsformulier|bekritiseren|-0.93
w:toets|ik-boodschap|0.86
w:toets|parafrase|0.96
w:toets|gevoelsreflectie|-0.14
w:toets|open-vraag|-0.78
w:toets|bevelen|-0.62
w:toets|waarschuwen|1.0
w:toets|adviseren|0.91
w:toets|argumenteren|1.8
w:toets|bekritiseren|-1.57
w:toets|etiketteren|-0.99
w:toets|ondervragen|-0.99
w:toets|vervolgafspraak|0.87
w:toetsen|ik-boodschap|-0.79
w:toetsen|parafrase|-1.91
w:toetsen|open-vraag|-0.97
w:toetsen|argumenteren|-0.98
w:toetsen|interpreteren|-0.99
w:toetsen|geruststellen|-0.96
w:toetsweek|ik-boodschap|0.91
w:toetsweek|samenvatting|-0.85
w:toetsweek|bekritiseren|-0.97
w:toetsweek|geruststellen|-0.89
w:toevoegen|samenvatting|0.86
w:toevoegen|open-vraag|0.99
w:toezicht|samenvatting|0.99
w:tof|ik-boodschap|0.96
w:tolk|ik-boodschap|-1.33
w:tolk|vervolgafspraak|0.97
w:tom|interpreteren|0.95
w:toon|jij-boodschap|-0.93
w:toont|bekritiseren|0.2
w:topmoeder|jij-boodschap|-0.99
w:topmoeder|prijzen|0.99
w:tornen|argumenteren|0.82
w:tot|ik-boodschap|-0.81
w:tot|jij-boodschap|2.72
w:tot|parafrase|0.93
w:tot|gevoelsreflectie|-0.98
w:tot|samenvatting|-0.13
w:tot|open-vraag|-0.93
w:tot|bevelen|0.36
w:tot|waarschuwen|-0.12
w:tot|moraliseren|1.0
w:tot|adviseren|0.98
w:tot|bekritiseren|2.84
w:tot|prijzen|-1.9
w:tot|interpreteren|-1.0
w:tot|vervolgafspraak|-0.94
w:trekt|parafrase|-0.91
w:trekt|geruststellen|0.98
w:trekt|afronding-aankondigen|-1.0
w:trekt|bedanken|-1.0
w:trots|jij-boodschap|-0.72
w:trots|gevoelsreflectie|0.99
w:trots|interpreteren|-0.99
w:trouwens|jij-boodschap|-1.0
w:trouwens|open-vraag|-1.0
w:trouwens|bekritiseren|-1.0
w:trouwens|etiketteren|-0.51
w:trouwens|interpreteren|-1.0
w:trouwens|geruststellen|0.91
w:trouwens|afleiden|2.0
w:twaalf|prijzen|-0.96
w:twaalfde|vervolgafspraak|0.97
w:twee|ik-boodschap|2.02
w:twee|jij-boodschap|0.88
w:twee|parafrase|-0.78
w:twee|gevoelsreflectie|-1.72
w:twee|samenvatting|-0.21
w:twee|open-vraag|-0.77
w:twee|bevelen|-0.65
w:twee|waarschuwen|-0.56
w:twee|adviseren|0.91
w:twee|bekritiseren|1.09
w:twee|geruststellen|0.16
w:twee|afleiden|-0.88
w:twee|afronding-aankondigen|-2.91
w:twee|vervolgafspraak|0.64
w:twee|bedanken|-0.94
w:tweede|ik-boodschap|0.84
w:tweede|gevoelsreflectie|0.98
w:tweede|waarschuwen|0.95
w:tweede|moraliseren|-0.96
w:tweede|geruststellen|0.99
w:tweede|afleiden|1.78
w:tweede|vervolgafspraak|1.88
w:tweede|bedanken|-0.96
w:twintig|open-vraag|-0.97
w:typerend|jij-boodschap|0.9
w:typisch|moraliseren|-0.99
w:typisch|adviseren|-0.99
w:typisch|etiketteren|2.81
w:typisch|afleiden|-1.0
w:typische|bekritiseren|-0.91
w:u|ik-boodschap|-3.88
w:u|jij-boodschap|-0.38
w:u|parafrase|0.82
w:u|gevoelsreflectie|0.65
w:u|samenvatting|-1.64
w:u|open-vraag|-0.3
w:u|aanmoediging|-0.72
w:u|bevelen|-0.37
w:u|waarschuwen|-1.67
w:u|moraliseren|-1.98
w:u|argumenteren|0.75
w:u|bekritiseren|-0.19
w:u|prijzen|0.17
w:u|etiketteren|-1.98
w:u|geruststellen|0.77
w:u|ondervragen|-3.07
w:u|afleiden|-1.48
w:u|afronding-aankondigen|-4.02
w:u|vervolgafspraak|-0.41
w:u|bedanken|-0.8
w:uit|ik-boodschap|0.82
w:uit|jij-boodschap|-2.89
w:uit|gevoelsreflectie|-1.0
w:uit|samenvatting|1.0
w:uit|open-vraag|1.0
w:uit|aanmoediging|-1.0
w:uit|bevelen|0.65
w:uit|waarschuwen|0.47
w:uit|bekritiseren|-1.0
w:uit|prijzen|-0.9
w:uit|etiketteren|-0.35
w:uit|geruststellen|-0.95
w:uit|ondervragen|-0.96
w:uit|afleiden|0.91
w:uit|afronding-aankondigen|-0.9
w:uitdaging|adviseren|0.96
w:uitdaging|interpreteren|0.96
w:uitdelen|ik-boodschap|0.82
w:uiterlijk|bevelen|0.9
w:uitgelachen|ik-boodschap|0.99
w:uitgelachen|parafrase|1.0
w:uitgelachen|gevoelsreflectie|-0.99
w:uitlachen|jij-boodschap|-0.96
w:uitlachen|parafrase|0.71
w:uitlachen|gevoelsreflectie|0.85
w:uitlachen|samenvatting|-0.85
w:uitlachen|moraliseren|0.87
w:uitleg|ik-boodschap|0.6
w:uitleg|parafrase|-0.99
w:uitleg|aanmoediging|-0.99
w:uitleg|prijzen|-0.91
w:uitleg|vervolgafspraak|0.35
w:uitleggen|samenvatting|-0.91
w:uitleggen|afleiden|-0.71
w:uitliep|ik-boodschap|0.78
w:uitlokt|ik-boodschap|-0.94
w:uitlokt|jij-boodschap|-0.72
w:uitnodiging|bekritiseren|-0.99
w:uitpraten|bevelen|1.0
w:uitpraten|moraliseren|-1.0
w:uitrusten|bekritiseren|-0.96
w:uitschelden|jij-boodschap|-1.27
w:uitschelden|moraliseren|0.96
w:uitschelden|bekritiseren|-1.79
w:uitscheldt|ik-boodschap|1.72
w:uitscheldt|jij-boodschap|-0.92
w:uitscheldt|bekritiseren|-0.31
w:uitschold|ik-boodschap|0.93
w:uitschold|gevoelsreflectie|-0.83
w:uitschold|bevelen|-0.98
w:uitslag|geruststellen|-0.89
w:uitslag|bedanken|0.96
w:uitzondering|argumenteren|0.97
w:uploaden|open-vraag|-1.0
w:uploaden|argumenteren|-1.0
w:uren|open-vraag|-0.95
w:urenlang|parafrase|0.97
w:uur|ik-boodschap|2.8
w:uur|jij-boodschap|0.69
w:uur|parafrase|1.94
w:uur|samenvatting|-1.0
w:uur|bevelen|0.99
w:uur|waarschuwen|-0.94
w:uur|adviseren|0.98
w:uur|argumenteren|0.97
w:uur|bekritiseren|-0.98
w:uur|prijzen|-1.86
w:uur|geruststellen|-0.85
w:uur|ondervragen|1.04
w:uur|afleiden|-1.0
w:uur|vervolgafspraak|2.87
w:uur|bedanken|-0.96
w:uw|ik-boodschap|-0.35
w:uw|jij-boodschap|0.98
w:uw|gevoelsreflectie|-1.05
w:uw|aanmoediging|-1.0
w:uw|bevelen|-1.0
w:uw|moraliseren|-0.86
w:uw|argumenteren|-1.0
w:uw|bekritiseren|0.24
w:uw|prijzen|1.93
w:uw|etiketteren|-0.34
w:uw|geruststellen|-1.99
w:uw|afronding-aankondigen|-1.07
w:uw|vervolgafspraak|-0.94
w:uw|bedanken|0.95
w:uzelf|etiketteren|0.95
w:vaak|ik-boodschap|-1.05
w:vaak|gevoelsreflectie|-2.88
w:vaak|samenvatting|-1.0
w:vaak|open-vraag|-1.96
w:vaak|adviseren|0.92
w:vaak|interpreteren|-1.09
w:vaak|geruststellen|-0.96
w:vaak|afleiden|-0.74
w:vaak|vervolgafspraak|-0.64
w:vader|ik-boodschap|-0.98
w:vader|jij-boodschap|0.92
w:vader|parafrase|1.92
w:vader|gevoelsreflectie|-0.94
w:vader|samenvatting|-1.88
w:vader|bevelen|-1.62
w:vader|waarschuwen|1.07
w:vader|moraliseren|0.99
w:vader|adviseren|-1.8
w:vader|prijzen|0.99
w:vader|vervolgafspraak|-0.99
w:vak|open-vraag|-0.96
w:vakantie|jij-boodschap|-1.0
w:vakantie|open-vraag|-1.0
w:vakantie|moraliseren|-0.99
w:vakantie|adviseren|-0.85
w:vakantie|bekritiseren|-1.0
w:vakantie|etiketteren|0.27
w:vakantie|ondervragen|0.99
w:vakantie|afleiden|1.96
w:vakantie|vervolgafspraak|-1.44
w:vakdocenten|samenvatting|0.85
w:vakdocenten|vervolgafspraak|0.94
w:vakdocenten|bedanken|-0.92
w:vaker|jij-boodschap|-0.96
w:vaker|gevoelsreflectie|-1.63
w:vaker|samenvatting|0.95
w:vaker|bevelen|-0.7
w:vaker|waarschuwen|-0.9
w:vaker|ondervragen|-0.79
w:vaker|afleiden|-0.9
w:vakken|samenvatting|0.99
w:vakken|open-vraag|-0.99
w:vakken|bevelen|-0.65
w:vakken|waarschuwen|-0.56
w:valt|ik-boodschap|-0.88
w:valt|argumenteren|0.82
w:valt|afleiden|-0.74
w:valt|vervolgafspraak|0.92
w:van|ik-boodschap|0.94
w:van|jij-boodschap|0.26
w:van|gevoelsreflectie|-1.46
w:van|samenvatting|-1.01
w:van|open-vraag|-0.56
w:van|waarschuwen|-1.29
w:van|moraliseren|-0.95
w:van|adviseren|-0.91
w:van|argumenteren|-1.84
w:van|bekritiseren|-1.74
w:van|etiketteren|-0.92
w:van|interpreteren|-1.99
w:van|geruststellen|-0.74
w:van|afleiden|-1.1
w:van|afronding-aankondigen|-1.0
w:van|vervolgafspraak|-2.46
w:vanaf|parafrase|-0.98
w:vanaf|gevoelsreflectie|-0.94
w:vanaf|samenvatting|0.99
w:vanaf|open-vraag|-0.99
w:vanaf|waarschuwen|0.2
w:vanavond|parafrase|-0.98
w:vanavond|afronding-aankondigen|-0.98
w:vandaag|ik-boodschap|0.96
w:vandaag|jij-boodschap|-2.0
w:vandaag|waarschuwen|-0.98
w:vandaag|adviseren|-0.92
w:vandaag|bekritiseren|-0.65
w:vandaag|prijzen|-0.99
w:vandaag|etiketteren|-0.5
w:vandaag|interpreteren|-1.0
w:vandaag|geruststellen|-0.91
w:vandaag|ondervragen|-1.0
w:vandaag|afleiden|-0.86
w:vandaag|afronding-aankondigen|1.11
w:vandaag|vervolgafspraak|-0.72
w:vanmiddag|bevelen|1.67
w:vanochtend|ik-boodschap|0.87
w:vanochtend|gevoelsreflectie|-1.0
w:vanochtend|interpreteren|-0.91
w:vanzelf|geruststellen|1.97
w:vanzelf|afleiden|-0.67
w:vast|jij-boodschap|-1.63
w:vast|parafrase|-0.97
w:vast|gevoelsreflectie|-1.0
w:vast|samenvatting|-0.98
w:vast|open-vraag|0.98
w:vast|waarschuwen|-1.88
w:vast|adviseren|-0.15
w:vast|bekritiseren|-0.95
w:vast|prijzen|3.83
w:vast|etiketteren|-0.97
w:vast|interpreteren|0.91
w:vast|geruststellen|0.66
w:vast|afleiden|-0.99
w:vast|vervolgafspraak|-1.94
w:vast|bedanken|-0.74
w:vaste|samenvatting|0.96
w:vaste|open-vraag|-0.78
w:vaste|waarschuwen|-0.99
w:vaste|adviseren|2.86
w:vaste|vervolgafspraak|-0.96
w:vastligt|argumenteren|0.9
w:vastloopt|waarschuwen|-0.92
w:vatten|parafrase|-0.99
w:vecht|argumenteren|-0.99
w:vechtersbaas|jij-boodschap|1.68
w:vechtersbaas|etiketteren|1.25
w:veel|jij-boodschap|0.9
w:veel|parafrase|0.91
w:veel|waarschuwen|-0.98
w:veel|argumenteren|0.97
w:veel|bekritiseren|-0.7
w:veel|prijzen|-0.95
w:veel|etiketteren|-0.97
w:veel|geruststellen|-0.15
w:veel|ondervragen|-1.0
w:veertien|parafrase|0.96
w:veertien|prijzen|-0.89
w:veilig|interpreteren|-0.99
w:vel|jij-boodschap|-0.36
w:vel|bekritiseren|-0.56
w:ver|jij-boodschap|1.55
w:ver|waarschuwen|-0.99
w:ver|bekritiseren|2.67
w:veranderde|parafrase|0.87
w:veranderen|adviseren|-0.98
w:veranderen|argumenteren|0.98
w:verantwoord|argumenteren|0.94
w:verantwoordelijk|ik-boodschap|0.98
w:verantwoordelijk|jij-boodschap|1.66
w:verantwoordelijk|bekritiseren|1.8
w:verantwoordelijk|etiketteren|-0.88
w:verantwoordelijkheid|bevelen|-0.84
w:verantwoordelijkheid|adviseren|0.97
w:verbergen|interpreteren|0.92
w:verbouwing|geruststellen|-0.91
w:verbouwing|afleiden|0.78
w:verder|ik-boodschap|0.96
w:verder|gevoelsreflectie|-0.96
w:verder|open-vraag|-1.0
w:verder|aanmoediging|2.93
w:verder|prijzen|-0.9
w:verder|afleiden|-0.1
w:verder|vervolgafspraak|1.67
w:verdergaan|ik-boodschap|-0.97
w:verdoen|jij-boodschap|1.19
w:verdoen|samenvatting|-0.63
w:verdoen|bevelen|-0.93
w:verdoen|bekritiseren|1.38
w:verdraait|etiketteren|-0.94
w:verdriet|gevoelsreflectie|0.99
w:verdrietig|ik-boodschap|-0.63
w:verdrietig|parafrase|0.92
w:verdrietig|gevoelsreflectie|2.02
w:verdrietig|samenvatting|-0.85
w:verdrietig|etiketteren|-0.96
w:verdrietig|afleiden|-0.98
w:vergeet|ik-boodschap|0.97
w:vergeet|open-vraag|-0.91
w:vergeet|argumenteren|0.85
w:vergeten|parafrase|0.98
w:vergeten|gevoelsreflectie|-1.75
w:vergeten|open-vraag|1.96
w:vergeten|argumenteren|-0.98
w:vergeten|geruststellen|0.99
w:vergeten|afronding-aankondigen|-1.0
w:vergist|parafrase|-0.98
w:vergist|bevelen|-1.0
w:vergist|waarschuwen|-1.0
w:vergist|adviseren|-1.0
w:vergist|argumenteren|1.94
w:verhaal|jij-boodschap|0.44
w:verhaal|open-vraag|0.98
w:verhaal|etiketteren|0.3
w:verhaal|afleiden|0.81
w:verhuizing|parafrase|0.87
w:verhuizing|interpreteren|1.99
w:verhuizing|ondervragen|0.83
w:verhuizing|vervolgafspraak|-0.64
w:verjaardag|ondervragen|-1.0
w:verkapte|afleiden|-0.95
w:verkeerd|jij-boodschap|-0.94
w:verkeerd|parafrase|0.95
w:verkeerd|argumenteren|1.0
w:verkeerd|bekritiseren|-0.81
w:verkeerd|geruststellen|1.7
w:verklaard|waarschuwen|1.0
w:verklaard|ondervragen|-0.99
w:verlaat|ik-boodschap|-0.99
w:verlies|jij-boodschap|-1.0
w:verpest|jij-boodschap|1.56
w:verpest|waarschuwen|0.97
w:verpest|bekritiseren|1.81
w:verpleegkundige|prijzen|0.95
w:verrast|ik-boodschap|0.97
w:verschil|samenvatting|0.99
w:verschil|open-vraag|0.9
w:verslag|bekritiseren|-0.96
w:verslagen|jij-boodschap|1.0
w:verslagen|bevelen|-0.87
w:verslagen|bekritiseren|1.0
w:versta|afronding-aankondigen|-0.98
w:versta|vervolgafspraak|-0.98
w:verstaan|waarschuwen|-0.22
w:verstandig|adviseren|0.99
w:verstandig|bekritiseren|-0.99
w:verstandige|ik-boodschap|-1.0
w:verstandige|parafrase|-0.96
w:verstandige|gevoelsreflectie|-1.0
w:verstandige|argumenteren|-1.0
w:verstoort|jij-boodschap|0.98
w:verstoort|bekritiseren|0.98
w:verstuurd|bevelen|-1.0
w:verstuurd|waarschuwen|-1.0
w:verstuurd|adviseren|-1.0
w:verstuurd|argumenteren|1.0
w:vertel|jij-boodschap|-1.0
w:vertel|parafrase|-0.98
w:vertel|gevoelsreflectie|-1.0
w:vertel|samenvatting|-0.76
w:vertel|open-vraag|1.0
w:vertel|aanmoediging|1.58
w:vertel|adviseren|-0.98
w:vertel|argumenteren|-1.0
w:vertel|bekritiseren|-1.0
w:vertel|afleiden|-0.98
w:verteld|open-vraag|0.92
w:vertelde|ik-boodschap|1.0
w:vertelde|gevoelsreflectie|-0.85
w:vertellen|gevoelsreflectie|0.88
w:vertellen|adviseren|-0.92
w:vertellen|bekritiseren|-1.0
w:vertellen|ondervragen|-1.0
w:vertellen|bedanken|0.95
w:vertelt|parafrase|0.99
w:vertelt|gevoelsreflectie|2.71
w:vertelt|open-vraag|-0.89
w:vertrouwenspersoon|vervolgafspraak|0.88
w:verveelt|adviseren|0.96
w:verveelt|interpreteren|0.96
w:vervelend|parafrase|-0.99
w:vervelend|gevoelsreflectie|-1.0
w:vervelend|open-vraag|0.78
w:verwacht|parafrase|0.98
w:verwacht|prijzen|-1.0
w:verwacht|afronding-aankondigen|-1.0
w:verwachten|waarschuwen|-1.0
w:verwachten|moraliseren|1.0
w:verwend|etiketteren|0.95
w:verwerkt|interpreteren|0.99
w:verwijderd|bevelen|-1.0
w:verwijderd|interpreteren|-1.0
w:verwijzing|gevoelsreflectie|0.93
w:verwoorden|adviseren|-0.97
w:verzet|interpreteren|0.97
w:verzint|ik-boodschap|-1.0
w:verzuim|ik-boodschap|-0.87
w:verzuim|jij-boodschap|-0.98
w:verzuim|parafrase|-1.0
w:verzuim|gevoelsreflectie|-1.0
w:verzuim|samenvatting|2.89
w:verzuim|adviseren|-0.99
w:verzuim|argumenteren|-0.99
w:verzuim|bekritiseren|-0.96
w:verzuim|vervolgafspraak|0.92
w:verzuim|bedanken|0.92
w:verzuimen|geruststellen|-0.99
w:verzuimlijn|samenvatting|-1.0
w:verzuimlijn|bevelen|0.96
w:verzuimlijn|waarschuwen|-1.0
w:verzuimlijn|argumenteren|-1.0
w:verzuimlijn|vervolgafspraak|-0.96
w:via|parafrase|1.87
w:via|open-vraag|-1.0
w:via|bekritiseren|-0.99
w:via|vervolgafspraak|0.97
w:viel|argumenteren|-0.92
w:vier|ik-boodschap|0.11
w:vier|adviseren|-1.97
w:vier|argumenteren|1.91
w:vier|afronding-aankondigen|-0.99
w:vier|vervolgafspraak|-0.99
w:vierde|moraliseren|1.0
w:vijf|jij-boodschap|-0.83
w:vijf|adviseren|-0.98
w:vijf|argumenteren|2.92
w:vijf|bekritiseren|-0.99
w:vijf|etiketteren|-0.91
w:vijf|vervolgafspraak|-0.99
w:vijfde|ik-boodschap|0.98
w:vijftiende|samenvatting|1.0
w:vijftiende|vervolgafspraak|1.0
w:vind|ik-boodschap|2.65
w:vind|jij-boodschap|0.78
w:vind|parafrase|-0.99
w:vind|gevoelsreflectie|-3.2
w:vind|samenvatting|-1.85
w:vind|open-vraag|2.94
w:vind|bevelen|-1.93
w:vind|waarschuwen|-1.0
w:vind|moraliseren|-0.96
w:vind|argumenteren|-0.97
w:vind|bekritiseren|1.03
w:vind|etiketteren|-0.98
w:vind|geruststellen|-1.0
w:vind|ondervragen|-1.0
w:vind|afleiden|-0.89
w:vind|afronding-aankondigen|-0.98
w:vind|vervolgafspraak|-1.94
w:vind|bedanken|-0.94
w:vinden|adviseren|-0.97
w:vinden|bekritiseren|0.99
w:vinden|prijzen|0.96
w:vindt|jij-boodschap|1.28
w:vindt|parafrase|1.99
w:vindt|gevoelsreflectie|1.7
w:vindt|open-vraag|1.06
w:vindt|aanmoediging|-1.0
w:vindt|bevelen|-0.7
w:vindt|waarschuwen|-1.81
w:vindt|adviseren|0.82
w:vindt|argumenteren|0.93
w:vindt|bekritiseren|1.91
w:vindt|prijzen|1.89
w:vindt|etiketteren|0.95
w:vindt|interpreteren|0.93
w:vindt|afronding-aankondigen|-1.0
w:vindt|vervolgafspraak|-0.95
w:vindt|bedanken|-0.74
w:vinger|ik-boodschap|0.93
w:vingers|geruststellen|0.97
w:visser|ik-boodschap|-0.95
w:visser|gevoelsreflectie|-0.93
w:voel|ik-boodschap|0.98
w:voel|parafrase|-0.99
w:voel|aanmoediging|-0.94
w:voelde|gevoelsreflectie|1.87
w:voelen|gevoelsreflectie|1.75
w:voelt|ik-boodschap|-0.98
w:voelt|parafrase|0.81
w:voelt|gevoelsreflectie|3.58
w:voelt|open-vraag|-0.1
w:voelt|aanmoediging|-1.0
w:voelt|bevelen|-1.0
w:voelt|bekritiseren|-1.9
w:voelt|prijzen|-0.99
w:voelt|interpreteren|-0.98
w:voelt|vervolgafspraak|-0.84
w:voetbal|prijzen|-0.99
w:voetbal|afleiden|0.99
w:voetballen|open-vraag|-0.93
w:voetballen|afleiden|0.71
w:voetbaltrainer|prijzen|-0.98
w:voetbalwedstrijd|open-vraag|-0.96
w:voetbalwedstrijd|afleiden|0.96
w:vol|gevoelsreflectie|0.99
w:voldoende|parafrase|-0.88
w:voldoende|argumenteren|1.71
w:voldoendes|argumenteren|0.97
w:volg|open-vraag|-1.0
w:volg|aanmoediging|0.92
w:volg|bedanken|-1.0
w:volgen|ik-boodschap|0.6
w:volgend|jij-boodschap|-1.96
w:volgend|samenvatting|0.98
w:volgend|waarschuwen|0.95
w:volgend|bekritiseren|-0.98
w:volgende|ik-boodschap|-2.56
w:volgende|jij-boodschap|-1.22
w:volgende|gevoelsreflectie|0.8
w:volgende|samenvatting|-0.88
w:volgende|open-vraag|-0.91
w:volgende|bevelen|-1.51
w:volgende|moraliseren|-0.98
w:volgende|adviseren|-0.98
w:volgende|argumenteren|-1.0
w:volgende|bekritiseren|-1.71
w:volgende|prijzen|-0.9
w:volgende|etiketteren|-0.98
w:volgende|afleiden|-0.86
w:volgende|vervolgafspraak|1.89
w:volgens|ik-boodschap|-0.96
w:volgens|jij-boodschap|-1.97
w:volgens|parafrase|0.21
w:volgens|gevoelsreflectie|-0.99
w:volgens|samenvatting|-0.96
w:volgens|open-vraag|-0.92
w:volgens|bevelen|-1.88
w:volgens|moraliseren|-0.99
w:volgens|argumenteren|0.11
w:volgens|bekritiseren|-1.0
w:volgens|prijzen|-0.98
w:volgens|etiketteren|-0.93
w:volgens|interpreteren|2.96
w:volgens|afleiden|-0.95
w:volgens|vervolgafspraak|-0.96
w:volgt|argumenteren|1.0
w:volgt|etiketteren|-0.98
w:volwassen|prijzen|0.8
w:vond|ik-boodschap|2.78
w:vond|gevoelsreflectie|-0.85
w:vond|moraliseren|-0.92
w:vond|interpreteren|-0.9
w:vond|afleiden|0.95
w:voor|ik-boodschap|1.06
w:voor|jij-boodschap|-3.03
w:voor|parafrase|1.92
w:voor|gevoelsreflectie|0.73
w:voor|samenvatting|-1.08
w:voor|bevelen|-1.93
w:voor|waarschuwen|-0.19
w:voor|adviseren|-0.81
w:voor|argumenteren|-0.35
w:voor|bekritiseren|-1.87
w:voor|prijzen|0.91
w:voor|etiketteren|-2.5
w:voor|interpreteren|-0.99
w:voor|geruststellen|-0.92
w:voor|afleiden|-0.93
w:voor|afronding-aankondigen|-1.95
w:voor|bedanken|1.17
w:vooral|ik-boodschap|-0.98
w:vooral|parafrase|0.73
w:vooral|gevoelsreflectie|0.89
w:vooral|bevelen|-0.89
w:vooral|prijzen|-0.98
w:voorbeeld|gevoelsreflectie|-0.99
w:voorbeeld|aanmoediging|-0.98
w:voorbeeld|moraliseren|0.99
w:voorbeeld|adviseren|-0.99
w:voorbereid|parafrase|-0.95
w:voorbereid|bekritiseren|1.72
w:voorbij|ik-boodschap|-0.6
w:voorbij|geruststellen|0.93
w:voorkomen|bekritiseren|0.62
w:voorkomt|bevelen|-1.0
w:voorkomt|interpreteren|-1.0
w:voorstel|adviseren|-0.97
w:voorstellen|ik-boodschap|-1.83
w:voorstellen|gevoelsreflectie|2.07
w:voorstellen|bekritiseren|-1.0
w:voort|moraliseren|-0.99
w:voortaan|samenvatting|-1.0
w:voortaan|waarschuwen|-1.0
w:voortaan|argumenteren|-1.0
w:voorzichtig|argumenteren|-0.93
w:vorig|aanmoediging|-0.97
w:vorig|prijzen|-0.99
w:vorige|ik-boodschap|2.73
w:vorige|jij-boodschap|1.71
w:vorige|gevoelsreflectie|-0.85
w:vorige|samenvatting|-0.99
w:vorige|bekritiseren|-0.6
w:vorige|etiketteren|0.98
w:vorige|ondervragen|0.94
w:vorige|vervolgafspraak|-0.92
w:vraag|ik-boodschap|0.96
w:vraag|jij-boodschap|0.97
w:vraag|samenvatting|-0.96
w:vraag|bekritiseren|-0.29
w:vragen|jij-boodschap|-0.93
w:vragen|adviseren|0.98
w:vreselijk|bekritiseren|1.66
w:vreselijke|bekritiseren|0.87
w:vriend|samenvatting|1.0
w:vriend|adviseren|-1.0
w:vrienden|parafrase|-0.96
w:vrienden|gevoelsreflectie|0.95
w:vrienden|samenvatting|1.78
w:vrienden|open-vraag|0.34
w:vrienden|waarschuwen|-0.92
w:vrienden|moraliseren|-0.97
w:vrienden|interpreteren|0.95
w:vrienden|afronding-aankondigen|-0.97
w:vriendengroep|open-vraag|0.87
w:vriendin|moraliseren|0.93
w:vriendinnen|open-vraag|-0.98
w:vriendinnen|aanmoediging|-0.97
w:vriendinnen|bevelen|-0.89
w:vriendinnen|vervolgafspraak|-0.95
w:vriendje|jij-boodschap|-0.98
w:vriendje|waarschuwen|-0.98
w:vries|bevelen|0.97
w:vrijdag|ik-boodschap|-0.71
w:vrijdag|jij-boodschap|-0.94
w:vrijdag|bevelen|1.24
w:vrijdag|waarschuwen|1.46
w:vrijdag|adviseren|-0.99
w:vrijdag|etiketteren|-0.98
w:vrijdag|afleiden|-0.99
w:vrijdag|afronding-aankondigen|-1.97
w:vrijdag|bedanken|-0.88
w:vrijdagmiddag|afleiden|-0.98
w:vrije|waarschuwen|-0.97
w:vrije|geruststellen|-0.97
w:vrijheid|bevelen|-0.92
w:vroeg|aanmoediging|-0.61
w:vroeg|argumenteren|-0.92
w:vroeger|interpreteren|0.97
w:vrolijke|etiketteren|-0.39
w:vrouw|parafrase|-0.96
w:vrouw|gevoelsreflectie|-0.99
w:vrouw|adviseren|0.99
w:vrouw|prijzen|0.99
w:vrouwelijke|gevoelsreflectie|-0.93
w:vuur|waarschuwen|0.91
w:vóór|jij-boodschap|-0.94
w:vóór|bevelen|0.94
w:waait|bekritiseren|-1.0
w:waait|geruststellen|1.0
w:waait|afleiden|-1.0
w:waar|ik-boodschap|1.87
w:waar|gevoelsreflectie|1.0
w:waar|samenvatting|-0.99
w:waar|open-vraag|1.92
w:waar|waarschuwen|-0.92
w:waar|interpreteren|-0.89
w:waar|ondervragen|1.0
w:waar|afleiden|-1.0
w:waar|vervolgafspraak|-0.95
w:waardeer|prijzen|0.91
w:waardeer|afronding-aankondigen|-1.0
w:waardeer|bedanken|1.05
w:waardeloze|bekritiseren|1.94
w:waardoor|ik-boodschap|2.84
w:waardoor|gevoelsreflectie|-0.76
w:waardoor|open-vraag|-0.76
w:waardoor|bekritiseren|-1.19
w:waardoor|etiketteren|-0.99
w:waardoor|interpreteren|-0.99
w:waardoor|geruststellen|-0.96
w:waardoor|afronding-aankondigen|-1.0
w:waardoor|vervolgafspraak|-0.64
w:waarom|ik-boodschap|-0.97
w:waarom|jij-boodschap|1.0
w:waarom|open-vraag|-1.0
w:waarom|bevelen|-0.98
w:waarom|waarschuwen|-0.64
w:waarom|prijzen|-0.97
w:waarom|etiketteren|-0.96
w:waarom|ondervragen|3.89
w:waarom|afleiden|-1.93
w:waarop|ik-boodschap|0.83
w:waarop|parafrase|0.74
w:waarover|gevoelsreflectie|-0.92
w:waarschuw|waarschuwen|1.0
w:wacht|bevelen|-0.9
w:wachten|ik-boodschap|-0.93
w:wachten|samenvatting|-0.97
w:wachten|vervolgafspraak|-0.97
w:wachten|bedanken|-0.97
w:wakker|ik-boodschap|-0.96
w:wakker|gevoelsreflectie|0.96
w:wakker|afleiden|-0.57
w:wanneer|ik-boodschap|3.36
w:wanneer|jij-boodschap|-1.0
w:wanneer|parafrase|-0.99
w:wanneer|samenvatting|-0.91
w:wanneer|aanmoediging|-0.99
w:wanneer|waarschuwen|-0.94
w:wanneer|argumenteren|-0.83
w:wanneer|ondervragen|0.91
w:wanneer|afleiden|-0.98
w:want|ik-boodschap|2.61
w:want|open-vraag|-0.91
w:want|aanmoediging|-1.0
w:want|argumenteren|0.84
w:want|bekritiseren|-0.9
w:want|interpreteren|-0.93
w:want|afronding-aankondigen|-0.98
w:want|vervolgafspraak|-0.98
w:war|bekritiseren|0.92
w:was|ik-boodschap|-1.52
w:was|jij-boodschap|-1.48
w:was|parafrase|-0.88
w:was|gevoelsreflectie|-1.19
w:was|samenvatting|-1.9
w:was|open-vraag|-2.64
w:was|waarschuwen|-0.99
w:was|moraliseren|-0.99
w:was|adviseren|1.07
w:was|argumenteren|-0.63
w:was|bekritiseren|0.45
w:was|etiketteren|-0.85
w:was|interpreteren|-1.96
w:was|ondervragen|1.0
w:was|afleiden|0.42
w:was|vervolgafspraak|0.17
w:wat|ik-boodschap|-0.95
w:wat|jij-boodschap|0.1
w:wat|parafrase|0.44
w:wat|gevoelsreflectie|-0.31
w:wat|samenvatting|2.73
w:wat|open-vraag|5.43
w:wat|aanmoediging|-0.98
w:wat|waarschuwen|-1.0
w:wat|adviseren|0.94
w:wat|argumenteren|-0.89
w:wat|bekritiseren|0.85
w:wat|interpreteren|-1.96
w:wat|geruststellen|-0.98
w:wat|ondervragen|-1.73
w:wat|afleiden|1.18
w:wat|afronding-aankondigen|-2.97
w:wat|bedanken|-1.84
w:watje|bekritiseren|-0.81
w:wc|ik-boodschap|-0.99
w:wc|gevoelsreflectie|-0.92
w:we|ik-boodschap|2.16
w:we|jij-boodschap|-0.16
w:we|parafrase|-2.75
w:we|gevoelsreflectie|-1.0
w:we|samenvatting|3.57
w:we|open-vraag|-1.05
w:we|aanmoediging|-0.99
w:we|waarschuwen|-1.87
w:we|moraliseren|-0.93
w:we|adviseren|-1.95
w:we|argumenteren|-0.12
w:we|bekritiseren|-0.97
w:we|prijzen|-0.9
w:we|etiketteren|-0.98
w:we|geruststellen|-1.74
w:we|ondervragen|0.93
w:we|afleiden|-0.82
w:we|afronding-aankondigen|2.08
w:we|vervolgafspraak|3.43
w:we|bedanken|-1.02
w:webiste|open-vraag|-1.0
w:website|moraliseren|-0.94
w:website|adviseren|0.81
w:website|argumenteren|-1.86
w:website|bekritiseren|-0.92
w:weegt|open-vraag|0.87
w:week|ik-boodschap|1.57
w:week|jij-boodschap|0.94
w:week|samenvatting|-0.9
w:week|open-vraag|-0.94
w:week|waarschuwen|-0.64
w:week|argumenteren|-1.91
w:week|bekritiseren|0.97
w:week|etiketteren|-0.96
w:week|afleiden|-1.13
w:week|vervolgafspraak|1.41
w:weekend|ik-boodschap|0.86
w:weekend|afleiden|-0.1
w:weekend|vervolgafspraak|-0.95
w:weekopening|samenvatting|-0.91
w:weekplanner|adviseren|0.97
w:weekplanning|bevelen|-0.99
w:weekplanning|adviseren|1.0
w:weekplanning|geruststellen|-1.0
w:weer|ik-boodschap|-0.91
w:weer|jij-boodschap|1.91
w:weer|gevoelsreflectie|-1.0
w:weer|samenvatting|0.25
w:weer|aanmoediging|-0.96
w:weer|bevelen|-1.63
w:weer|waarschuwen|1.95
w:weer|adviseren|-1.9
w:weer|bekritiseren|2.7
w:weer|etiketteren|-0.52
w:weer|interpreteren|-1.0
w:weer|geruststellen|0.17
w:weer|ondervragen|-0.99
w:weer|afleiden|0.24
w:weer|afronding-aankondigen|-0.93
w:weer|vervolgafspraak|1.9
w:weer|bedanken|-0.84
w:wees|geruststellen|0.82
w:weet|ik-boodschap|0.91
w:weet|jij-boodschap|0.38
w:weet|parafrase|-1.87
w:weet|gevoelsreflectie|-0.89
w:weet|samenvatting|0.89
w:weet|aanmoediging|-0.96
w:weet|bevelen|-0.97
w:weet|waarschuwen|0.9
w:weet|moraliseren|2.81
w:weet|adviseren|-2.73
w:weet|argumenteren|-0.96
w:weet|bekritiseren|0.57
w:weet|etiketteren|1.5
w:weet|interpreteren|-1.0
w:weet|ondervragen|0.91
w:weet|afronding-aankondigen|-1.0
w:weg|bevelen|0.91
w:weg|waarschuwen|0.99
w:weg|adviseren|-0.98
w:weg|interpreteren|-0.99
w:wegblijft|ik-boodschap|-0.92
w:wegbrengen|argumenteren|1.0
w:weggelopen|ik-boodschap|0.77
w:wegkomt|bekritiseren|0.91
w:wegliep|open-vraag|0.93
w:wegstopt|ik-boodschap|-0.81
w:wegstopt|waarschuwen|0.81
w:wegzakt|ik-boodschap|0.95
w:wegzakt|interpreteren|-0.95
w:weinig|ik-boodschap|1.9
w:weinig|parafrase|-0.1
w:weinig|open-vraag|-0.15
w:weinig|waarschuwen|-0.92
w:weinig|argumenteren|-0.95
w:weinig|interpreteren|-0.95
w:wekelijks|parafrase|-0.94
w:weken|jij-boodschap|-0.93
w:weken|parafrase|0.2
w:weken|gevoelsreflectie|-0.97
w:weken|samenvatting|0.71
w:weken|open-vraag|-0.63
w:weken|moraliseren|-0.9
w:weken|adviseren|0.85
w:weken|argumenteren|1.9
w:weken|bekritiseren|-0.7
w:weken|prijzen|-0.95
w:weken|etiketteren|-0.97
w:weken|geruststellen|0.97
w:weken|afleiden|-0.13
w:weken|afronding-aankondigen|-1.91
w:weken|vervolgafspraak|2.5
w:wekker|gevoelsreflectie|-0.67
w:wekker|adviseren|0.98
w:wel|ik-boodschap|-0.96
w:wel|jij-boodschap|-2.24
w:wel|parafrase|-1.83
w:wel|samenvatting|0.82
w:wel|open-vraag|-1.01
w:wel|bevelen|-1.96
w:wel|waarschuwen|-1.88
w:wel|adviseren|-2.77
w:wel|argumenteren|-1.93
w:wel|bekritiseren|-0.34
w:wel|prijzen|0.18
w:wel|etiketteren|0.23
w:wel|interpreteren|-0.95
w:wel|geruststellen|2.82
w:wel|afronding-aankondigen|0.96
w:wel|vervolgafspraak|-0.78
w:wel|bedanken|0.13
w:weleens|open-vraag|-0.93
w:weleens|afleiden|0.71
w:welk|open-vraag|-2.79
w:welke|parafrase|-0.95
w:welke|gevoelsreflectie|-0.8
w:welkom|jij-boodschap|-0.98
w:welkom|aanmoediging|-0.96
w:wens|samenvatting|0.92
w:werd|ik-boodschap|-1.0
w:werd|parafrase|0.74
w:werd|gevoelsreflectie|-0.69
w:werd|open-vraag|-0.92
w:werd|bekritiseren|-1.0
w:wereld|gevoelsreflectie|0.98
w:wereld|afleiden|1.67
w:werk|ik-boodschap|1.36
w:werk|samenvatting|-1.98
w:werk|open-vraag|0.13
w:werk|aanmoediging|-0.73
w:werk|bevelen|-1.87
w:werk|waarschuwen|-1.0
w:werk|moraliseren|0.89
w:werk|argumenteren|-1.46
w:werk|bekritiseren|1.0
w:werk|prijzen|-0.97
w:werk|geruststellen|-2.76
w:werk|vervolgafspraak|-1.0
w:werken|jij-boodschap|-1.52
w:werken|parafrase|0.95
w:werken|bekritiseren|-1.92
w:werken|prijzen|0.97
w:werken|ondervragen|-1.0
w:werker|jij-boodschap|-0.93
w:werkstuk|gevoelsreflectie|-0.98
w:werkstuk|bevelen|0.9
w:werkstuk|waarschuwen|0.92
w:werkt|jij-boodschap|-0.86
w:werkt|parafrase|-1.0
w:werkt|argumenteren|1.0
w:werkt|prijzen|-0.96
w:werkweek|ik-boodschap|-0.96
w:werkweek|parafrase|0.96
w:wet|ik-boodschap|-0.87
w:weten|ik-boodschap|1.0
w:weten|jij-boodschap|-0.94
w:weten|samenvatting|-0.62
w:weten|open-vraag|-0.85
w:weten|bevelen|-1.0
w:weten|waarschuwen|-1.92
w:weten|moraliseren|0.89
w:weten|argumenteren|0.92
w:weten|bekritiseren|-1.53
w:weten|geruststellen|-1.0
w:weten|ondervragen|-0.95
w:weten|vervolgafspraak|0.83
w:weten|bedanken|-0.92
w:wie|ik-boodschap|-0.97
w:wie|samenvatting|-1.0
w:wie|open-vraag|-1.0
w:wie|adviseren|-0.88
w:wie|argumenteren|2.74
w:wie|bekritiseren|0.61
w:wie|prijzen|-0.97
w:wie|interpreteren|-1.0
w:wie|ondervragen|2.91
w:wie|afleiden|-1.0
w:wifi|ondervragen|-0.96
w:wij|ik-boodschap|-0.87
w:wij|parafrase|0.98
w:wij|prijzen|-1.0
w:wij|afronding-aankondigen|-1.0
w:wijkteam|adviseren|0.98
w:wijsneus|jij-boodschap|2.6
w:wijsneus|prijzen|-0.99
w:wijsneus|etiketteren|1.86
w:wijze|adviseren|-0.81
w:wil|ik-boodschap|-0.94
w:wil|jij-boodschap|-0.97
w:wil|parafrase|-1.01
w:wil|gevoelsreflectie|-1.88
w:wil|samenvatting|2.67
w:wil|open-vraag|1.77
w:wil|bevelen|-0.82
w:wil|waarschuwen|-2.6
w:wil|adviseren|-0.92
w:wil|bekritiseren|-0.98
w:wil|prijzen|1.03
w:wil|etiketteren|-0.64
w:wil|interpreteren|1.91
w:wil|ondervragen|-1.0
w:wil|afleiden|0.95
w:wil|afronding-aankondigen|1.95
w:wil|vervolgafspraak|-0.12
w:wilde|bekritiseren|-1.41
w:wilde|bedanken|0.97
w:willen|samenvatting|0.82
w:wilt|ik-boodschap|-0.83
w:wilt|jij-boodschap|-0.59
w:wilt|gevoelsreflectie|-0.91
w:wilt|samenvatting|3.77
w:wilt|open-vraag|1.0
w:wilt|bevelen|-1.62
w:wilt|waarschuwen|-0.56
w:wilt|moraliseren|0.97
w:wilt|adviseren|-0.99
w:wilt|bekritiseren|-0.29
w:wilt|vervolgafspraak|-1.08
w:wilt|bedanken|-2.95
w:wiskunde|jij-boodschap|-0.95
w:wiskunde|gevoelsreflectie|-0.92
w:wiskunde|open-vraag|-1.98
w:wiskunde|aanmoediging|-0.97
w:wiskunde|adviseren|0.9
w:wiskunde|argumenteren|-0.26
w:wiskunde|bekritiseren|-2.61
w:wiskunde|vervolgafspraak|-0.96
w:wisselen|samenvatting|0.92
w:wist|ik-boodschap|0.99
w:wist|gevoelsreflectie|-0.93
w:wist|samenvatting|-0.99
w:wit|argumenteren|0.95
w:wit|ondervragen|1.0
w:woensdag|samenvatting|-0.34
w:woensdag|open-vraag|-0.91
w:woensdag|prijzen|0.96
w:woensdag|vervolgafspraak|0.96
w:woensdag|bedanken|-0.96
w:woont|gevoelsreflectie|-0.94
w:woord|ik-boodschap|1.0
w:woord|bekritiseren|-0.65
w:woorden|parafrase|0.95
w:woorden|gevoelsreflectie|-0.93
w:woorden|samenvatting|-0.99
w:woorden|waarschuwen|0.97
w:woorden|bekritiseren|0.69
w:woorden|etiketteren|-0.94
w:woorden|afleiden|-0.98
w:woordjes|ik-boodschap|0.84
w:woordjes|vervolgafspraak|0.92
w:word|ik-boodschap|1.09
w:word|gevoelsreflectie|-0.52
w:word|waarschuwen|-1.0
w:word|etiketteren|-0.96
w:worden|jij-boodschap|0.32
w:worden|bevelen|-0.97
w:worden|moraliseren|0.97
w:worden|bekritiseren|0.81
w:worden|interpreteren|0.91
w:worden|geruststellen|0.96
w:worden|bedanken|-0.98
w:wordt|ik-boodschap|1.8
w:wordt|parafrase|0.99
w:wordt|gevoelsreflectie|0.91
w:wordt|samenvatting|-0.87
w:wordt|bevelen|-0.48
w:wordt|waarschuwen|2.75
w:wordt|argumenteren|-0.99
w:wordt|bekritiseren|-0.18
w:wordt|ondervragen|-0.99
w:yilmaz|vervolgafspraak|-0.72
w:yusuf|aanmoediging|-0.99
w:yusuf|bekritiseren|-1.0
w:yusuf|ondervragen|-1.0
w:zag|ik-boodschap|-1.95
w:zag|interpreteren|-0.91
w:zakken|ik-boodschap|-0.99
w:zakken|samenvatting|0.86
w:zakken|open-vraag|0.99
w:zakt|ik-boodschap|0.93
w:zakt|jij-boodschap|-0.93
w:zakt|bekritiseren|-0.7
w:zat|ik-boodschap|-0.95
w:zat|ondervragen|1.0
w:zaterdag|open-vraag|-1.9
w:zaterdag|afleiden|1.68
w:ze|ik-boodschap|-1.75
w:ze|jij-boodschap|-0.74
w:ze|parafrase|-0.19
w:ze|samenvatting|-1.85
w:ze|open-vraag|-1.05
w:ze|aanmoediging|-1.95
w:ze|bevelen|-1.83
w:ze|waarschuwen|-0.39
w:ze|moraliseren|-1.93
w:ze|adviseren|-1.93
w:ze|argumenteren|-1.93
w:ze|bekritiseren|-0.1
w:ze|prijzen|-0.98
w:ze|etiketteren|-0.99
w:ze|geruststellen|-1.69
w:ze|afleiden|-1.95
w:ze|vervolgafspraak|-1.86
w:zeg|ik-boodschap|-1.6
w:zeg|jij-boodschap|1.82
w:zeg|gevoelsreflectie|-0.78
w:zeg|samenvatting|0.92
w:zeg|waarschuwen|-0.92
w:zeg|bekritiseren|-0.84
w:zeg|etiketteren|0.98
w:zeg|geruststellen|0.89
w:zegt|ik-boodschap|0.16
w:zegt|jij-boodschap|-1.85
w:zegt|parafrase|0.81
w:zegt|gevoelsreflectie|-1.72
w:zegt|samenvatting|-1.72
w:zegt|open-vraag|-0.92
w:zegt|aanmoediging|0.88
w:zegt|adviseren|-0.91
w:zegt|argumenteren|1.0
w:zegt|bekritiseren|-1.57
w:zegt|interpreteren|0.98
w:zegt|geruststellen|0.89
w:zegt|afronding-aankondigen|-0.98
w:zegt|vervolgafspraak|-0.98
w:zegt|bedanken|-0.92
w:zei|jij-boodschap|-0.86
w:zei|gevoelsreflectie|1.87
w:zei|bekritiseren|-0.92
w:zei|interpreteren|-0.9
w:zeker|waarschuwen|-0.98
w:zeker|adviseren|-0.98
w:zeker|prijzen|1.76
w:zeker|interpreteren|-1.0
w:zeker|geruststellen|0.96
w:zelf|ik-boodschap|0.76
w:zelf|jij-boodschap|4.16
w:zelf|gevoelsreflectie|0.93
w:zelf|samenvatting|-1.7
w:zelf|open-vraag|1.94
w:zelf|bevelen|0.73
w:zelf|moraliseren|-0.89
w:zelf|adviseren|0.93
w:zelf|argumenteren|1.79
w:zelf|bekritiseren|3.75
w:zelf|etiketteren|-1.3
w:zelf|interpreteren|1.99
w:zelf|ondervragen|-1.79
w:zelf|afleiden|-0.89
w:zelf|afronding-aankondigen|0.98
w:zelf|vervolgafspraak|-1.94
w:zenuwachtig|ik-boodschap|-1.83
w:zenuwachtig|gevoelsreflectie|1.77
w:zenuwachtig|bekritiseren|-1.0
w:zenuwachtig|geruststellen|1.83
w:zes|adviseren|-0.98
w:zes|argumenteren|0.98
w:zestien|ik-boodschap|-0.87
w:zet|gevoelsreflectie|-0.97
w:zet|waarschuwen|0.81
w:zet|adviseren|0.98
w:zet|argumenteren|-0.99
w:zet|ondervragen|-0.96
w:zetten|gevoelsreflectie|-0.67
w:zetten|afleiden|-0.96
w:zetten|vervolgafspraak|-0.99
w:zeur|jij-boodschap|0.86
w:zich|ik-boodschap|-0.98
w:zich|jij-boodschap|0.53
w:zich|parafrase|-3.06
w:zich|gevoelsreflectie|1.93
w:zich|samenvatting|-0.93
w:zich|open-vraag|1.47
w:zich|aanmoediging|-1.0
w:zich|bevelen|-1.48
w:zich|waarschuwen|-1.23
w:zich|argumenteren|0.94
w:zich|bekritiseren|0.81
w:zich|prijzen|-0.99
w:zich|interpreteren|0.96
w:zich|afleiden|-0.94
w:zich|afronding-aankondigen|-1.0
w:zich|vervolgafspraak|-0.84
w:zichtbaar|gevoelsreflectie|0.92
w:zie|ik-boodschap|0.19
w:zie|jij-boodschap|-0.93
w:zie|gevoelsreflectie|1.12
w:zie|bevelen|-0.89
w:zie|waarschuwen|-0.8
w:zie|bekritiseren|0.69
w:zie|etiketteren|-0.99
w:zie|interpreteren|-1.99
w:zie|geruststellen|-1.67
w:zie|afronding-aankondigen|0.98
w:zie|vervolgafspraak|1.02
w:zie|bedanken|-0.96
w:ziek|jij-boodschap|0.17
w:ziek|adviseren|-0.94
w:ziek|bekritiseren|-0.94
w:ziek|etiketteren|-0.98
w:ziek|interpreteren|0.91
w:ziek|ondervragen|1.0
w:ziek|afleiden|-0.93
w:ziekmelding|ik-boodschap|0.94
w:ziekmelding|waarschuwen|-0.94
w:ziekte|samenvatting|0.92
w:ziekte|vervolgafspraak|0.92
w:ziekte|bedanken|0.92
w:zielig|bevelen|-0.99
w:zien|ik-boodschap|1.96
w:zien|jij-boodschap|-1.85
w:zien|parafrase|-1.99
w:zien|gevoelsreflectie|-1.99
w:zien|samenvatting|-1.01
w:zien|open-vraag|-0.22
w:zien|aanmoediging|-1.0
w:zien|bevelen|-1.0
w:zien|waarschuwen|-1.92
w:zien|moraliseren|-1.0
w:zien|adviseren|-1.0
w:zien|argumenteren|-1.0
w:zien|bekritiseren|-1.85
w:zien|prijzen|-1.0
w:zien|etiketteren|-1.0
w:zien|interpreteren|-0.91
w:zien|geruststellen|-0.97
w:zien|ondervragen|-1.0
w:zien|afleiden|-1.0
w:zien|afronding-aankondigen|-1.93
w:zien|vervolgafspraak|-1.0
w:zien|bedanken|-1.98
w:ziens|waarschuwen|-0.96
w:ziet|ik-boodschap|-0.8
w:ziet|gevoelsreflectie|-1.0
w:ziet|open-vraag|1.99
w:ziet|aanmoediging|-1.0
w:ziet|argumenteren|0.94
w:ziet|bekritiseren|-1.0
w:ziet|prijzen|1.91
w:ziet|vervolgafspraak|-1.0
w:zij|jij-boodschap|0.98
w:zij|bevelen|-0.89
w:zij|bekritiseren|0.83
w:zij|interpreteren|0.89
w:zij|geruststellen|-1.73
w:zijn|ik-boodschap|-0.98
w:zijn|jij-boodschap|0.36
w:zijn|parafrase|-0.98
w:zijn|gevoelsreflectie|-1.16
w:zijn|samenvatting|3.68
w:zijn|open-vraag|-1.46
w:zijn|aanmoediging|-0.96
w:zijn|bevelen|-1.98
w:zijn|waarschuwen|0.31
w:zijn|argumenteren|-1.65
w:zijn|bekritiseren|-1.34
w:zijn|prijzen|-1.97
w:zijn|geruststellen|-0.86
w:zijn|ondervragen|-1.0
w:zijn|afleiden|-0.65
w:zijn|vervolgafspraak|0.74
w:zijn|bedanken|0.89
w:zin|jij-boodschap|1.72
w:zin|bekritiseren|0.19
w:zin|interpreteren|-0.91
w:zit|ik-boodschap|1.71
w:zit|jij-boodschap|0.85
w:zit|parafrase|-0.98
w:zit|gevoelsreflectie|0.79
w:zit|samenvatting|-1.59
w:zit|open-vraag|-0.1
w:zit|aanmoediging|-0.94
w:zit|bevelen|-1.04
w:zit|waarschuwen|-0.61
w:zit|moraliseren|-1.91
w:zit|argumenteren|-0.98
w:zit|bekritiseren|-0.83
w:zit|prijzen|-1.0
w:zit|interpreteren|0.15
w:zit|geruststellen|-1.71
w:zit|afleiden|-0.93
w:zit|vervolgafspraak|-0.12
w:zitten|ik-boodschap|-0.95
w:zitten|jij-boodschap|-0.13
w:zitten|gevoelsreflectie|-0.83
w:zitten|samenvatting|-0.85
w:zitten|aanmoediging|-1.0
w:zitten|bevelen|2.13
w:zitten|waarschuwen|0.64
w:zitten|moraliseren|-1.0
w:zitten|bekritiseren|0.94
w:zitten|prijzen|-1.94
w:zitten|interpreteren|0.97
w:zitten|geruststellen|-1.02
w:zitten|afleiden|0.96
w:zitten|vervolgafspraak|-0.93
w:zitten|bedanken|0.92
w:zo|ik-boodschap|0.82
w:zo|jij-boodschap|-0.79
w:zo|parafrase|-1.0
w:zo|gevoelsreflectie|-2.7
w:zo|samenvatting|-1.98
w:zo|open-vraag|-0.92
w:zo|aanmoediging|-0.91
w:zo|bevelen|-3.77
w:zo|waarschuwen|-0.92
w:zo|moraliseren|0.94
w:zo|adviseren|-2.95
w:zo|argumenteren|-0.79
w:zo|bekritiseren|-0.48
w:zo|prijzen|1.98
w:zo|etiketteren|0.24
w:zo|interpreteren|1.93
w:zo|geruststellen|0.15
w:zo|ondervragen|-1.04
w:zo|afleiden|0.51
w:zo|vervolgafspraak|-1.88
w:zo'n|ik-boodschap|-0.19
w:zo'n|jij-boodschap|-0.13
w:zo'n|parafrase|-0.97
w:zo'n|gevoelsreflectie|-2.88
w:zo'n|samenvatting|-0.86
w:zo'n|bevelen|-0.99
w:zo'n|waarschuwen|0.46
w:zo'n|moraliseren|-1.95
w:zo'n|adviseren|-0.98
w:zo'n|argumenteren|-1.0
w:zo'n|prijzen|3.83
w:zo'n|etiketteren|2.46
w:zo'n|geruststellen|-0.97
w:zo'n|afleiden|-1.63
w:zoals|jij-boodschap|-0.59
w:zoals|bevelen|-0.97
w:zoals|moraliseren|0.97
w:zoekt|jij-boodschap|0.77
w:zoekt|moraliseren|-0.99
w:zoekt|bekritiseren|0.78
w:zomaar|open-vraag|0.93
w:zomaar|moraliseren|0.94
w:zomaar|argumenteren|-0.73
w:zomer|open-vraag|-0.93
w:zomer|afleiden|0.93
w:zondag|samenvatting|1.0
w:zondag|adviseren|0.92
w:zondag|vervolgafspraak|1.0
w:zonde|ik-boodschap|0.92
w:zonde|vervolgafspraak|0.97
w:zonder|ik-boodschap|1.79
w:zonder|jij-boodschap|0.92
w:zonder|samenvatting|-0.99
w:zonder|open-vraag|0.85
w:zonder|waarschuwen|0.9
w:zonder|argumenteren|0.94
w:zonder|bekritiseren|0.87
w:zoon|ik-boodschap|-0.96
w:zoon|jij-boodschap|1.03
w:zoon|aanmoediging|-1.0
w:zoon|argumenteren|-1.0
w:zoon|bekritiseren|1.08
w:zoon|prijzen|0.89
w:zoon|etiketteren|0.24
w:zorg|jij-boodschap|-0.86
w:zorg|bevelen|0.93
w:zorg|argumenteren|-0.98
w:zorg|vervolgafspraak|0.96
w:zorgcommissie|afronding-aankondigen|-1.0
w:zorgcoordinator|afronding-aankondigen|-1.0
w:zorgcoordinator|vervolgafspraak|1.0
w:zorgcoordinator|bedanken|-1.0
w:zorgcoördinator|jij-boodschap|0.84
w:zorgcoördinator|argumenteren|-0.97
w:zorgcoördinator|bekritiseren|0.83
w:zorgcoördinator|afronding-aankondigen|0.96
w:zorgcoördinator|vervolgafspraak|1.53
w:zorgelijk|gevoelsreflectie|0.72
w:zorgelijk|open-vraag|0.95
w:zorgen|ik-boodschap|-0.2
w:zorgen|jij-boodschap|-1.0
w:zorgen|parafrase|-0.99
w:zorgen|gevoelsreflectie|-0.19
w:zorgen|samenvatting|-0.96
w:zorgen|open-vraag|0.86
w:zorgen|bekritiseren|-1.96
w:zorgen|interpreteren|-0.95
w:zorgen|vervolgafspraak|-1.83
w:zorgpunten|argumenteren|-0.96
w:zorgt|bevelen|1.0
w:zorgvuldig|geruststellen|-0.99
w:zou|parafrase|-0.93
w:zou|gevoelsreflectie|-1.75
w:zou|open-vraag|1.77
w:zou|bevelen|-0.99
w:zou|waarschuwen|-0.99
w:zou|moraliseren|0.99
w:zou|adviseren|2.91
w:zou|interpreteren|-0.98
w:zou|geruststellen|-0.85
w:zou|afleiden|-0.96
w:zou|afronding-aankondigen|-1.0
w:zouden|parafrase|0.98
w:zoveel|jij-boodschap|-0.96
w:zoveel|adviseren|-0.99
w:zoveel|argumenteren|0.97
w:zoveel|interpreteren|0.92
w:zoveel|afleiden|0.13
w:zoë|jij-boodschap|-0.72
w:zulke|geruststellen|-0.93
w:zulke|afleiden|0.93
w:zullen|ik-boodschap|0.84
w:zullen|samenvatting|-0.85
w:zullen|adviseren|-0.98
w:zullen|etiketteren|-0.98
w:zullen|afleiden|0.99
w:zullen|afronding-aankondigen|-0.98
w:zullen|vervolgafspraak|2.61
w:zullen|bedanken|-0.94
w:zus|open-vraag|-1.91
w:zus|interpreteren|0.89
w:zwaar|parafrase|0.99
w:zwaar|open-vraag|-0.68
w:zwaar|moraliseren|-0.94
w:zwaar|afleiden|2.62
w:zwaar|bedanken|-0.98
w:zwaarst|open-vraag|0.87
w:zwak|bekritiseren|-0.91
w:zware|gevoelsreflectie|0.99
w:zwart|argumenteren|0.95
w:zwart|ondervragen|1.0
w:zweverig|moraliseren|-0.99
w:zweverig|adviseren|-0.99
w:één|ik-boodschap|-1.94
w:één|bevelen|0.13
w:één|waarschuwen|1.63
w:één|argumenteren|-0.99
w:één|bekritiseren|-0.96
"""#
}
