// A dish: its ingredients with edible grams per portion, diet tags, textures at IDDSI levels and
// preparation; allergens and each group's nutrients and cost shown live. Saved version-checked.
import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { textures } from '@care/shared/residents';
import {
  courses,
  dietTags,
  iddsiLevels,
  recipeAllergens,
  recipeCreateSchema,
  type Course,
  type DietTag,
  type RecipeView,
} from '@care/shared/recipes';
import { validationMessage } from '@care/shared/validation-keys';
import { ApiError } from '../../../app/api-client';
import { isApiError } from '../../../app/errors';
import { paths } from '../../../app/paths';
import { QueryError } from '../../../components/query-error';
import { SaveProblem } from '../../../components/save-problem';
import { useRecipe } from '../api/get-recipe';
import { useKitchenSettings } from '../api/kitchen-settings';
import { useSaveRecipe } from '../api/save-recipe';
import { useCanEditKitchen } from './can-edit';
import { IngredientRows, type DraftIngredient } from './ingredient-rows';
import { PortionTable } from './portion-table';

type Draft = {
  name: string;
  course: Course;
  dietTags: DietTag[];
  textures: { texture: (typeof textures)[number]; note: string }[];
  preparation: string;
  ingredients: DraftIngredient[];
};
const empty: Draft = {
  name: '',
  course: 'main',
  dietTags: [],
  textures: [],
  preparation: '',
  ingredients: [],
};
const draftOf = (r: RecipeView): Draft => ({
  name: r.name,
  course: r.course,
  dietTags: r.dietTags,
  textures: r.textures.map(({ texture, note }) => ({ texture, note })),
  preparation: r.preparation,
  ingredients: r.ingredients.map((i) => ({ ...i, grams: i.grams })),
});

export function RecipeEditorPage() {
  const { id: param } = useParams();
  const id = param && param !== 'new' ? param : null;
  const recipe = useRecipe(id);
  const settings = useKitchenSettings();
  if (recipe.isError)
    return <QueryError error={recipe.error} onRetry={() => void recipe.refetch()} />;
  if (settings.isError)
    return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  if ((id && !recipe.data) || !settings.data) return null;
  return (
    <RecipeEditor
      key={id ?? 'new'}
      recipe={recipe.data ?? null}
      groups={settings.data.groups}
      reload={() => recipe.refetch().then((r) => r.data ?? null)}
    />
  );
}

function RecipeEditor({
  recipe,
  groups,
  reload,
}: {
  recipe: RecipeView | null;
  groups: Parameters<typeof PortionTable>[0]['groups'];
  reload: () => Promise<RecipeView | null>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canEdit = useCanEditKitchen();
  const save = useSaveRecipe();
  const [draft, setDraft] = useState<Draft>(recipe ? draftOf(recipe) : empty);
  const [version, setVersion] = useState(recipe?.version ?? 0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  // A change clears the messages of the last save attempt.
  const set = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setErrors({});
  };
  const allergens = recipeAllergens(draft.ingredients.map((i) => i.food));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body = {
      name: draft.name,
      course: draft.course,
      dietTags: draft.dietTags,
      textures: draft.textures,
      preparation: draft.preparation,
      ingredients: draft.ingredients.map((i) => ({
        foodId: i.foodId,
        grams: i.grams ?? 0,
        byGroup: i.byGroup,
      })),
    };
    const parsed = recipeCreateSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(
          parsed.error.issues.map((issue) => {
            const { key, values } = validationMessage(issue);
            return [issue.path.join('.'), t(`validation.${key}`, values ?? {})];
          }),
        ),
      );
      return;
    }
    save.mutate(recipe ? { id: recipe.id, body: { ...body, version } } : { id: null, body }, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'green',
          message: t('kitchen.recipes.saved', { name: saved.name }),
        });
        setVersion(saved.version);
        if (!recipe) void navigate(paths.kitchenRecipe.href(saved.id), { replace: true });
      },
      onError: (error) => {
        if (isApiError(error, 'stale_version')) setStale(true);
        else if (error instanceof ApiError && Object.keys(error.fields).length)
          setErrors(error.fields);
      },
    });
  };

  const reloadRecipe = async () => {
    setReloading(true);
    const fresh = await reload().finally(() => setReloading(false));
    if (fresh) {
      setDraft(draftOf(fresh));
      setVersion(fresh.version);
    }
    setStale(false);
    save.reset();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Group justify="space-between">
          <Anchor component={Link} to={paths.kitchenRecipes.href()} size="sm">
            <Group gap={4}>
              <IconArrowLeft size={16} aria-hidden />
              {t('kitchen.recipes.back')}
            </Group>
          </Anchor>
        </Group>
        <Title order={2} fz="xl">
          {recipe
            ? t('kitchen.recipes.editTitle', { name: recipe.name })
            : t('kitchen.recipes.newTitle')}
        </Title>
        <SaveProblem
          stale={stale}
          error={Object.keys(errors).length ? null : save.error}
          onReload={() => void reloadRecipe()}
          reloading={reloading}
          staleTitle={t('kitchen.recipes.staleTitle')}
          staleBody={t('kitchen.recipes.staleBody')}
        />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Group grow align="flex-start">
                  <TextInput
                    label={t('kitchen.recipes.name')}
                    withAsterisk
                    value={draft.name}
                    onChange={(e) => set({ name: e.currentTarget.value })}
                    readOnly={!canEdit}
                    error={errors.name}
                  />
                  <Select
                    label={t('kitchen.recipes.course')}
                    data={courses.map((c) => ({ value: c, label: t(`kitchen.course.${c}`) }))}
                    value={draft.course}
                    onChange={(v) => v && set({ course: v as Course })}
                    allowDeselect={false}
                    readOnly={!canEdit}
                  />
                </Group>
                <Text fw={600} size="sm">
                  {t('kitchen.recipes.ingredients')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('kitchen.recipes.ingredientsHint')}
                </Text>
                {errors.ingredients ? (
                  <Alert color="red" variant="outline">
                    {errors.ingredients}
                  </Alert>
                ) : null}
                <IngredientRows
                  ingredients={draft.ingredients}
                  groups={groups}
                  errors={errors}
                  readOnly={!canEdit}
                  onChange={(ingredients) => set({ ingredients })}
                />
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              <Paper withBorder p="md">
                <Checkbox.Group
                  label={t('kitchen.recipes.dietTags')}
                  value={draft.dietTags}
                  onChange={(v) => canEdit && set({ dietTags: v as DietTag[] })}
                >
                  <Stack gap={6} mt={6}>
                    {dietTags.map((d) => (
                      <Checkbox key={d} value={d} label={t(`kitchen.dietTag.${d}`)} />
                    ))}
                  </Stack>
                </Checkbox.Group>
                <Text fw={500} size="sm" mt="md">
                  {t('kitchen.recipes.allergens')}
                </Text>
                <Group gap={4} mt={4} data-testid="recipe-allergens">
                  {allergens.length
                    ? allergens.map((a) => (
                        <Badge key={a} color="red" variant="dot">
                          {t(`kitchen.allergen.${a}`)}
                        </Badge>
                      ))
                    : t('kitchen.recipes.none')}
                </Group>
              </Paper>
              <Paper withBorder p="md">
                <Text fw={500} size="sm" mb={6}>
                  {t('kitchen.recipes.textures')}
                </Text>
                <Stack gap={6}>
                  {textures.map((texture) => {
                    const chosen = draft.textures.find((x) => x.texture === texture);
                    return (
                      <Stack key={texture} gap={4}>
                        <Checkbox
                          label={`${t(`residents.texture.${texture}`)} · ${t('kitchen.recipes.iddsi', { level: iddsiLevels[texture] })}`}
                          checked={Boolean(chosen)}
                          disabled={!canEdit}
                          onChange={(e) =>
                            set({
                              textures: e.currentTarget.checked
                                ? [...draft.textures, { texture, note: '' }]
                                : draft.textures.filter((x) => x.texture !== texture),
                            })
                          }
                        />
                        {chosen ? (
                          <TextInput
                            size="xs"
                            ml="xl"
                            aria-label={t('kitchen.recipes.textureNote', {
                              texture: t(`residents.texture.${texture}`),
                            })}
                            placeholder={t('kitchen.recipes.textureNote', {
                              texture: t(`residents.texture.${texture}`),
                            })}
                            value={chosen.note}
                            readOnly={!canEdit}
                            onChange={(e) => {
                              const note = e.currentTarget.value;
                              set({
                                textures: draft.textures.map((x) =>
                                  x.texture === texture ? { ...x, note } : x,
                                ),
                              });
                            }}
                          />
                        ) : null}
                      </Stack>
                    );
                  })}
                </Stack>
              </Paper>
            </Stack>
          </Grid.Col>
        </Grid>
        <Paper withBorder p="md">
          <Text fw={600} size="sm" mb="xs">
            {t('kitchen.recipes.portions')}
          </Text>
          <PortionTable ingredients={draft.ingredients} groups={groups} />
        </Paper>
        <Textarea
          label={t('kitchen.recipes.preparation')}
          autosize
          minRows={3}
          value={draft.preparation}
          readOnly={!canEdit}
          onChange={(e) => set({ preparation: e.currentTarget.value })}
          error={errors.preparation}
        />
        {canEdit ? (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={stale}>
              {t('common.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
