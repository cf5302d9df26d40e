# An event-driven bank simulation: a linear congruential generator drives
# customers who deposit, withdraw and transfer between accounts of three
# kinds; overdrafts and frozen accounts raise exceptions; an event queue
# ordered by (time, sequence) runs everything; reports at the end.
# Money is kept in integer cents.


class LCG:
    """x' = (a*x + c) mod 2**31, as an endless iterator of ints."""

    def __init__(self, seed):
        self.state = seed & 0x7fffffff
        self.drawn = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.state = (1103515245 * self.state + 12345) & 0x7fffffff
        self.drawn += 1
        return self.state >> 8

    def below(self, n):
        return next(self) % n

    def between(self, lo, hi):
        return lo + self.below(hi - lo + 1)

    def choice(self, seq):
        return seq[self.below(len(seq))]

    def chance(self, percent):
        return self.below(100) < percent


def money(cents):
    sign = '-' if cents < 0 else ''
    cents = abs(cents)
    return '%s$%d.%02d' % (sign, cents // 100, cents % 100)


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__('%s cannot cover %s (available %s)' % (
            account.number, money(amount), money(account.available)))
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class LimitExceeded(BankError):
    pass


class TransferFailed(BankError):
    pass


class Account:
    kind = 'basic'
    overdraft = 0
    daily_limit = 50000

    def __init__(self, number, owner, opening=0):
        self.number = number
        self.owner = owner
        self._balance = opening
        self.frozen = False
        self.history = []
        self.withdrawn_today = 0

    @property
    def balance(self):
        return self._balance

    @property
    def available(self):
        return self._balance + self.overdraft

    def __repr__(self):
        return '<%s %s %s %s>' % (self.kind, self.number, self.owner, money(self._balance))

    def __lt__(self, other):
        return (self._balance, self.number) < (other._balance, other.number)

    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number

    def __hash__(self):
        return hash(self.number)

    def _check(self):
        if self.frozen:
            raise AccountFrozen('account %s is frozen' % self.number)

    def deposit(self, amount, when, memo='deposit'):
        self._check()
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append((when, memo, amount))

    def withdraw(self, amount, when, memo='withdrawal'):
        self._check()
        if amount > self.available:
            raise InsufficientFunds(self, amount)
        if self.withdrawn_today + amount > self.daily_limit:
            raise LimitExceeded('%s over daily limit %s' % (self.number, money(self.daily_limit)))
        self._balance -= amount
        self.withdrawn_today += amount
        self.history.append((when, memo, -amount))

    def end_of_day(self, when):
        self.withdrawn_today = 0
        return 0


class Checking(Account):
    kind = 'checking'
    overdraft = 20000
    fee = 2500

    def end_of_day(self, when):
        super().end_of_day(when)
        if self._balance < 0:
            self._balance -= self.fee
            self.history.append((when, 'overdraft fee', -self.fee))
            return -self.fee
        return 0


class Savings(Account):
    kind = 'savings'
    daily_limit = 30000

    def __init__(self, number, owner, opening=0, rate_permille=3):
        super().__init__(number, owner, opening)
        self.rate_permille = rate_permille

    def end_of_day(self, when):
        super().end_of_day(when)
        interest = self._balance * self.rate_permille // 1000 if self._balance > 0 else 0
        if interest:
            self._balance += interest
            self.history.append((when, 'interest', interest))
        return interest


class Event:
    def __init__(self, time, seq, action, args):
        self.time = time
        self.seq = seq
        self.action = action
        self.args = args

    def __lt__(self, other):
        return (self.time, self.seq) < (other.time, other.seq)

    def __repr__(self):
        return 'Event(t=%d, %s%r)' % (self.time, self.action, self.args)


class EventQueue:
    """A binary min-heap of events."""

    def __init__(self):
        self.heap = []
        self.seq = 0

    def __len__(self):
        return len(self.heap)

    def push(self, time, action, *args):
        self.seq += 1
        heap = self.heap
        heap.append(Event(time, self.seq, action, args))
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if heap[i] < heap[parent]:
                heap[i], heap[parent] = heap[parent], heap[i]
                i = parent
            else:
                break

    def pop(self):
        heap = self.heap
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i = 0
            n = len(heap)
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < n and heap[child] < heap[smallest]:
                        smallest = child
                if smallest == i:
                    break
                heap[i], heap[smallest] = heap[smallest], heap[i]
                i = smallest
        return top


class Bank:
    def __init__(self, name, rng):
        self.name = name
        self.rng = rng
        self.accounts = {}
        self.queue = EventQueue()
        self.now = 0
        self.log = []
        self.failures = {}
        self.counter = 1000
        self.fees = 0
        self.interest_paid = 0

    def open(self, cls, owner, opening, **extra):
        self.counter += 1
        number = 'AC%d' % self.counter
        account = cls(number, owner, opening, **extra)
        self.accounts[number] = account
        return account

    def __iter__(self):
        return iter(self.accounts.values())

    def __len__(self):
        return len(self.accounts)

    def __getitem__(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise BankError('no account %s' % number) from None

    def total(self):
        return sum(a.balance for a in self)

    def transfer(self, src, dst, amount):
        source = self[src]
        target = self[dst]
        if source is target:
            raise TransferFailed('transfer to the same account %s' % src)
        try:
            source.withdraw(amount, self.now, 'transfer to %s' % dst)
        except BankError as e:
            raise TransferFailed('transfer %s -> %s of %s refused' % (src, dst, money(amount))) from e
        try:
            target.deposit(amount, self.now, 'transfer from %s' % src)
        except AccountFrozen as e:
            source.deposit(amount, self.now, 'refund from %s' % dst)
            raise TransferFailed('%s frozen, refunded' % dst) from e

    def record_failure(self, err):
        key = type(err).__name__
        if err.__cause__ is not None:
            key += '<-' + type(err.__cause__).__name__
        self.failures[key] = self.failures.get(key, 0) + 1

    def handle(self, event):
        self.now = event.time
        action = event.action
        try:
            if action == 'deposit':
                number, amount = event.args
                self[number].deposit(amount, self.now)
                return 'deposit %s into %s' % (money(amount), number)
            if action == 'withdraw':
                number, amount = event.args
                self[number].withdraw(amount, self.now)
                return 'withdraw %s from %s' % (money(amount), number)
            if action == 'transfer':
                src, dst, amount = event.args
                self.transfer(src, dst, amount)
                return 'transfer %s %s -> %s' % (money(amount), src, dst)
            if action == 'freeze':
                (number,) = event.args
                self[number].frozen = True
                return 'freeze %s' % number
            if action == 'thaw':
                (number,) = event.args
                self[number].frozen = False
                return 'thaw %s' % number
            if action == 'close_day':
                day = event.args[0]
                for account in self:
                    delta = account.end_of_day(self.now)
                    if delta < 0:
                        self.fees -= delta
                    else:
                        self.interest_paid += delta
                return 'end of day %d, total %s' % (day, money(self.total()))
            raise BankError('unknown action %s' % action)
        except BankError as err:
            self.record_failure(err)
            cause = err.__cause__
            why = ' because %s' % cause if cause is not None else ''
            return 'FAILED %s: %s%s' % (type(err).__name__, err, why)
        except ValueError as err:
            self.record_failure(err)
            return 'FAILED ValueError: %s' % err

    def run(self, verbose_until):
        handled = 0
        while len(self.queue):
            event = self.queue.pop()
            text = self.handle(event)
            handled += 1
            self.log.append((event.time, text))
            if event.time <= verbose_until or text.startswith('end of day'):
                print('t=%4d %s' % (event.time, text))
        return handled


def customer_script(bank, rng, numbers, days):
    """A generator of scheduled events for all customers."""
    minutes_per_day = 480
    for day in range(days):
        base = day * minutes_per_day
        for _ in range(rng.between(6, 12)):
            when = base + rng.below(minutes_per_day)
            kind = rng.below(10)
            who = rng.choice(numbers)
            if kind < 3:
                yield when, 'deposit', (who, rng.between(1, 400) * 100)
            elif kind < 6:
                yield when, 'withdraw', (who, rng.between(1, 700) * 100 + rng.below(100))
            elif kind < 9:
                other = rng.choice(numbers)
                yield when, 'transfer', (who, other, rng.between(5, 600) * 100)
            else:
                yield when, 'deposit', (who, -5)
        if rng.chance(25):
            victim = rng.choice(numbers)
            yield base + 100, 'freeze', (victim,)
            yield base + 300, 'thaw', (victim,)
        yield base + minutes_per_day - 1, 'close_day', (day + 1,)


def statement(account, limit=6):
    lines = ['Statement for {0.owner} ({0.kind} {0.number})'.format(account)]
    running = account.balance - sum(amount for _, _, amount in account.history)
    lines.append('  opening balance %12s' % money(running))
    for when, memo, amount in account.history[-limit:]:
        lines.append('  t=%-5d %-22s %12s' % (when, memo[:22], money(amount)))
    lines.append('  closing balance %12s   (%d entries)' % (money(account.balance), len(account.history)))
    return lines


def main():
    rng = LCG(20240601)
    bank = Bank('First Deterministic', rng)
    people = ['Alice', 'Bob', 'Carol', 'Dave', 'Erin', 'Frank']
    kinds = [Checking, Savings, Account]
    for i, person in enumerate(people):
        cls = kinds[i % 3]
        opening = rng.between(50, 500) * 100
        if cls is Savings:
            bank.open(cls, person, opening, rate_permille=2 + i % 3)
        else:
            bank.open(cls, person, opening)
    bank.open(Checking, 'Alice', 1000)
    print('Opened %d accounts at %s:' % (len(bank), bank.name))
    for account in bank:
        print('  %r' % account)
    start_total = bank.total()
    print('Total deposits at start:', money(start_total))

    numbers = sorted(bank.accounts)
    days = 8
    scheduled = 0
    for when, action, args in customer_script(bank, rng, numbers, days):
        bank.queue.push(when, action, *args)
        scheduled += 1
    bank.queue.push(5, 'transfer', 'AC1001', 'AC9999', 100)
    bank.queue.push(6, 'withdraw', 'AC1001', 10 ** 9)
    bank.queue.push(7, 'audit', 'AC1001')
    print('Scheduled %d events (+3 special), rng drawn %d times' % (scheduled, rng.drawn))
    print()
    handled = bank.run(verbose_until=2400)
    print()
    print('Handled %d events' % handled)

    failed = [text for _, text in bank.log if text.startswith('FAILED')]
    print('%d failed, %d succeeded' % (len(failed), handled - len(failed)))
    for key, count in sorted(bank.failures.items(), key=lambda kv: (-kv[1], kv[0])):
        print('  %-40s %3d' % (key, count))

    print()
    print('=== balances, richest first ===')
    for rank, account in enumerate(sorted(bank, reverse=True), 1):
        flag = ' (overdrawn)' if account.balance < 0 else ''
        print('%d. %-6s %-8s %s %12s%s' % (rank, account.number, account.owner,
                                           account.kind.ljust(8), money(account.balance), flag))
    by_owner = {}
    for account in bank:
        by_owner.setdefault(account.owner, []).append(account)
    print()
    print('=== by owner ===')
    for owner in sorted(by_owner):
        accounts = by_owner[owner]
        total = sum(a.balance for a in accounts)
        print(f'{owner:<6} {len(accounts)} account(s) total {money(total):>12}')

    print()
    print('=== statements ===')
    for account in sorted(bank, key=lambda a: a.number)[:4]:
        for line in statement(account):
            print(line)

    print()
    print('=== books ===')
    deposits = sum(amt for a in bank for _, memo, amt in a.history if memo == 'deposit')
    withdrawals = -sum(amt for a in bank for _, memo, amt in a.history if memo == 'withdrawal')
    moved = sum(amt for a in bank for _, memo, amt in a.history if memo.startswith('transfer to'))
    print('deposits    %12s' % money(deposits))
    print('withdrawals %12s' % money(withdrawals))
    print('transfers   %12s' % money(-moved))
    print('interest    %12s' % money(bank.interest_paid))
    print('fees        %12s' % money(bank.fees))
    expected = start_total + deposits - withdrawals + bank.interest_paid - bank.fees
    print('balance check: %s == %s -> %s' % (money(expected), money(bank.total()),
                                             expected == bank.total()))
    transfers_in = sum(amt for a in bank for _, memo, amt in a.history
                       if memo.startswith('transfer from') or memo.startswith('refund'))
    print('transfers balance: %s' % money(transfers_in + moved))

    print()
    print('=== daily totals ===')
    for t, text in bank.log:
        if text.startswith('end of day'):
            day = int(text.split()[3].rstrip(','))
            dollars = int(text.split('$')[1].split('.')[0])
            print('day %d %-10s %d' % (day, '#' * (dollars // 500), dollars))
    busiest = {}
    for t, text in bank.log:
        busiest[t // 480] = busiest.get(t // 480, 0) + 1
    print('events per day:', [busiest[d] for d in sorted(busiest)])
    print('distinct failure kinds:', len({k.split('<-')[0] for k in bank.failures}))
    print('rng drawn %d values, last state %d' % (rng.drawn, rng.state))
    try:
        bank['AC0000']
    except BankError as e:
        print('lookup:', e, '| suppressed context:', e.__suppress_context__)


main()
