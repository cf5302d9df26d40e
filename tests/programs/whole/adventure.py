# A text adventure as a state machine, driven by a scripted list of
# commands: rooms, items, locked doors, a troll fight, a riddle dialogue,
# an inventory with weight limits, save/restore of the game state, and a
# score.  Every command's response is printed.


class GameError(Exception):
    """A command that cannot be carried out; the message is shown."""


class UnknownCommand(GameError):
    pass


class CannotGo(GameError):
    pass


class TooHeavy(GameError):
    def __init__(self, item, carried, limit):
        super().__init__('the %s is too heavy (carrying %d of %d)' % (item.name, carried, limit))
        self.item = item


class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


class Item:
    def __init__(self, name, weight, description, value=0, portable=True):
        self.name = name
        self.weight = weight
        self.description = description
        self.value = value
        self.portable = portable

    def __repr__(self):
        return 'Item(%s)' % self.name

    def __eq__(self, other):
        return isinstance(other, Item) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def __lt__(self, other):
        return self.name < other.name


class Room:
    def __init__(self, key, title, description, dark=False):
        self.key = key
        self.title = title
        self.description = description
        self.dark = dark
        self.exits = {}
        self.locked = {}
        self.items = []
        self.visits = 0

    def connect(self, direction, other, back=None, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by
        if back:
            other.exits[back] = self

    def __contains__(self, name):
        return any(i.name == name for i in self.items)

    def take(self, name):
        for i, item in enumerate(self.items):
            if item.name == name:
                return self.items.pop(i)
        raise GameError('there is no %s here' % name)

    def __repr__(self):
        return 'Room(%s)' % self.key


class Inventory:
    def __init__(self, limit):
        self.limit = limit
        self.items = []

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(sorted(self.items))

    def __contains__(self, name):
        return any(i.name == name for i in self.items)

    def __getitem__(self, name):
        for item in self.items:
            if item.name == name:
                return item
        raise KeyError(name)

    @property
    def weight(self):
        return sum(i.weight for i in self.items)

    def add(self, item):
        if self.weight + item.weight > self.limit:
            raise TooHeavy(item, self.weight, self.limit)
        self.items.append(item)

    def remove(self, name):
        item = self[name]
        self.items.remove(item)
        return item


VERBS = ['look', 'walk', 'take', 'drop', 'inventory', 'examine', 'fight', 'answer',
         'save', 'restore', 'score', 'quit', 'map', 'sing']
DIRECTIONS = {'n': 'north', 's': 'south', 'e': 'east', 'w': 'west', 'u': 'up', 'd': 'down'}


def build_world():
    rooms = {}

    def room(key, title, description, dark=False):
        rooms[key] = Room(key, title, description, dark)
        return rooms[key]
    hall = room('hall', 'Entrance Hall', 'A dusty hall. A staircase leads up.')
    library = room('library', 'Library', 'Shelves of mouldering books line the walls.')
    cellar = room('cellar', 'Cellar', 'Damp stone walls drip quietly.', dark=True)
    bridge = room('bridge', 'Rope Bridge', 'A swaying bridge over a chasm. A troll squats here.')
    tower = room('tower', 'Tower Top', 'Wind howls around the battlements.')
    vault = room('vault', 'Vault', 'A small room glittering with gold.')
    garden = room('garden', 'Garden', 'Overgrown roses; a sphinx sits by the fountain.')
    hall.connect('east', library, 'west')
    hall.connect('down', cellar, 'up')
    hall.connect('up', tower, 'down')
    hall.connect('west', garden, 'east')
    library.connect('north', bridge, 'south')
    bridge.connect('north', vault, 'south', locked_by='brass key')
    library.items.append(Item('lamp', 3, 'a brass oil lamp'))
    library.items.append(Item('book', 2, 'a book titled "Riddles"'))
    cellar.items.append(Item('sword', 6, 'a notched short sword', value=5))
    cellar.items.append(Item('anvil', 40, 'an iron anvil', portable=False))
    tower.items.append(Item('rope', 4, 'a coil of rope'))
    garden.items.append(Item('rose', 1, 'a red rose', value=2))
    vault.items.append(Item('crown', 5, 'a jewelled crown', value=50))
    vault.items.append(Item('coins', 8, 'a heavy bag of coins', value=30))
    return rooms


class Game:
    def __init__(self):
        self.rooms = build_world()
        self.here = self.rooms['hall']
        self.inventory = Inventory(limit=18)
        self.state = 'exploring'
        self.troll_hp = 3
        self.player_hp = 5
        self.moves = 0
        self.score = 0
        self.flags = set()
        self.saved = None
        self.handlers = {}
        self.triggers = []
        for name in VERBS:
            self.handlers[name] = getattr(self, 'do_' + name)
        self.aliases = {'get': 'take', 'i': 'inventory', 'l': 'look', 'x': 'examine',
                        'go': 'walk', 'q': 'quit'}
        self.add_trigger(lambda g: g.here.key == 'vault' and 'vault' not in g.flags,
                         self.enter_vault)
        self.add_trigger(lambda g: g.here.key == 'bridge' and g.troll_hp > 0,
                         self.meet_troll)

    def add_trigger(self, condition, action):
        fired = [0]

        def trigger():
            if condition(self):
                fired[0] += 1
                return action(fired[0])
            return None
        self.triggers.append(trigger)

    def enter_vault(self, count):
        self.flags.add('vault')
        self.score += 20
        return 'You found the vault! (+20)'

    def meet_troll(self, count):
        if self.state != 'combat':
            self.state = 'combat'
            return 'The troll blocks the way north and growls. (fight or flee)'
        return None

    # ------------------------------------------------------------ views

    def can_see(self):
        return not self.here.dark or 'lamp' in self.inventory

    def describe(self):
        room = self.here
        if not self.can_see():
            yield 'It is pitch dark. You might be eaten by a grue.'
            return
        yield '== %s ==' % room.title
        yield room.description
        if room.items:
            yield 'You see: ' + ', '.join(i.description for i in sorted(room.items))
        exits = sorted(room.exits)
        marks = ['%s%s' % (d, '*' if d in room.locked else '') for d in exits]
        yield 'Exits: ' + ' '.join(marks)

    # ------------------------------------------------------------ commands

    def do_look(self, args):
        return list(self.describe())

    def do_walk(self, args):
        if not args:
            raise GameError('walk where?')
        direction = DIRECTIONS.get(args[0], args[0])
        if self.state == 'combat' and direction != 'south':
            raise CannotGo('the troll will not let you pass')
        if direction not in self.here.exits:
            raise CannotGo('you cannot go %s from here' % direction)
        if direction in self.here.locked:
            key = self.here.locked[direction]
            if key not in self.inventory:
                raise CannotGo('the way %s is locked' % direction)
            del self.here.locked[direction]
            self.score += 5
            prefix = ['You unlock the door with the %s. (+5)' % key]
        else:
            prefix = []
        if self.state == 'combat':
            self.state = 'exploring'
            prefix.append('You flee from the troll.')
        self.here = self.here.exits[direction]
        self.here.visits += 1
        if self.here.visits == 1:
            self.score += 1
        return prefix + list(self.describe())

    def do_take(self, args):
        if not args:
            raise GameError('take what?')
        if not self.can_see():
            raise GameError('you fumble around in the dark')
        name = ' '.join(args)
        if name == 'all':
            taken = []
            for item in sorted(self.here.items):
                try:
                    taken.append(self.do_take([item.name])[0])
                except GameError as e:
                    taken.append('%s: %s' % (item.name, e))
            return taken or ['there is nothing here']
        item = self.here.take(name)
        if not item.portable:
            self.here.items.append(item)
            raise GameError('the %s will not budge' % name)
        try:
            self.inventory.add(item)
        except TooHeavy:
            self.here.items.append(item)
            raise
        if item.value and name not in self.flags:
            self.flags.add(name)
            self.score += item.value
        return ['Taken: %s.' % name]

    def do_drop(self, args):
        name = ' '.join(args)
        try:
            item = self.inventory.remove(name)
        except KeyError:
            raise GameError('you are not carrying a %s' % name) from None
        self.here.items.append(item)
        return ['Dropped %s.' % name]

    def do_inventory(self, args):
        if not len(self.inventory):
            return ['You carry nothing.']
        lines = ['You carry (%d/%d):' % (self.inventory.weight, self.inventory.limit)]
        lines += ['  %-6s %2d  %s' % (i.name, i.weight, i.description) for i in self.inventory]
        return lines

    def do_examine(self, args):
        name = ' '.join(args)
        if name in self.inventory:
            item = self.inventory[name]
        elif name in self.here:
            item = next(i for i in self.here.items if i.name == name)
        else:
            raise GameError('you see no %s' % name)
        text = 'It is %s (weight %d).' % (item.description, item.weight)
        if name == 'book':
            text += ' One page reads: "What has keys but opens no locks?"'
        return [text]

    def do_fight(self, args):
        if self.state != 'combat':
            raise GameError('there is nothing to fight')
        if 'sword' not in self.inventory:
            self.player_hp -= 2
            lines = ['You punch the troll. It laughs and hits you. (hp %d)' % self.player_hp]
        else:
            self.troll_hp -= 1
            lines = ['You slash the troll! (troll hp %d)' % self.troll_hp]
            if self.troll_hp > 0:
                self.player_hp -= 1
                lines.append('The troll hits back. (hp %d)' % self.player_hp)
        if self.player_hp <= 0:
            raise GameOver(False, 'the troll has defeated you')
        if self.troll_hp <= 0:
            self.state = 'exploring'
            self.score += 10
            self.here.description = 'A swaying bridge over a chasm.'
            self.here.items.append(Item('brass key', 1, 'a small brass key'))
            lines.append('The troll flees, dropping something. (+10)')
        return lines

    def do_answer(self, args):
        if self.here.key != 'garden':
            raise GameError('nobody asked you anything')
        if 'riddle' in self.flags:
            return ['The sphinx is asleep.']
        guess = ' '.join(args)
        if guess in ('piano', 'a piano'):
            self.flags.add('riddle')
            self.score += 15
            self.inventory.add(Item('amulet', 1, 'a sphinx amulet', value=0))
            return ['"Correct," purrs the sphinx, and gives you an amulet. (+15)']
        self.player_hp -= 1
        if self.player_hp <= 0:
            raise GameOver(False, 'the sphinx ate you')
        return ['"Wrong," hisses the sphinx, scratching you. (hp %d)' % self.player_hp]

    def do_save(self, args):
        self.saved = {
            'here': self.here.key,
            'inventory': [i for i in self.inventory.items],
            'rooms': {k: (list(r.items), dict(r.locked), r.visits) for k, r in self.rooms.items()},
            'numbers': (self.troll_hp, self.player_hp, self.score, self.moves),
            'flags': set(self.flags),
            'state': self.state,
        }
        return ['Game saved at move %d.' % self.moves]

    def do_restore(self, args):
        if self.saved is None:
            raise GameError('nothing saved')
        s = self.saved
        self.here = self.rooms[s['here']]
        self.inventory.items = list(s['inventory'])
        for k, (items, locked, visits) in s['rooms'].items():
            room = self.rooms[k]
            room.items = list(items)
            room.locked = dict(locked)
            room.visits = visits
        self.troll_hp, self.player_hp, self.score, moves = s['numbers']
        self.flags = set(s['flags'])
        self.state = s['state']
        return ['Restored the game saved at move %d.' % moves]

    def do_score(self, args):
        return ['Score %d in %d moves; hp %d; state %s; flags %s' % (
            self.score, self.moves, self.player_hp, self.state, sorted(self.flags))]

    def do_quit(self, args):
        raise GameOver(self.score >= 100, 'you quit')

    def do_map(self, args):
        lines = []
        for key in sorted(self.rooms):
            room = self.rooms[key]
            links = ', '.join('%s->%s' % (d, r.key) for d, r in sorted(room.exits.items()))
            lines.append('{:8} [{}] {}'.format(key, room.visits, links))
        return lines

    def do_sing(self, args):
        if self.here.key == 'vault' and 'crown' in self.inventory and 'amulet' in self.inventory:
            raise GameOver(True, 'the walls dissolve and you walk out a king')
        return ['You sing a little song. Nothing happens.']

    # ------------------------------------------------------------ driver

    def parse(self, line):
        words = [w for w in line.lower().replace(',', ' ').split() if w not in ('the', 'a', 'to')]
        if not words:
            raise UnknownCommand('say something')
        verb, args = words[0], words[1:]
        if verb in DIRECTIONS or verb in DIRECTIONS.values():
            verb, args = 'walk', [verb]
        verb = self.aliases.get(verb, verb)
        if verb not in self.handlers:
            raise UnknownCommand('I do not know how to "%s"' % verb)
        if args == ['key']:
            args = ['brass', 'key']
        return verb, args

    def command(self, line):
        verb, args = self.parse(line)
        result = self.handlers[verb](args)
        if verb not in ('save', 'restore', 'score', 'map'):
            self.moves += 1
        for trigger in self.triggers:
            extra = trigger()
            if extra:
                result.append(extra)
        return result


SCRIPT = [
    'look', 'dance', '', 'take lamp', 'east', 'take lamp', 'take book', 'x book',
    'inventory', 'west', 'down', 'take sword', 'up', 'up', 'take rope', 'get anvil',
    'd', 'd', 'take sword', 'take anvil', 'take all', 'drop rope', 'take sword', 'i', 'u',
    'e', 'n', 'n', 'save', 'fight', 'fight', 'fight', 'take key', 'score', 'restore',
    'score', 'fight', 'fight', 'fight', 'fight', 'take key', 'north', 'take all',
    'i', 'drop coins', 'drop rope', 'take coins', 'sing', 's', 's', 'w', 'w', 'answer towel',
    'answer piano', 'answer piano', 'take rose', 'map', 'e', 'e', 'n', 'n', 'sing',
    'look',
]


def play(game, script):
    transcript = []
    for number, line in enumerate(script, 1):
        print('> %s' % line)
        try:
            output = game.command(line)
        except UnknownCommand as e:
            output = ['?? %s' % e]
        except GameError as e:
            output = ['You cannot: %s.' % e]
        except GameOver as over:
            print('*** GAME OVER: %s (%s) ***' % (over, 'won' if over.won else 'lost'))
            transcript.append((number, line, 'over'))
            return over.won, number
        for text in output:
            print('  ' + text)
        transcript.append((number, line, len(output)))
    return None, len(script)


def main():
    game = Game()
    print('Verbs:', ', '.join(sorted(game.handlers)))
    won, used = play(game, SCRIPT)
    print()
    print('Result: %s after %d of %d commands' % (
        {True: 'victory', False: 'defeat', None: 'unfinished'}[won], used, len(SCRIPT)))
    print(game.do_score([])[0])
    carried = [i.name for i in game.inventory]
    print('Carrying: %s (weight %d)' % (', '.join(carried), game.inventory.weight))
    treasure = sum(i.value for i in game.inventory)
    print(f'Treasure value {treasure}, rooms visited '
          f'{sum(1 for r in game.rooms.values() if r.visits)}/{len(game.rooms)}')
    left = {k: sorted(i.name for i in r.items) for k, r in game.rooms.items() if r.items}
    for k in sorted(left):
        print('  left in %-8s %s' % (k + ':', left[k]))

    print()
    print('A second, doomed game:')
    doomed = Game()
    won, used = play(doomed, ['e', 'n', 'fight', 'fight', 'fight', 'look'])
    print('doomed: won=%s after %d commands, hp=%d' % (won, used, doomed.player_hp))

    print()
    print('A third game that gives up:')
    quitter = Game()
    won, used = play(quitter, ['w', 'answer sphinx', 'answer cat', 'q'])
    print('quitter: won=%s score=%d' % (won, quitter.score))


main()
