import statistics as st
from fractions import Fraction
from decimal import Decimal
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.mode([1, 1, 2, 3, 3, 3]))
print(st.mean([1, 2, 3, 4, 4]), st.mean([Fraction(3, 7), Fraction(1, 21)]), st.mean([Decimal('0.5'), Decimal('0.75')]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.median_grouped([52, 52, 53, 54]))
print(st.multimode('aabbbbccddddeeffffgg'), st.mode(['red', 'blue', 'red']))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
print(st.variance([Fraction(1, 4), Fraction(5, 4)]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.quantiles(range(1, 11), n=4, method='inclusive'))
x = [1, 2, 3, 4, 5]; y = [2, 4, 5, 4, 5]
print(round(st.correlation(x, y), 12), round(st.covariance(x, y), 12), st.linear_regression(x, y))
nd = st.NormalDist(100, 15)
print(round(nd.cdf(130), 12), round(nd.inv_cdf(0.975), 10), round(nd.pdf(100), 12), nd.mean, nd.stdev, nd.variance)
print(nd + 5, nd * 2, round(nd.overlap(st.NormalDist(110, 15)), 12), round(nd.zscore(115), 12))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.harmonic_mean([-1]), lambda: st.mode([])]:
    try:
        bad()
    except st.StatisticsError as e:
        print('StatisticsError', e)
print(issubclass(st.StatisticsError, ValueError))
