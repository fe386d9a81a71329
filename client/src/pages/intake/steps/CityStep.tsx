// The city: search as you type, recently chosen cities, and the cities whose own rules are recorded. Any typed
// name can be sent as is: the engine answers UNKNOWN_CITY with suggestions when it does not know it.
import { useMemo, useState } from 'react';
import { View, Text, Input } from '@tarojs/components';
import { AS_BUTTON } from '../../../components/common';
import { loadRecentCities } from '../../../services/storage';
import { citiesWithRules, findCity, searchCities, type City } from '../../../utils/cities';
import { CITY_LEVEL } from '../../../utils/labels';
import type { StepProps } from './props';

type Row = City | { name: string; province: string; level?: undefined };

function CityRow({ city: c, onPick }: { city: Row; onPick: (name: string) => void }) {
  return (
    <View className="city-option tap" data-city={c.name} {...AS_BUTTON} onClick={() => onPick(c.name)}>
      <Text className="city-option__name">
        {c.name}
        {c.province && c.province !== c.name ? <Text className="city-option__prov">{c.province}</Text> : null}
        {c.level && c.kinds.length ? <Text className="city-option__kinds">本地规定：{c.kinds.join('、')}</Text> : null}
      </Text>
      {c.level ? <Text className={`tag${c.level === 'c' ? ' tag--good' : ''}`}>{CITY_LEVEL[c.level]}</Text> : null}
    </View>
  );
}

function Suggestions({ recent, onPick }: { recent: string[]; onPick: (name: string) => void }) {
  return (
    <View>
      {recent.length > 0 ? (
        <View>
          <Text className="section-label">最近选过</Text>
          <View className="city-list">
            {recent.map((name) => (
              <CityRow key={`r-${name}`} city={findCity(name) ?? { name, province: '' }} onPick={onPick} />
            ))}
          </View>
        </View>
      ) : null}
      <Text className="section-label">已收录本市断缴规定的城市（其他城市按省或国家规定估算，见首页「政策依据」）</Text>
      <View className="city-list">
        {citiesWithRules().map((c) => (
          <CityRow key={`c-${c.name}`} city={c} onPick={onPick} />
        ))}
      </View>
    </View>
  );
}

export function CityStep({ a, answer }: StepProps) {
  const [query, setQuery] = useState('');
  const recent = useMemo(loadRecentCities, []);
  const onPick = (city: string) => answer({ city });
  const q = query.trim();
  const found = q ? searchCities(q) : [];
  const exact = found.some((c) => c.name === q.replace(/市$/, ''));
  const picked = a.city ? findCity(a.city) : undefined;
  return (
    <View>
      <Input
        id="city"
        className="search tap"
        type="text"
        placeholder="输入城市名，例如 武汉"
        value={query}
        maxlength={20}
        confirmType="search"
        onInput={(e) => setQuery(e.detail.value)}
      />
      {a.city ? (
        <Text id="city-picked" className="picked">
          已选：{a.city}
          {picked ? `（${CITY_LEVEL[picked.level]}）` : ''}
        </Text>
      ) : null}
      {q ? (
        <View className="city-list" id="city-results">
          {found.map((c) => (
            <CityRow key={c.name} city={c} onPick={onPick} />
          ))}
          {!exact ? <CityRow key={`typed-${q}`} city={{ name: q, province: '' }} onPick={onPick} /> : null}
        </View>
      ) : (
        <Suggestions recent={recent} onPick={onPick} />
      )}
    </View>
  );
}
